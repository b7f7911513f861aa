import Foundation
import Testing
import ClauseGuardModel
import ClauseGuardRules

/// An amendment is read for its new wording: the old wording it quotes and replaces is no protection and no trap.
@Suite struct SupersededWordingTests {
    static let contract = ["店铺代运营补充协议", "甲方(委托方)：杭州某某服饰有限公司", "乙方(服务方)：广州某某电子商务有限公司"]

    static func ruleIDs(_ clause: String) -> [String] {
        let lines = contract + [clause]
        let document = ContractDocument(source: "a.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        return Analyzer(rules: PartyViewTests.pack).analyze(document).findings.filter { $0.kind == .match }.map(\.ruleID)
    }

    @Test func theReplacedWordingIsNotRead() {
        let amended = "双方同意将原合同约定的“店铺货款直接进入甲方支付宝账户”调整为：“店铺销售回款统一提现至乙方指定的对公账户，由乙方按季度与甲方对账后将余款支付甲方。”"
        #expect(Self.ruleIDs(amended).contains("payment.provider-collects-takings"))
        // The other way round: the old wording was the trap, the new one gives the takings back to the merchant.
        let restored = "双方同意将原合同约定的“店铺销售回款统一提现至乙方指定的对公账户”调整为：“店铺货款直接进入甲方支付宝账户，乙方不得代收。”"
        #expect(!Self.ruleIDs(restored).contains("payment.provider-collects-takings"))
    }

    @Test func aQuotedTermNameIsKept() {
        // Not old wording: a short defined term, and no 原 before it.
        let renamed = "双方同意将“服务费”调整为每月8000元，店铺销售回款统一提现至乙方指定的对公账户。"
        #expect(Self.ruleIDs(renamed).contains("payment.provider-collects-takings"))
    }
}
