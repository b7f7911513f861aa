import Testing
import ClauseGuardUnderstanding

/// A cause that is the actor's own judgement is no cause: a list item 乙方认为不宜继续合作的其他情形 (as paragraphs under a
/// lead-in or inline after its colon), or a condition measured by the actor's own yardstick (不符合乙方要求的).
@Suite struct JudgementListItemTests {
    private let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]

    @Test func itemParagraphs() throws {
        let u = PackageLexicons.understand(parties + [
            "9.1 有下列情形之一的，乙方有权解除本合同：", "(1)甲方逾期付款超过15日的；", "(2)乙方认为不宜继续合作的其他情形。",
        ])
        let items = u.frames.filter { $0.action == .terminate && $0.leadIn != nil }.sorted { $0.blockIndex < $1.blockIndex }
        #expect(items.map(\.trigger) == [.for_cause, .at_will])
    }

    @Test func inlineItems() throws {
        let u = PackageLexicons.understand(parties + ["有下列情形之一的，乙方可中止服务且不减免费用：(1)甲方逾期付款；(2)乙方认为有必要中止的其他情形。"])
        let frame = try #require(u.frames.first { $0.action == .suspend && $0.modality == .right })
        #expect(frame.trigger == .at_will)
    }

    @Test func causeMeasuredByTheActorsOwnYardstick() throws {
        let u = PackageLexicons.understand(parties + ["甲方提供的资料不符合乙方要求的，乙方可随时中止运营服务。"])
        let frame = try #require(u.frames.first { $0.action == .suspend && $0.modality == .right })
        #expect(frame.trigger == .at_will)
        let other = PackageLexicons.understand(parties + ["甲方提供的资料不符合国家标准的，乙方可中止运营服务。"])
        #expect(other.frames.first { $0.action == .suspend && $0.modality == .right }?.trigger == .for_cause)
    }

    @Test func inlineCausesOnlyStayForCause() throws {
        let u = PackageLexicons.understand(parties + ["有下列情形之一的，乙方可中止服务：(1)甲方逾期付款超过30日；(2)甲方提供虚假资料。"])
        let frame = try #require(u.frames.first { $0.action == .suspend && $0.modality == .right })
        #expect(frame.trigger == .for_cause)
    }
}

/// A lead-in that gives a right to terminate and says what goes with it (甲方有权单方解除本合同，已收费用不予退还：)
/// lists causes of the termination: its items are termination causes, not five more refusals to refund.
@Suite struct LeadInActionTests {
    @Test func itemsFollowTheTerminationRight() {
        let u = PackageLexicons.understand(["甲方(服务方)：某公司", "乙方(委托方)：某店",
                                            "6.2 乙方有下列情形之一的，甲方有权单方解除本合同，已收费用不予退还：", "(1)乙方逾期付款超过10日的；", "(2)乙方另行委托第三方的。"])
        let items = u.frames.filter { $0.blockIndex >= 3 }
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { $0.action == .terminate })
    }
}

/// "…，且不因此承担违约责任" after the action says what the actor escapes, not a cause of the action; 因此 is no condition.
@Suite struct LiabilityAfterTheActionTests {
    @Test func notLiableForBreachIsNoCause() throws {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司",
                                            "乙方可根据工作排期自行决定暂停部分服务，暂停期间服务费照收，乙方亦不因此承担违约责任。"])
        let frame = try #require(u.frames.first { $0.action == .suspend && $0.modality == .right })
        #expect(frame.trigger == .at_will)
    }
}
