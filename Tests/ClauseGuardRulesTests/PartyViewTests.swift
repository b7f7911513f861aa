import Foundation
import Testing
import ClauseGuardModel
import ClauseGuardRules

/// Issue 12's "done when": a contract and the same contract with 甲方/乙方 swapped (its preamble saying so) get the same
/// findings, each naming the right party; an English contract whose provider is a defined short name is read as one.
@Suite struct PartyViewTests {
    static let pack: RuleSet = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return RuleLoader.load(pack: .folder(root.appendingPathComponent("Rules").path), paths: []).rules
    }()

    static let merchantFirst = [
        "店铺代运营服务合同",
        "甲方(委托方)：杭州某某服饰有限公司",
        "乙方(服务方)：广州某某电子商务有限公司",
        "第一条 甲方委托乙方运营其天猫旗舰店。",
        "第二条 乙方有权随时单方面解除本合同，无需承担任何责任。",
        "第三条 合同期满前三十日内甲方未提出书面异议的，视为自动续约一年。",
        "第四条 甲方提前解除合同的，应向乙方支付剩余服务费的30%作为违约金，最低不少于5000元。",
        "第五条 中途解约的，已支付的服务费不予退还。",
    ]

    /// The same contract as a provider would draft it: the provider is 甲方.
    static let providerFirst = merchantFirst.map { line in
        line.replacingOccurrences(of: "甲方", with: "\u{0}").replacingOccurrences(of: "乙方", with: "甲方").replacingOccurrences(of: "\u{0}", with: "乙方")
    }

    static func analyze(_ lines: [String]) -> Analyzer.Result {
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        return Analyzer(rules: pack).analyze(document)
    }

    @Test func swappedLettersGiveTheSameFindings() {
        #expect(!Self.pack.lexicons.isEmpty)
        let a = Self.analyze(Self.merchantFirst), b = Self.analyze(Self.providerFirst)
        let idsA = a.findings.map { "\($0.ruleID)@\($0.location?.blockIndex ?? -1)" }.sorted()
        let idsB = b.findings.map { "\($0.ruleID)@\($0.location?.blockIndex ?? -1)" }.sorted()
        #expect(idsA.contains { $0.hasPrefix("termination.provider-unilateral-right@") })
        #expect(idsA.contains { $0.hasPrefix("penalty.minimum-floor@") })
        #expect(idsA == idsB)
        #expect(b.understanding?.parties.role(of: "甲方") == .provider)
    }

    @Test func swappedFindingsNameTheContractsOwnLetters() throws {
        let a = Self.analyze(Self.merchantFirst), b = Self.analyze(Self.providerFirst)
        let ruleID = "termination.provider-unilateral-right"
        let messageA = try #require(a.findings.first { $0.ruleID == ruleID }).message.zh
        let messageB = try #require(b.findings.first { $0.ruleID == ruleID }).message.zh
        #expect(messageA.hasPrefix("乙方"))
        #expect(messageB.hasPrefix("甲方"), "the provider is 甲方 in this contract: \(messageB)")
    }

    /// Every text of a finding speaks the contract's letters, not only its message: a frame rule's explanation and
    /// advice (乙方可随时撤出…) name the provider by its letter in this contract.
    @Test func swappedFrameFindingsExplainInTheContractsLetters() throws {
        let a = Self.analyze(Self.merchantFirst), b = Self.analyze(Self.providerFirst)
        for ruleID in ["termination.provider-unilateral-right", "termination.no-refund-on-exit"] {
            let fa = try #require(a.findings.first { $0.ruleID == ruleID }), fb = try #require(b.findings.first { $0.ruleID == ruleID })
            let swapped = { (text: String) in
                text.replacingOccurrences(of: "甲方", with: "\u{0}").replacingOccurrences(of: "乙方", with: "甲方").replacingOccurrences(of: "\u{0}", with: "乙方")
            }
            #expect(fb.explanation.zh == swapped(fa.explanation.zh), "\(ruleID): \(fb.explanation.zh)")
            #expect(fb.advice.zh == swapped(fa.advice.zh), "\(ruleID): \(fb.advice.zh)")
            #expect(fb.title.zh == swapped(fa.title.zh))
        }
    }

    @Test func englishProviderWithADefinedShortName() throws {
        let lines = [
            "DISTRIBUTION AGREEMENT",
            "This Agreement is made between Inktomi Corporation (\"Inktomi\") and Acme Retail Inc. (\"Customer\").",
            "WHEREAS, Inktomi shall provide the Services to Customer.",
            "12.1 Inktomi may terminate this Agreement at any time without cause upon thirty (30) days' notice.",
        ]
        let result = Self.analyze(lines)
        let finding = try #require(result.findings.first { $0.ruleID == "termination.en-provider-for-convenience" })
        #expect(finding.message.en == "Inktomi (provider) may terminate without cause")
        #expect(finding.location?.blockIndex == 3)
        // The same clause with the customer holding the right is not the provider's at-will exit.
        let customer = Self.analyze(lines.dropLast() + ["12.1 Customer may terminate this Agreement at any time without cause upon thirty (30) days' notice."])
        #expect(!customer.findings.contains { $0.ruleID == "termination.en-provider-for-convenience" })
    }

    /// A pattern rule that also reads frames names its actor as its frame would: the finding of a password clause
    /// matched by its pattern says who may change the passwords, in the contract's letters, never "{actor}".
    @Test func patternFindingsOfFrameRulesNameTheActor() throws {
        let clause = "第六条 为了账号安全，合作期间店铺主账号的登录密码和绑定手机，乙方有权随时修改，改完不用另外通知甲方。"
        let ruleID = "store_protection.provider-changes-passwords"
        let a = Self.analyze(Array(Self.merchantFirst.prefix(4)) + [clause])
        let b = Self.analyze(Self.providerFirst.prefix(4) + [clause.replacingOccurrences(of: "乙方", with: "\u{0}")
            .replacingOccurrences(of: "甲方", with: "乙方").replacingOccurrences(of: "\u{0}", with: "甲方")])
        let fa = try #require(a.findings.first { $0.ruleID == ruleID }), fb = try #require(b.findings.first { $0.ruleID == ruleID })
        #expect(fa.message.zh == "乙方可自行修改店铺登录密码或绑定信息")
        #expect(fb.message.zh == "甲方可自行修改店铺登录密码或绑定信息")
        #expect(fa.message.en.hasPrefix("Party B"))
        #expect(!fa.message.en.contains("{") && !fb.message.zh.contains("{"))
    }
}
