import Testing
import Foundation

/// docs/schemas describe the YAML files people write (config, ignore file, rule files) for editors: every file
/// ClauseGuard ships validates against them, and they agree with what the loader accepts.
@Suite struct YAMLSchemaTests {
    static let root = CLIRunner.packageRoot

    /// Runs scripts/validate_yaml.py (python3 with PyYAML and jsonschema, from scripts/setup.sh).
    static func validate(_ files: [String], schema: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/validate_yaml.py").path,
                             root.appendingPathComponent("docs/schemas/\(schema)").path] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    private func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".yml") }.sorted().map { Self.root.appendingPathComponent("\(folder)/\($0)").path }
    }

    @Test func everyFileInRulesValidates() throws {
        let ruleFiles = try files(in: "Rules/zh") + files(in: "Rules/en")
        #expect(ruleFiles.count > 10)
        let rules = try Self.validate(ruleFiles, schema: "rules.schema.json")
        #expect(rules.status == 0, "\(rules.output)")
        let families = try Self.validate([Self.root.appendingPathComponent("Rules/families.yml").path], schema: "families.schema.json")
        #expect(families.status == 0, "\(families.output)")
        let lexicons = try Self.validate(try files(in: "Rules/lexicon"), schema: "lexicon.schema.json")
        #expect(lexicons.status == 0, "\(lexicons.output)")
        // Every top-level file is one of those.
        let top = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Rules").path).filter { $0.hasSuffix(".yml") }
        #expect(top == ["families.yml"])
    }

    @Test func theExampleConfigAndIgnoreFileValidateAndLoad() throws {
        let config = Self.root.appendingPathComponent("docs/examples/clauseguard.yml").path
        let ignore = Self.root.appendingPathComponent("docs/examples/clauseguardignore.yml").path
        #expect(try Self.validate([config], schema: "clauseguard.schema.json").status == 0)
        #expect(try Self.validate([ignore], schema: "clauseguardignore.schema.json").status == 0)
        // The schema's first line for editors is in both.
        for file in [config, ignore] {
            #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# yaml-language-server: $schema=../schemas/"))
        }
        // ClauseGuard accepts what the schema accepts.
        let dir = try CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("our-rules"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: config, toPath: dir.appendingPathComponent(".clauseguard.yml").path)
        try FileManager.default.copyItem(atPath: ignore, toPath: dir.appendingPathComponent(".clauseguardignore.yml").path)
        try Data(OutputSafetyTests.contract.utf8).write(to: dir.appendingPathComponent("contract.docx.txt"))
        let run = try CLIRunner.run(["scan", "contract.docx.txt", "--format", "compact"], in: dir)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(!run.stderr.contains("error"), "\(run.stderr)")
    }

    @Test func theSchemasRejectWhatTheLoaderRejects() throws {
        let dir = try CLIRunner.temporaryFolder()
        let cases: [(String, String, String)] = [
            ("config.yml", "clauseguard.schema.json", "fail-on: high\n"),
            ("config.yml", "clauseguard.schema.json", "fail_on: severe\n"),
            ("config.yml", "clauseguard.schema.json", "disable: penalty\n"),
            ("ignore.yml", "clauseguardignore.schema.json", "- rule: penalty\n  reasn: typo\n"),
            ("ignore.yml", "clauseguardignore.schema.json", "- clause: 第八条\n  reason: neither rule nor fingerprint\n"),
            ("rule.yml", "rules.schema.json", "rules:\n  - id: penalty.x\n    family: penalty\n    severity: high\n    mesage: typo\n    match: 违约金\n"),
            ("rule.yml", "rules.schema.json", "rules:\n  - id: penalty.x\n    family: penalty\n    severity: high\n    message: no match\n"),
        ]
        for (name, schema, text) in cases {
            let file = dir.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            #expect(try Self.validate([file.path], schema: schema).status == 1, "\(schema) accepts \(text)")
        }
        // The config schema names exactly the keys the loader knows (listed when a key is nowhere near one).
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent("docs/schemas/clauseguard.schema.json"))) as! [String: Any]
        let properties = Set((schema["properties"] as! [String: Any]).keys)
        try Data("zzzzzzzzzz: 1\n".utf8).write(to: dir.appendingPathComponent(".clauseguard.yml"))
        try Data(OutputSafetyTests.contract.utf8).write(to: dir.appendingPathComponent("contract.txt"))
        let run = try CLIRunner.run(["scan", "contract.txt"], in: dir)
        let known = try #require(run.stderr.firstMatch(of: /\(known: ([a-z_, ]+)\)/)?.1)
        #expect(Set(known.split(separator: ", ").map(String.init)) == properties)
    }
}
