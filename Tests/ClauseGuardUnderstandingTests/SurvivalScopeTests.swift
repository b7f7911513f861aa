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
        ] {
            #expect(!terminations(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func whatOutlivesTheEndIsStillNoTermination() {
        for sentence in [
            "本合同终止后，第八条仍然有效。",
            "不论本合同是否解除、终止，本条款均有效。",
            "Sections 5, 7 and 9 shall survive any expiration or termination of this Agreement.",
        ] {
            #expect(terminations(sentence).isEmpty, "\(sentence)")
        }
    }
}
