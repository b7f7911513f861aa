import Testing
import Foundation

/// CI use: a template repository accepts known findings and fails only on new ones.
@Suite(.serialized) struct BaselineAndSuppressionTests {
    let template = """
    网店托管服务合同（模板）
    第八条 违约责任
    1. 甲方提前解约的，应支付剩余服务费的30%作为违约金。
    第九条 其他
    1. 本合同一式两份。
    """

    @Test func baselineAcceptsKnownFindingsAndFailsOnNewOnes() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let contract = dir.appendingPathComponent("template.txt")
        try Data(template.utf8).write(to: contract)
        let baseline = dir.appendingPathComponent("baseline.json")
        let first = try CLIRunner.run(["scan", contract.path, "--write-baseline", baseline.path, "--format", "json"])
        #expect(first.status == 1)
        #expect(FileManager.default.fileExists(atPath: baseline.path))

        // Unrelated edits (a new preamble line, renumbered text elsewhere) keep the findings accepted.
        try Data(("前言:本模板供内部使用。\n" + template).utf8).write(to: contract)
        let accepted = try CLIRunner.run(["scan", contract.path, "--baseline", baseline.path, "--format", "json"])
        #expect(accepted.status == 0, "\(accepted.stdout)")
        let json = try JSONSerialization.jsonObject(with: Data(accepted.stdout.utf8)) as! [String: Any]
        #expect((json["summary"] as! [String: Any])["suppressed"] as! Int > 0)

        // A new risky clause fails the build.
        try Data((template + "\n第十条 合同期满未提出异议的，视为自动续约。").utf8).write(to: contract)
        let fresh = try CLIRunner.run(["scan", contract.path, "--baseline", baseline.path, "--format", "json"])
        #expect(fresh.status == 1)
        #expect(fresh.stdout.contains("auto_renewal.silent-renewal"))
    }

    @Test func ignoreFileWithReasonAndExpiry() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data((template + "\n第十条 合同期满未提出异议的，视为自动续约。").utf8).write(to: dir.appendingPathComponent("template.txt"))
        let ignore = """
        - rule: penalty.percentage-of-remaining-fees
          clause: 第八条
          reason: 客户已书面确认
        - rule: auto_renewal
          reason: expired exception
          expires: 2020-01-01
        """
        try Data(ignore.utf8).write(to: dir.appendingPathComponent(".clauseguardignore.yml"))
        let run = try CLIRunner.run(["scan", "template.txt", "--format", "json"], in: dir)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let contract = (json["contracts"] as! [[String: Any]])[0]
        let suppressed = contract["suppressed"] as! [[String: Any]]
        #expect(suppressed.contains { $0["ruleID"] as? String == "penalty.percentage-of-remaining-fees" && ($0["suppression"] as? String)?.contains("客户已书面确认") == true })
        #expect(run.stderr.contains("expired on 2020-01-01"))
        // Expired: renewal findings are still reported.
        #expect((contract["findings"] as! [[String: Any]]).contains { $0["family"] as? String == "auto_renewal" })
    }

    @Test func badIgnoreFileIsAUsageError() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(template.utf8).write(to: dir.appendingPathComponent("t.txt"))
        try Data("- reason: no rule given\n".utf8).write(to: dir.appendingPathComponent(".clauseguardignore.yml"))
        let run = try CLIRunner.run(["scan", "t.txt"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("needs 'rule' or 'fingerprint'"))
    }
}
