import Testing
import ClauseGuardModel
import ClauseGuardUnderstanding

/// Older processing and supply contracts (加工承揽, 进出口): the customer (定作方) and its contractor (承揽方), a liability
/// article per party whose items name no one, abandoning the work midway, a blank window for shipment advice, and an
/// authority's fine a party has to make good.
@Suite struct ProcessingContractTests {
    private static let preamble = ["定作方：某服装厂", "承揽方：某加工厂"]

    private func understand(_ paragraphs: [String]) -> ContractUnderstanding {
        PackageLexicons.understand(Self.preamble + paragraphs)
    }

    @Test func theCustomerIsTheClientAndTheContractorTheProvider() {
        let frames = understand(["第一条 定作方有权解除本合同。", "第二条 承揽方有权解除本合同。"]).frames.filter { $0.action == .terminate }
        #expect(frames.map { $0.actor?.role } == [.client, .provider])
    }

    @Test func itemsOfAPartysLiabilityArticleAreThatPartys() {
        let understanding = understand([
            "第九条 定作方的违约责任：",
            "一，中途变更加工数量的，应当赔偿承揽方由此造成的损失。",
            "二，中途废止合同的，按未履行部分加工费的20%向承揽方偿付违约金。",
        ])
        let termination = understanding.keyTerms.filter { $0.family == .termination }
        #expect(termination.count == 1)
        #expect(termination.first?.party?.role == .client)
        #expect(termination.first?.location.excerpt.contains("废止合同") == true)
    }

    @Test func aHeadingNamingBothSidesGivesItsItemsNoParty() {
        let understanding = understand(["第九条 双方的违约责任：", "一，中途废止合同的，按未履行部分加工费的20%偿付违约金。"])
        #expect(understanding.frames.allSatisfy { $0.actor?.role != .client || $0.action != .terminate })
    }

    @Test(arguments: ["承揽方中途废止本合同的，应退还定作方已付的全部款项。",
                      "因不可抗力持续超过三个月的，任何一方均有权拒绝继续履行本合同。"])
    func abandoningOrRefusingToGoOnEndsTheContract(sentence: String) {
        #expect(!understand(["第五条 " + sentence]).keyTerms.filter { $0.family == .termination }.isEmpty)
    }

    @Test func aBlankWindowBeforeShipmentFollowedByNoticeIsANotice() {
        let terms = understand(["第六条 装船前＿＿天内，承揽方应书面通知定作方装船日期。"]).keyTerms.filter { $0.family == .notice }
        #expect(terms.count == 1)
        #expect(terms.first?.values.noticeUnstated == true)
    }

    @Test func aBlankWindowForAReportIsNoNotice() {
        let terms = understand(["第六条 验收前＿＿日内，承揽方应向定作方提出质量检验报告。"]).keyTerms.filter { $0.family == .notice }
        #expect(terms.isEmpty)
    }

    @Test(arguments: ["定作方逾期提货的，应赔偿承揽方因此支付的仓储费及交通管理部门的罚款。",
                      "承揽方违反环保规定，由此产生的行政罚款由承揽方自行承担。"])
    func anAuthoritysFineIsNoPenalty(sentence: String) {
        #expect(understand(["第七条 " + sentence]).keyTerms.filter { $0.family == .penalty }.isEmpty)
    }
}
