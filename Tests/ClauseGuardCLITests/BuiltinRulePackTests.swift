import Testing
import Foundation

/// The built-in pack is compiled into the binary: a copy of the binary alone, anywhere, still has its rules, and
/// the report names the pack it used.
@Suite struct BuiltinRulePackTests {
    /// A temporary folder holding a risky contract and a lone copy of the binary (no Rules/ anywhere near it).
    private func loneBinary() throws -> (folder: URL, binary: URL) {
        let dir = try CLIRunner.temporaryFolder()
        try Data(OutputSafetyTests.contract.utf8).write(to: dir.appendingPathComponent("contract.txt"))
        let copy = dir.appendingPathComponent("clauseguard")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)
        return (dir, copy)
    }

    private func tool(_ json: String) throws -> [String: Any] {
        let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(report?["tool"] as? [String: Any])
    }

    /// It used to find nothing (first "no risk", later exit 2) when copied away from the package.
    @Test func aLoneCopiedBinaryScansWithItsBuiltInPack() throws {
        let (dir, binary) = try loneBinary()
        let run = try CLIRunner.run(["scan", "contract.txt", "--format", "json"], in: dir,
                                    environment: ["CLAUSEGUARD_RULES": ""], executable: binary)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("\"penalty\""))
        let tool = try tool(run.stdout)
        #expect((tool["rules"] as? Int ?? 0) > 50)
        let pack = try #require(tool["rulePack"] as? String)
        #expect(pack.count == 12 && pack.allSatisfy(\.isHexDigit), "\(pack)")
    }

    /// The compiled-in pack is the package's Rules/ folder as it is now (the build re-embeds edited rule files):
    /// same rules, same pack version as loading the folder through CLAUSEGUARD_RULES.
    @Test func theBuiltInPackIsTheRulesFolder() throws {
        let (dir, binary) = try loneBinary()
        let embedded = try CLIRunner.run(["scan", "contract.txt", "--format", "json"], in: dir,
                                         environment: ["CLAUSEGUARD_RULES": ""], executable: binary)
        let folder = try CLIRunner.run(["scan", "contract.txt", "--format", "json"], in: dir, executable: binary)
        let fromBinary = try tool(embedded.stdout), fromFolder = try tool(folder.stdout)
        #expect(fromBinary["rulePack"] as? String == fromFolder["rulePack"] as? String)
        #expect(fromBinary["rules"] as? Int == fromFolder["rules"] as? Int)
        #expect(embedded.stdout.contains("\"findings\""))

        let sarif = try CLIRunner.run(["scan", "contract.txt", "--format", "sarif"], in: dir, executable: binary)
        #expect(sarif.stdout.contains("\"rulePack\" : \"\(fromFolder["rulePack"] as? String ?? "?")\""))
    }

    @Test func rulesFoldersAddToTheBuiltInPack() throws {
        let (dir, binary) = try loneBinary()
        let extra = dir.appendingPathComponent("house-rules")
        try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
        try Data("""
        id: house.renewal-year
        family: house
        severity: high
        lang: zh
        match:
          any: ["自动续约一年"]
        message: { zh: "自动续约一年", en: "Renews for a year" }
        """.utf8).write(to: extra.appendingPathComponent("house.yml"))
        // The lone binary knows the built-in families (families.yml is embedded): 'house' is unknown until the
        // folder's own families.yml adds it.
        let unknown = try CLIRunner.run(["rules", "list", "--rules", "house-rules"], in: dir,
                                        environment: ["CLAUSEGUARD_RULES": ""], executable: binary)
        #expect(unknown.stderr.contains("house.yml:2: error: unknown family 'house'"), "\(unknown.stderr)")
        try Data("families:\n  - id: house\n    zh: 房屋\n    en: House\n    description: Our own rules.\n".utf8)
            .write(to: extra.appendingPathComponent("families.yml"))
        let builtIn = try CLIRunner.run(["rules", "list"], in: dir, environment: ["CLAUSEGUARD_RULES": ""], executable: binary)
        let added = try CLIRunner.run(["rules", "list", "--rules", "house-rules"], in: dir,
                                      environment: ["CLAUSEGUARD_RULES": ""], executable: binary)
        #expect(added.stdout.contains("house.renewal-year"))
        #expect(added.stdout.split(separator: "\n").count == builtIn.stdout.split(separator: "\n").count + 1)
        #expect(added.stdout.contains("penalty"), "the built-in pack is still loaded")

        let only = try CLIRunner.run(["scan", "contract.txt", "--format", "json", "--no-default-rules", "--rules", "house-rules"],
                                     in: dir, environment: ["CLAUSEGUARD_RULES": ""], executable: binary)
        #expect(only.status == 1, "\(only.stderr)")
        #expect(only.stdout.contains("house.renewal-year") && !only.stdout.contains("\"penalty\""))
        #expect(try tool(only.stdout)["rulePack"] == nil, "no built-in pack, no pack version")
    }
}
