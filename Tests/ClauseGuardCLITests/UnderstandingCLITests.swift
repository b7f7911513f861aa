import Foundation
import Testing

/// Parties, roles and key terms as a user meets them: `--client`, `client:` in the config, `extract --format json`
/// and the csv-terms matrix.
@Suite struct UnderstandingCLITests {
    /// No role words: 甲方 is the client only by the documented default.
    static let undefinedParties = "甲方：张三\n乙方：李四\n第二条 乙方有权随时单方面解除本合同。\n"

    private func contract(_ text: String) throws -> (folder: URL, path: String) {
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("c.txt")
        try Data(text.utf8).write(to: file)
        return (folder, file.path)
    }

    private func json(_ stdout: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as! [String: Any]
    }

    @Test func clientOptionDecidesWhoIsWho() throws {
        let (_, path) = try contract(Self.undefinedParties)
        let byDefault = try CLIRunner.run(["scan", path, "--format", "json", "-q"])
        let contract = (try json(byDefault.stdout)["contracts"] as! [[String: Any]])[0]
        #expect((contract["parties"] as! [String: Any])["source"] as? String == "default")
        #expect((contract["findings"] as! [[String: Any]]).contains { $0["ruleID"] as? String == "termination.provider-unilateral-right" })

        // 乙方 is the merchant: its own right to leave is no risk to it.
        let asClient = try CLIRunner.run(["scan", path, "--format", "json", "-q", "--client", "乙方"])
        let swapped = (try json(asClient.stdout)["contracts"] as! [[String: Any]])[0]
        let parties = swapped["parties"] as! [String: Any]
        #expect(parties["source"] as? String == "option")
        let roles = Dictionary(uniqueKeysWithValues: (parties["parties"] as! [[String: Any]]).map { ($0["label"] as! String, $0["role"] as! String) })
        #expect(roles == ["甲方": "provider", "乙方": "client"])
        #expect(!(swapped["findings"] as! [[String: Any]]).contains { $0["ruleID"] as? String == "termination.provider-unilateral-right" })
        let text = try CLIRunner.run(["scan", path, "-q", "--client", "乙方", "--lang", "en"])
        #expect(text.stdout.contains("[from --client]"), "\(text.stdout)")
    }

    @Test func clientInTheConfigFile() throws {
        let (folder, path) = try contract(Self.undefinedParties)
        try Data("client: 乙方\n".utf8).write(to: folder.appendingPathComponent(".clauseguard.yml"))
        let run = try CLIRunner.run(["scan", path, "--format", "json", "-q", "--config", folder.appendingPathComponent(".clauseguard.yml").path])
        let contract = (try json(run.stdout)["contracts"] as! [[String: Any]])[0]
        #expect((contract["parties"] as! [String: Any])["source"] as? String == "option")
    }

    @Test func extractShowsPartiesEvidenceAndFrames() throws {
        let (_, path) = try contract("甲方(服务方)：某某电商公司\n乙方(委托方)：某某旗舰店\n第二条 甲方有权随时解除本合同。\n")
        let run = try CLIRunner.run(["extract", path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let model = try json(run.stdout)
        #expect(model["blocks"] != nil)
        let understanding = try #require(model["understanding"] as? [String: Any])
        let parties = (understanding["parties"] as! [String: Any])["parties"] as! [[String: Any]]
        let first = try #require(parties.first { $0["label"] as? String == "甲方" })
        #expect(first["role"] as? String == "provider")
        #expect(((first["evidence"] as! [[String: Any]]).first?["text"] as? String)?.contains("服务方") == true)
        let frames = understanding["frames"] as! [[String: Any]]
        let frame = try #require(frames.first { $0["action"] as? String == "terminate" })
        #expect(frame["blockIndex"] as? Int == 2)
        #expect(frame["trigger"] as? String == "at_will")
        #expect((frame["actor"] as! [String: Any])["role"] as? String == "provider")
    }

    @Test func csvTermsHasOneRowPerContractWithItsTerms() throws {
        let folder = try CLIRunner.temporaryFolder()
        try Data("甲方(委托方)：某店\n乙方(服务方)：某公司\n第二条 乙方有权随时解除本合同。\n第三条 甲方提前解除的，应向乙方支付剩余服务费的30%作为违约金，最低5000元。\n".utf8)
            .write(to: folder.appendingPathComponent("a.txt"))
        try Data("This Agreement is between Foo LLC (the \"Provider\") and Bar Inc. (the \"Customer\").\nThis Agreement shall automatically renew for successive one (1) year terms unless either party gives sixty (60) days' prior written notice of non-renewal.\n".utf8)
            .write(to: folder.appendingPathComponent("b.txt"))
        try Data("PK\u{3}\u{4}broken".utf8).write(to: folder.appendingPathComponent("c.docx"))
        let run = try CLIRunner.run(["scan", folder.path, "--format", "csv-terms", "-q"])
        let lines = run.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 4, "\(run.stdout)")
        let header = lines[0].dropFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        func row(_ name: String) -> [String: String] {
            let cells = lines.first { $0.contains(name) }!.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
        let a = row("a.txt"), b = row("b.txt"), c = row("c.docx")
        #expect(a["provider_may_terminate"] == "at_will")
        #expect(a["penalty_percent"] == "30" && a["penalty_base"] == "remaining_fee" && a["penalty_floor"] == "CNY 5000")
        #expect(b["auto_renewal"] == "yes" && b["renewal_term_days"] == "365" && b["non_renewal_notice_days"] == "60")
        #expect(c["error"]?.isEmpty == false)
    }

    /// Issue 12 § 4: a penalty the provider pays protects the merchant; a contract whose only findings are lacking
    /// protections is graded on them, not as 高风险; the same clause flagged by two rules is one entry.
    @Test func gradeComesFromTheWorstClauseAndSeparatelyFromMissingProtections() throws {
        let favourable = "甲方(委托方)：某店\n乙方(服务方)：某公司\n第八条 乙方违约的，应向甲方支付剩余服务费的30%作为违约金，最低不少于5000元。\n"
        let (_, path) = try contract(favourable)
        let run = try CLIRunner.run(["scan", path, "--format", "json", "-q"])
        let contract = (try json(run.stdout)["contracts"] as! [[String: Any]])[0]
        let risk = contract["risk"] as! [String: Any]
        #expect(risk["clauses"] as? String == "none", "\(contract["findings"] ?? "")")
        #expect(risk["level"] as? String != "high")
        #expect(!(contract["findings"] as! [[String: Any]]).contains { ($0["ruleID"] as! String).hasPrefix("penalty.") })

        // The merchant paying the same penalty: both penalty rules flag one clause, shown once with two reasons.
        let (_, risky) = try self.contract(favourable.replacingOccurrences(of: "乙方违约的，应向甲方支付", with: "甲方提前解约的，应向乙方支付"))
        let text = try CLIRunner.run(["scan", risky, "-q", "--lang", "en"])
        #expect(text.stdout.components(separatedBy: "“第八条").count - 1 == 1, "\(text.stdout)")
        #expect(text.stdout.contains("Same clause, also"))
        let riskyJSON = (try json(try CLIRunner.run(["scan", risky, "--format", "json", "-q"]).stdout)["contracts"] as! [[String: Any]])[0]
        #expect((riskyJSON["risk"] as! [String: Any])["clauses"] as? String == "high")
    }

    /// `--as provider` gives the provider's own explanation and advice where the rule has them.
    @Test func providerSideGetsItsOwnAdvice() throws {
        let (_, path) = try contract("甲方(委托方)：某店\n乙方(服务方)：某公司\n第二条 乙方有权随时单方面解除本合同，无需承担任何责任。\n")
        func finding(_ extra: [String]) throws -> [String: Any] {
            let run = try CLIRunner.run(["scan", path, "--format", "json", "-q"] + extra)
            let contract = (try json(run.stdout)["contracts"] as! [[String: Any]])[0]
            return try #require((contract["findings"] as! [[String: Any]]).first { $0["ruleID"] as? String == "termination.provider-unilateral-right" })
        }
        let client = try finding([]), provider = try finding(["--as", "provider"])
        let clientAdvice = (client["advice"] as! [String: String])["zh"]!, providerAdvice = (provider["advice"] as! [String: String])["zh"]!
        #expect(clientAdvice != providerAdvice)
        #expect(providerAdvice.contains("提请甲方注意"), "\(providerAdvice)")
        #expect(provider["severity"] as? String == "info")
    }
}
