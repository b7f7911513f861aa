import Testing
import Foundation

/// action.yml and .pre-commit-hooks.yaml parse, and their commands do what they promise when run here.
@Suite struct IntegrationFilesTests {
    /// A YAML file as JSON (python3 with PyYAML, like scripts/validate_yaml.py).
    static func load(_ file: String) throws -> Any {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))",
                             CLIRunner.packageRoot.appendingPathComponent(file).path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(file) does not parse")
        return try JSONSerialization.jsonObject(with: data)
    }

    private func contracts() throws -> URL {
        let dir = try CLIRunner.temporaryFolder()
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("SampleContracts/01-daiyunying-onesided.docx"),
                                         to: dir.appendingPathComponent("risky.docx"))
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("SampleContracts/09-fair-services-en.docx"),
                                         to: dir.appendingPathComponent("fair.docx"))
        return dir
    }

    @Test func thePreCommitHookRunsOnTheChangedContracts() throws {
        let hooks = try #require(try Self.load(".pre-commit-hooks.yaml") as? [[String: Any]])
        let hook = try #require(hooks.first { $0["id"] as? String == "clauseguard" })
        #expect(["system", "script"].contains(hook["language"] as? String))
        let files = try Regex(hook["files"] as! String)
        #expect("templates/risky.docx".firstMatch(of: files) != nil && "README.md".firstMatch(of: files) == nil)
        // pre-commit appends the changed file names to the entry.
        var entry = (hook["entry"] as! String).split(separator: " ").map(String.init)
        #expect(entry.removeFirst() == "clauseguard" && entry.contains("compact"))
        let run = try CLIRunner.run(entry + ["risky.docx", "fair.docx"], in: try contracts())
        #expect(run.status == 1, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("risky.docx:") || $0.hasPrefix("fair.docx:") }, "\(run.stdout)")
    }

    @Test func theActionsScanStepWritesSARIFAndJUnitAndKeepsTheExitCode() throws {
        let action = try #require(try Self.load("action.yml") as? [String: Any])
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = runs["steps"] as! [[String: Any]]
        #expect(steps.contains { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        let inputs = action["inputs"] as! [String: Any]
        #expect(Set(inputs.keys).isSuperset(of: ["paths", "fail-on", "upload-sarif"]))
        let scan = try #require(steps.first { $0["id"] as? String == "scan" })
        let script = scan["run"] as! String

        // The step as the runner runs it: bash, inputs in the environment, clauseguard on PATH.
        let dir = try contracts()
        let output = dir.appendingPathComponent("github-output")
        try Data().write(to: output)
        for (failOn, expected) in [("high", "1")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-e", "-c", script]
            process.currentDirectoryURL = dir
            var env = ProcessInfo.processInfo.environment
            env["PATH"] = CLIRunner.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"
            env["CLAUSEGUARD_RULES"] = CLIRunner.packageRoot.appendingPathComponent("Rules").path
            env["PATHS"] = "risky.docx fair.docx"
            env["FAIL_ON"] = failOn
            env["ARGS"] = "--lang en"
            env["RUNNER_TEMP"] = dir.path
            env["GITHUB_OUTPUT"] = output.path
            process.environment = env
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let annotations = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "the step records the status instead of failing")
            #expect(annotations.contains("::error file=risky.docx"))
            let recorded = try String(contentsOf: output, encoding: .utf8)
            #expect(recorded.split(separator: "\n").last { $0.hasPrefix("exit-code=") } == "exit-code=\(expected)"[...])
        }
        let recorded = try String(contentsOf: output, encoding: .utf8)
        #expect(recorded.contains("sarif=\(dir.path)/clauseguard.sarif") && recorded.contains("junit=\(dir.path)/clauseguard-junit.xml"))
        let (status, message) = try SchemaValidator.validate(try String(contentsOf: dir.appendingPathComponent("clauseguard.sarif"), encoding: .utf8),
                                                             schema: "docs/sarif-schema-2.1.0.json")
        #expect(status == 0, "\(message)")
    }
}
