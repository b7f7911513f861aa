import Testing
import ClauseGuardModel
import ClauseGuardRules

/// Rules are written with the letters (甲方 the client, 乙方 the provider). A contract that never uses them — the
/// merchant is 商家 or 老板, the agency that wrote it says 我们 — is matched as if it did (the lexicon's
/// `rule_aliases`), and its findings quote its own words.
@Suite struct RuleAliasTests {
    private static let lettered = [
        "甲方（商家）：杭州某某服饰有限公司", "乙方（服务商）：广州某某电子商务有限公司",
        "乙方有权随时修改店铺后台登录密码，无需告知甲方。",
        "争议由乙方所在地人民法院管辖。",
    ]

    private static let spoken = [
        "店铺代运营合作须知",
        "我们有权随时修改店铺后台登录密码，无需告知商家。",
        "争议由我方所在地人民法院管辖。",
    ]

    private func ruleIDs(_ lines: [String]) -> [String] {
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        return Analyzer(rules: PartyViewTests.pack).analyze(document).findings.filter { $0.kind == .match }.map(\.ruleID).sorted()
    }

    @Test func roleWordsMeetTheLetteredRules() {
        let lettered = ruleIDs(Self.lettered)
        #expect(lettered.contains("dispute.provider-venue"))
        #expect(ruleIDs(Self.spoken) == lettered)
    }

    @Test func findingsQuoteTheContractsOwnWords() throws {
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: Self.spoken.enumerated().map { Block(index: $0.offset, text: $0.element) })
        let venue = try #require(Analyzer(rules: PartyViewTests.pack).analyze(document).findings.first { $0.ruleID == "dispute.provider-venue" })
        #expect(venue.location?.matched.contains("我方所在地") == true)
    }

    @Test func theMerchantsWordIsNoProvider() {
        // 商家 as 甲方: the merchant's own venue is no provider venue.
        #expect(!ruleIDs(["店铺代运营合作须知", "争议由商家所在地人民法院管辖。"]).contains("dispute.provider-venue"))
    }

    private static let formal = [
        "店铺代运营服务协议",
        "受托方有权随时修改店铺后台登录密码，无需告知委托方。",
        "争议由受托方所在地人民法院管辖。",
    ]

    @Test func roleWordsOfOtherLengthsMeetTheLetteredRulesAndAreQuoted() throws {
        #expect(ruleIDs(Self.formal) == ruleIDs(Self.lettered))
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: Self.formal.enumerated().map { Block(index: $0.offset, text: $0.element) })
        let venue = try #require(Analyzer(rules: PartyViewTests.pack).analyze(document).findings.first { $0.ruleID == "dispute.provider-venue" })
        #expect(venue.location?.matched.contains("受托方所在地") == true)
    }

    @Test func aRoleWordInsideAnotherWordIsLeftAlone() {
        // 运营方案 is a plan: "运营方案所在地" would otherwise read as the provider's seat.
        #expect(!ruleIDs(["店铺代运营服务协议", "争议由运营方案约定的所在地人民法院管辖。"]).contains("dispute.provider-venue"))
    }

    /// 外卖 and marketplace terms call the merchant 商户 or 卖家 and the agency 运营公司; another agency (其他运营公司,
    /// 第三方服务商) is neither party.
    @Test func platformWordsForTheMerchantAndTheAgency() {
        #expect(ruleIDs(["外卖店铺代运营协议", "运营公司有权随时修改店铺后台登录密码，无需告知商户。"]).contains("store_protection.provider-changes-passwords"))
        #expect(ruleIDs(["店铺托管合同", "店铺遭平台冻结或关店的，相关损失由卖家承担。"]).contains("liability.platform-penalties-on-merchant"))
        #expect(!ruleIDs(["店铺代运营服务协议", "争议由其他运营公司所在地人民法院管辖。"]).contains("dispute.provider-venue"))
        #expect(ruleIDs(["店铺代运营服务协议", "争议由运营公司所在地人民法院管辖。"]).contains("dispute.provider-venue"))
    }

    @Test func aChineseShortNameMeetsTheLetteredRulesAndIsQuoted() throws {
        let lines = ["店铺托管服务合同", "甲方（委托方）：杭州锦程商贸有限公司（以下简称“锦程”）", "乙方（服务方）：蓝鲸网络科技有限公司",
                     "托管期间如遇店铺被平台关店、冻结或保证金被扣除的，一律由锦程自行承担。"]
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        let finding = try #require(Analyzer(rules: PartyViewTests.pack).analyze(document).findings.first { $0.ruleID == "liability.platform-penalties-on-merchant" })
        #expect(finding.location?.matched.contains("锦程自行承担") == true)
    }

    @Test func englishPartyLettersMeetTheRulesWrittenForClientAndProvider() {
        let lines = ["STORE MANAGEMENT SERVICES AGREEMENT",
                     "This Agreement is made between Acme Retail Inc. (\"Party B\") and Northwind Digital LLC (\"Party A\").",
                     "Party A shall provide store management services to Party B.",
                     "If Party B terminates early, Party B shall pay Party A liquidated damages of 20% of the remaining Fees."]
        #expect(ruleIDs(lines).contains("penalty.en-binds-only-customer"))
    }

    @Test func namesWhoseSideIsOnlyTheDefaultAreNotRenamed() {
        // Nothing says who the client is: renaming by the default could turn the provider's promise into a trap.
        let lines = ["AGREEMENT", "This Agreement is made between Acme Retail Inc. (\"Acme\") and Northwind Digital LLC (\"Northwind\").",
                     "If Acme terminates early, Acme shall pay Northwind liquidated damages of 20% of the remaining Fees."]
        #expect(!ruleIDs(lines).contains("penalty.en-binds-only-customer"))
    }

    @Test func sentencesAfterARewriteOfAnotherLengthAreStillWhole() throws {
        // 委托方 / 受托方 are shorter as 甲方 / 乙方: the second sentence must be split in the rewritten text, not cut
        // where the original's split fell (its first words were lost).
        let lines = ["店铺代运营服务协议", "委托方与受托方确认，委托方已阅读并理解本协议全部条款。受托方所在地人民法院管辖本协议争议。"]
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        let venue = try #require(Analyzer(rules: PartyViewTests.pack).analyze(document).findings.first { $0.ruleID == "dispute.provider-venue" })
        #expect(venue.location?.matched.hasPrefix("受托方所在地") == true)
    }
}
