import Testing
import Foundation

@Suite struct ExtractAndRulesCommandTests {
    @Test func extractShowsClauseLabels() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.txt")
        try Data("第八条 违约责任\n1. 乙方违约的，应支付违约金。\n".utf8).write(to: file)
        let run = try CLIRunner.run(["extract", file.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("[第八条 违约责任 › 1] 1. 乙方违约的，应支付违约金。"))
        let json = try CLIRunner.run(["extract", file.path, "--format", "json"])
        let model = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect((model["blocks"] as! [Any]).count == 2)
    }

    @Test func extractOfMissingFileIsExit3WithOneLine() throws {
        let run = try CLIRunner.run(["extract", "/nonexistent/contract.docx"])
        #expect(run.status == 3)
        #expect(run.stderr == "clauseguard: /nonexistent/contract.docx: no such file\n")
    }

    @Test func builtInRulesPassTheirOwnExamplesAndLint() throws {
        let test = try CLIRunner.run(["rules", "test"])
        #expect(test.status == 0, "\(test.stdout)\n\(test.stderr)")
        let lint = try CLIRunner.run(["rules", "lint"])
        #expect(lint.status == 0, "\(lint.stdout)")
    }

    @Test func rulesTestReportsAFailingExample() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rule = """
        id: demo.renewal
        family: auto_renewal
        severity: high
        match: "视为自动续约"
        message: { zh: 自动续约, en: Auto-renewal }
        examples:
          - text: "期满自动顺延一年。"
            expect: finding
          - text: "期满终止。"
            expect: none
        """
        try Data(rule.utf8).write(to: dir.appendingPathComponent("demo.yaml"))
        let run = try CLIRunner.run(["rules", "test", dir.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("demo.renewal: expected a finding, but the rule did not fire"))
        #expect(run.stdout.contains("期满自动顺延一年。"))
    }

    @Test func brokenUserRuleIsSkippedUnlessStrict() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("id: broken\nfamily: notice\nseverity: high\nmatch: \"(unclosed\"\nmessage: x\n".utf8).write(to: dir.appendingPathComponent("bad.yml"))
        let contract = dir.appendingPathComponent("c.txt")
        try Data("合同期满未提出异议视为自动续约。\n".utf8).write(to: contract)
        let lenient = try CLIRunner.run(["scan", contract.path, "--rules", dir.path, "--format", "json"])
        #expect(lenient.stderr.contains("bad.yml:4: error: bad regex"))
        #expect(lenient.status == 1)   // the built-in rules still ran and found the renewal
        let strict = try CLIRunner.run(["scan", contract.path, "--rules", dir.path, "--strict"])
        #expect(strict.status == 2)
    }

    @Test func explainShowsWhyARuleExists() throws {
        let list = try CLIRunner.run(["rules", "list"])
        let firstID = try #require(list.stdout.split(separator: "\n").first?.split(separator: " ").first)
        let run = try CLIRunner.run(["rules", "explain", String(firstID)])
        #expect(run.status == 0)
        #expect(run.stdout.contains("examples:"))
        #expect(try CLIRunner.run(["rules", "explain", "no.such.rule"]).status == 2)
    }
}

@Suite struct DocxCommandTests {
    static let redline = CLIRunner.packageRoot.appendingPathComponent("SampleContracts/04-taobao-custody-redline.docx").path

    @Test func extractShowsHiddenTextRedlinesCommentsAndParts() throws {
        let run = try CLIRunner.run(["extract", Self.redline])
        #expect(run.status == 0)
        #expect(run.stdout.contains("{hidden}"))
        #expect(run.stdout.contains("~ deletion by 乙方法务: 10%"))
        #expect(run.stdout.contains("[comment 0 by 律师 陈] clauseguard: ignore penalty.minimum-floor"))
        #expect(run.stdout.contains("{header}"))
        #expect(run.stdout.contains("word/footnotes.xml"))
    }

    @Test func wordCommentSuppressesTheFindingAndIsCounted() throws {
        let run = try CLIRunner.run(["scan", Self.redline, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let contract = (json["contracts"] as! [[String: Any]])[0]
        let suppressed = contract["suppressed"] as! [[String: Any]]
        #expect(suppressed.contains { $0["ruleID"] as? String == "penalty.minimum-floor" && ($0["suppression"] as? String)?.contains("已与客户确认") == true })
        #expect(!(contract["findings"] as! [[String: Any]]).contains { $0["ruleID"] as? String == "penalty.minimum-floor" })
        // The redline is noted on the finding it touches.
        #expect((contract["findings"] as! [[String: Any]]).contains { ($0["notes"] as? [String])?.contains { $0.contains("tracked change by 乙方法务") } == true })
    }

    @Test func ruleExamplesCanBeWordFixtures() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: Self.redline, toPath: dir.appendingPathComponent("redline.docx").path)
        let rule = """
        id: demo.hidden-fee-change
        family: fees
        severity: high
        match: "乙方有权[^。]{0,10}单方调整服务费"
        message: { zh: 乙方可单方调价, en: Provider may change fees }
        examples:
          - file: redline.docx
            expect: finding
          - text: "服务费在合同期内固定不变。"
            expect: none
        """
        try Data(rule.utf8).write(to: dir.appendingPathComponent("demo.yml"))
        let run = try CLIRunner.run(["rules", "test", dir.path])
        #expect(run.status == 0, "\(run.stdout)")
    }
}
