import Testing
@testable import ClauseGuardUnderstanding

/// A clause that outlives the contract (第八条仍然有效, "shall survive termination") is about its end, not a way to it; a
/// cue that speaks of something else going on, or that shares the sentence with a right to end it in another
/// sub-clause, does not hide that right.
@Suite struct SurvivalScopeTests {
    private func terminations(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand([sentence]).keyTerms.filter { $0.family == .termination }
    }

    @Test func aRightToWithdrawBesideAServiceThatGoesOnIsATermination() {
        for sentence in [
            "7.4 丙方可提前二十五日书面通知甲方、乙方，单方退出本合同项下的达人合作部分；自播直播间服务不受影响，继续按本合同履行。",
            "Either party may terminate this Agreement upon thirty days written notice; Sections 4 and 5 shall survive termination.",
            // The survival cue opens its own comma's part after the right (解除不影响已生效投放单的执行).
            "8.1 任何一方均可提前30日书面通知对方解除本协议，解除不影响已生效投放单的执行。",
        ] {
            #expect(!terminations(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func whatOutlivesTheEndIsStillNoTermination() {
        for sentence in [
            "本合同终止后，第八条仍然有效。",
            "不论本合同是否解除、终止，本条款均有效。",
            "9.3 本协议终止不影响双方在协议终止前已产生的权利义务，亦不影响第七条、第十条的效力。",
            // After a bare statement of the end, the same cue still speaks of that end.
            "本合同解除，解除不影响守约方要求赔偿的权利。",
            "Sections 5, 7 and 9 shall survive any expiration or termination of this Agreement.",
        ] {
            #expect(terminations(sentence).isEmpty, "\(sentence)")
        }
    }

    /// The day of the end (截至解除或终止之日: the first of two joined words names the day too) and the notice of it being
    /// served (解除通知送达后) are times, not a right to end: the duty is the payment or the refund.
    @Test func theDayAndTheNoticeOfTheEndAreTimes() {
        for sentence in [
            "7.7 本合同解除或终止后，乙方应于5日内结清全部应付款项，包括截至解除或终止之日已产生的全部提成。",
            "4. 甲方依前款解除本协议的，乙方应在解除通知送达后10个工作日内退还甲方已支付但尚未履行场次的全部坑位费。",
        ] {
            // No frame makes the end itself the duty (under a termination heading that frame is a key term).
            let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", sentence])
            #expect(!u.frames.contains { $0.action == .terminate && $0.modality == .duty }, "\(sentence)")
        }
        // Near miss: two joined words that are the act itself still grant it.
        #expect(!PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方有权解除或终止本合同。"]).keyTerms.filter { $0.family == .termination }.isEmpty)
    }
}
