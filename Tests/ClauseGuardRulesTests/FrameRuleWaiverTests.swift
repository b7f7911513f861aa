import Testing
import ClauseGuardModel
import ClauseGuardRules

/// Negation is handled once for frame rules too: a frame rule's protection (`not:`) that a waiver lifts ("无需取得委托方
/// 同意" read as "须…取得委托方同意") is no protection, as for pattern rules.
@Suite struct FrameRuleWaiverTests {
    private func findings(_ clause: String) -> [String] {
        let lines = ["电商代运营服务合同", "委托方：杭州某某商贸有限公司", "受托方：广州某某网络科技有限公司", "委托方委托受托方运营其天猫店铺。", clause]
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        return Analyzer(rules: PartyViewTests.pack).analyze(document).findings.filter { $0.location?.blockIndex == 4 }.map(\.ruleID)
    }

    @Test func waivedConsentIsNoProtection() {
        #expect(findings("受托方有权将部分运营工作分包予其选定之第三方，上述安排无需取得委托方同意。").contains("store_protection.provider-may-subcontract"))
    }

    @Test func requiredConsentStillProtects() {
        #expect(!findings("受托方将部分运营工作分包予第三方的，须事先取得委托方书面同意。").contains("store_protection.provider-may-subcontract"))
    }
}
