import Testing
import ClauseGuardUnderstanding

/// A modal governs every action joined to its first one ("may suspend or terminate", 可以暂停或解除); "this Agreement
/// shall terminate" is the agreement's end, not a duty of the party named in its condition.
@Suite struct CoordinatedActionTests {
    private let preamble = ["This Agreement is made between Acme Inc. (\"Customer\") and Northwind LLC (\"Provider\")."]

    @Test func secondActionOfTheModalIsReadToo() {
        let u = PackageLexicons.understand(preamble + ["Provider may suspend or terminate the Services if Customer's account is more than forty-five (45) days past due."])
        #expect(u.frames.contains { $0.action == .suspend && $0.modality == .right })
        #expect(u.frames.contains { $0.action == .terminate && $0.modality == .right && $0.actor?.role == .provider })
        #expect(u.keyTerms.contains { $0.family == .termination })
    }

    /// "may suspend performance of the Services or terminate this Agreement": the first verb's object before "or".
    @Test func terminationJoinedAfterTheFirstVerbsObject() {
        let u = PackageLexicons.understand(preamble + ["If any amount remains past due, Provider may suspend performance of the Services or terminate this Agreement upon written notice."])
        #expect(u.frames.contains { $0.action == .terminate && $0.modality == .right && $0.actor?.role == .provider })
        // Near miss: after a comma another party's right starts; the first modal does not govern it.
        let other = PackageLexicons.understand(preamble + ["Provider may suspend performance of the Services, and Customer shall pay all fees before it may terminate this Agreement."])
        #expect(!other.frames.contains { $0.action == .terminate && $0.actor?.role == .provider })
    }

    /// 可以暂停代理业务或者解除本合同: the object of 暂停 before 或者.
    @Test func chineseTerminationJoinedAfterTheFirstVerbsObject() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方逾期二十八天仍未付清广告费的，乙方可以暂停代理业务或者解除本合同。"])
        #expect(u.frames.contains { $0.action == .terminate && $0.modality == .right && $0.actor?.role == .provider })
        // Near miss: after a comma the other party's right starts.
        let other = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方有权暂停代理业务，甲方可以解除本合同。"])
        #expect(!other.frames.contains { $0.action == .terminate && $0.actor?.role == .provider })
    }

    @Test func chineseJoinedActions() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方逾期付款的，乙方可以暂停服务或解除合同。"])
        #expect(u.frames.contains { $0.action == .terminate && $0.actor?.role == .provider })
    }

    /// 暂停服务直至解除本合同: the suspension may go as far as the termination; suspending until an event ends nothing.
    @Test func suspensionUpToTermination() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方未按时支付服务费超过七日的，乙方有权停止服务直至解除本合同。"])
        #expect(u.frames.contains { $0.action == .terminate && $0.modality == .right && $0.actor?.role == .provider })
        let until = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方逾期付款的，乙方有权暂停服务直至甲方付清款项。"])
        #expect(!until.frames.contains { $0.action == .terminate })
    }

    @Test func agreementThatTerminatesHasNoPartyAsActor() {
        let u = PackageLexicons.understand(preamble + ["In the event that Customer files a petition in bankruptcy, this Agreement shall terminate immediately."])
        let frame = u.frames.first { $0.action == .terminate }
        #expect(frame != nil && frame?.actor == nil)
        #expect(u.keyTerms.contains { $0.family == .termination })
    }
}

/// "unless sooner terminated by either party": the party after "by" may terminate; "decides to terminate" is a choice.
@Suite struct EnglishPassiveTerminationTests {
    private let preamble = ["This Agreement is made between Acme Inc. (\"Customer\") and Northwind LLC (\"Provider\")."]

    @Test func agentOfAPassiveTerminationMayTerminate() {
        let u = PackageLexicons.understand(preamble + ["This Agreement shall be in effect until March 18, 2021, unless sooner terminated by either party upon thirty (30) days written notice."])
        #expect(u.frames.contains { $0.action == .terminate && $0.modality == .right && $0.actor?.role == .either })
    }

    @Test func decidingToTerminateIsARight() {
        let u = PackageLexicons.understand(preamble + ["If Customer decides to terminate this Agreement before the first anniversary, Customer shall pay the unamortized costs."])
        #expect(u.frames.contains { $0.action == .terminate && $0.modality == .right && $0.actor?.role == .client })
    }

    /// 不得以任何理由提前收回房屋或单方解除本合同 / 不得擅自解除本合同或提前收回房屋: the bar governs the verb joined after a
    /// manner word (单方, 提前) and an object word between; no termination is stated bare.
    @Test func aBarGovernsTheJoinedVerbAfterAMannerWord() {
        for sentence in ["租赁期内，出租人不得以任何理由提前收回房屋或单方解除本合同。", "租赁期内，出租人不得擅自解除本合同或提前收回房屋，房屋所有权发生变动的，不影响本合同的效力。"] {
            let u = PackageLexicons.understand(["出租人：某物业公司", "承租人：某店", sentence])
            #expect(u.frames.filter { $0.action == .terminate }.allSatisfy { $0.modality == .prohibition }, "\(sentence)")
            #expect(!u.keyTerms.contains { $0.family == .termination }, "\(sentence)")
        }
    }
}
