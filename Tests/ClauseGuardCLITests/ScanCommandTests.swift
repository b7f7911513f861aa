import Testing
import Foundation

@Suite(.serialized) struct ScanCommandTests {
    let risky = """
    网店代运营服务合同
    第八条 违约责任
    1. 甲方中途解约的，已支付的服务费不予退还。
    2. 甲方提前解约的，应支付剩余服务费的30%作为违约金，且最低不低于人民币伍仟元整。
    第九条 合同期限
    1. 合同期满前三十日内甲方未提出书面异议的，视为自动续约一年。
    """
    let calm = """
    合作协议
    第一条 双方应友好合作。
    """

    private func folder(_ files: [String: String]) throws -> URL {
        let dir = try CLIRunner.temporaryFolder()
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return dir
    }

    @Test func exitCodesForRiskyCalmAndBrokenInputs() throws {
        let dir = try folder(["risky.txt": risky, "calm.txt": calm, "empty.txt": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        let riskyRun = try CLIRunner.run(["scan", dir.appendingPathComponent("risky.txt").path, "--format", "json"])
        #expect(riskyRun.status == 1, "stderr: \(riskyRun.stderr)")
        let calmRun = try CLIRunner.run(["scan", dir.appendingPathComponent("calm.txt").path, "--fail-on", "high", "--disable", "handover", "--min-severity", "high"])
        #expect(calmRun.status == 0 || calmRun.status == 1)
        let all = try CLIRunner.run(["scan", dir.path, "--format", "json"])
        #expect(all.status == 3)
        #expect(all.stderr.contains("empty.txt: empty file (0 bytes)"))
        // The good files are still fully reported.
        let json = try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [String: Any]
        let contracts = json["contracts"] as! [[String: Any]]
        #expect(contracts.count == 3)
        #expect(contracts.contains { ($0["path"] as! String).hasSuffix("risky.txt") && !(($0["findings"] as! [Any]).isEmpty) })
        #expect(contracts.contains { ($0["path"] as! String).hasSuffix("empty.txt") && $0["error"] != nil })
    }

    @Test func jsonCarriesExtractedValuesAndConditionResults() throws {
        let dir = try folder(["risky.txt": risky])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["scan", dir.appendingPathComponent("risky.txt").path, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect(json["schemaVersion"] as? String == "2.0")
        let findings = ((json["contracts"] as! [[String: Any]])[0]["findings"] as! [[String: Any]])
        let ids = findings.map { $0["ruleID"] as! String }
        #expect(ids.contains { $0.hasPrefix("penalty.") })
        #expect(ids.contains { $0.hasPrefix("auto_renewal.") })
        #expect(findings.contains { ($0["kind"] as? String) == "missing" })
    }

    @Test func jsonIsDeterministic() throws {
        let dir = try folder(["a/risky.txt": risky, "b/calm.txt": calm, "c/risky2.txt": risky])
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = try CLIRunner.run(["scan", dir.path, "--format", "json", "--jobs", "1"])
        let two = try CLIRunner.run(["scan", dir.path, "--format", "json", "--jobs", "2"])
        #expect(one.stdout == two.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test func unknownOptionAndBadConfigAreUsageErrors() throws {
        #expect(try CLIRunner.run(["scan", "--bogus"]).status == 2)
        let dir = try folder([".clauseguard.yml": "fail_on: extreme\n", "c.txt": calm])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["scan", "c.txt"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".clauseguard.yml"))
    }

    @Test func skipsLockFilesHiddenFoldersAndNonContractsWithACount() throws {
        let dir = try folder(["~$draft.txt": calm, ".git/x.txt": calm, "notes.png": "x", "ok.txt": calm])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["scan", dir.path, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        #expect((json["contracts"] as! [Any]).count == 1)
        let skipped = json["skipped"] as! [String: Int]
        #expect(skipped["Office lock file"] == 1 && skipped["hidden"] == 1 && skipped["not a contract file"] == 1)
    }

    @Test func textReportSpeaksChineseAndQuotesTheClause() throws {
        let dir = try folder(["risky.txt": risky])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["scan", dir.appendingPathComponent("risky.txt").path, "--lang", "zh"])
        #expect(run.stdout.contains("风险"))
        #expect(run.stdout.contains("第八条（违约责任）第2款"))
        #expect(run.stdout.contains("【"))
    }
}
