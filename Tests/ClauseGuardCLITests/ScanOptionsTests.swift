import Testing
import Foundation

/// Options a lawyer or CI sets: config file, perspective, disabled rules, globs, folders with loops.
@Suite(.serialized) struct ScanOptionsTests {
    let contract = """
    第十条 合同解除
    1. 甲方解除本合同，应提前20日书面通知乙方。
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
        // The folder is a project (it holds .git): the search goes up to it and no further.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        // Found upward from a sub-folder of the repository.
        let after = try findings(try CLIRunner.run(["scan", "../c.txt", "--format", "json"], in: sub))
        #expect(!after.contains { $0["family"] as? String == "auto_renewal" })
        #expect(!after.contains { $0["ruleID"] as? String == "notice.moderate-termination-notice" })
    }

    /// `--timings` lists every file read, broken ones too, with a time; the report itself is unchanged by it.
    @Test func timingsListEveryFileWithItsMilliseconds() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(contract.utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("第一条 双方友好合作。".utf8).write(to: dir.appendingPathComponent("b.txt"))
        try Data("PK\u{3}\u{4}broken".utf8).write(to: dir.appendingPathComponent("c.docx"))
        let log = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: log) }
        let timed = try CLIRunner.run(["scan", ".", "--format", "json", "-q", "--timings", log.appendingPathComponent("t.tsv").path], in: dir)
        let plain = try CLIRunner.run(["scan", ".", "--format", "json", "-q"], in: dir)
        #expect(timed.stdout == plain.stdout && timed.status == 3)
        let lines = try String(contentsOf: log.appendingPathComponent("t.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(Set(lines.map { $0.split(separator: "\t")[0].split(separator: "/").last! }) == ["a.txt", "b.txt", "c.docx"])
        #expect(lines.allSatisfy { Double($0.split(separator: "\t")[1]).map { $0 >= 0 } == true })
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
        // The loop sits outside drafts/: `drafts/*` skips everything below drafts, folders included (as .gitignore).
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
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
