import Testing
import Foundation

/// Options a lawyer or CI sets: config file, perspective, disabled rules, globs, folders with loops.
@Suite(.serialized) struct ScanOptionsTests {
    let contract = """
    第十条 合同解除
    1. 任何一方解除本合同，应提前20日书面通知对方。
    2. 合同期满未提出异议的，视为自动续约一年。
    """

    private func findings(_ run: CLIRunner.Result) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        return (json["contracts"] as! [[String: Any]]).flatMap { $0["findings"] as! [[String: Any]] }
    }

    @Test func configFileDisablesRulesAndSetsThresholds() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(contract.utf8).write(to: dir.appendingPathComponent("c.txt"))
        let before = try findings(try CLIRunner.run(["scan", "c.txt", "--format", "json"], in: dir))
        #expect(before.contains { $0["ruleID"] as? String == "notice.moderate-termination-notice" })
        #expect(before.contains { $0["family"] as? String == "auto_renewal" })
        let config = """
        disable: [auto_renewal]
        params: { notice.moderate-termination-notice.min_days: 25 }
        severity: { termination.no-client-exit: low }
        """
        try Data(config.utf8).write(to: dir.appendingPathComponent(".clauseguard.yml"))
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        // Found upward from a sub-folder of the repository.
        let after = try findings(try CLIRunner.run(["scan", "../c.txt", "--format", "json"], in: sub))
        #expect(!after.contains { $0["family"] as? String == "auto_renewal" })
        #expect(!after.contains { $0["ruleID"] as? String == "notice.moderate-termination-notice" })
    }

    @Test func providerPerspectiveChangesWhatMatters() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(contract.utf8).write(to: dir.appendingPathComponent("c.txt"))
        let client = try findings(try CLIRunner.run(["scan", "c.txt", "--format", "json"], in: dir))
        let provider = try findings(try CLIRunner.run(["scan", "c.txt", "--format", "json", "--as", "provider"], in: dir))
        let renewalClient = client.first { $0["ruleID"] as? String == "auto_renewal.silent-renewal" }
        let renewalProvider = provider.first { $0["ruleID"] as? String == "auto_renewal.silent-renewal" }
        #expect(renewalClient?["severity"] as? String == "high")
        #expect(renewalProvider?["severity"] as? String == "info")
        let json = try JSONSerialization.jsonObject(with: Data(try CLIRunner.run(["scan", "c.txt", "--format", "json", "--as", "provider"], in: dir).stdout.utf8)) as! [String: Any]
        #expect(json["perspective"] as? String == "provider")
    }

    @Test func includeExcludeAndSymlinkLoops() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try Data(contract.utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data(contract.utf8).write(to: dir.appendingPathComponent("b.md"))
        try Data(contract.utf8).write(to: dir.appendingPathComponent("drafts/c.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("drafts/loop").path, withDestinationPath: dir.path)
        let run = try CLIRunner.run(["scan", dir.path, "--format", "json", "--include", "*.txt", "--exclude", "drafts/*"])
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let paths = (json["contracts"] as! [[String: Any]]).map { ($0["path"] as! String).replacingOccurrences(of: dir.path + "/", with: "") }
        #expect(paths == ["a.txt"])
        let skipped = json["skipped"] as! [String: Int]
        #expect(skipped["symlink loop"] == 1)
    }

    @Test func textSummaryShowsTheFamilyMatrix() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(contract.utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("第一条 双方友好合作。".utf8).write(to: dir.appendingPathComponent("b.txt"))
        let run = try CLIRunner.run(["scan", dir.path, "--lang", "en"])
        #expect(run.stdout.contains("Contracts × families"))
        #expect(run.stdout.contains("auto_renewal"))
        let matrix = try CLIRunner.run(["scan", dir.path, "--format", "csv-matrix"])
        #expect(matrix.stdout.contains("auto_renewal"))
        #expect(matrix.stdout.split(separator: "\r\n").count == 3)
    }
}
