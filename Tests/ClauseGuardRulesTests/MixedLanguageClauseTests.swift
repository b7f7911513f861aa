import Testing
import ClauseGuardRules

/// Chinese clauses written with English business words (cross-border agencies: "terminate 本协议", "refund 该 deposit",
/// "一个月 retainer 为 cap") get the findings their all-Chinese wording gets.
@Suite struct MixedLanguageClauseTests {
    static let header = ["电商代运营服务合同", "甲方（委托方）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司", "甲方委托乙方运营其天猫店铺，双方订立本合同。"]

    private func ids(_ clause: String) -> [String] {
        PartyViewTests.analyze(Self.header + [clause]).findings.filter { $0.kind == .match }.map(\.ruleID)
    }

    @Test func aClientBarredFromTerminatingInEnglishWordsIsFound() {
        #expect(ids("为免疑义，在 Service Term 内甲方不得以任何理由 terminate 本协议或要求提前 offboarding。").contains("termination.client-may-not-terminate"))
    }

    @Test func aLongDepositHoldInEnglishWordsIsFound() {
        #expect(ids("本协议终止后，乙方于 offboarding 完成之日起 200 天内无息 refund 该 deposit。").contains("deposit.long-refund-period"))
    }

    @Test func aOneMonthLiabilityCapInEnglishWordsIsFound() {
        #expect(ids("乙方在本协议项下的 aggregate liability 以当月甲方已支付的一个月 retainer 为 cap。").contains("liability.provider-cap-one-month"))
    }

    /// The merchant defined as "Brand" (以下简称“Brand”) is 甲方 to the patterns: platform fines it bears whoever caused them.
    @Test func anEnglishShortNameIsTheLetterItDefines() {
        let header = ["电商代运营服务合同", "甲方（委托方，以下简称“Brand”）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司",
                      "甲方委托乙方运营其天猫店铺，双方订立本合同。"]
        let clause = "店铺受到的平台处罚、扣分或罚款，无论相关操作是否由乙方团队执行，均由 Brand 自行承担。"
        #expect(PartyViewTests.analyze(header + [clause]).findings.contains { $0.ruleID == "liability.platform-penalties-on-merchant" })
    }

    /// Near miss: the same words in a fair clause (the deposit back in ten working days) find nothing.
    @Test func aQuickDepositRefundInEnglishWordsIsFair() {
        #expect(!ids("本协议终止后，乙方应于 10 个 working days 内无息 refund 该 deposit。").contains("deposit.long-refund-period"))
    }
}
