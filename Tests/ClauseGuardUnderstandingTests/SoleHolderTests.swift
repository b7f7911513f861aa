import Testing
import ClauseGuardModel
import ClauseGuardUnderstanding

/// A neutral rule followed by a sentence that gives it to one party (前述解除权仅由乙方享有; "The foregoing right is
/// exercisable by Harbourline alone") is that party's: the first sentence alone reads as mutual.
@Suite struct SoleHolderTests {
    private static let zhParties = ["甲方（委托方）：某商贸公司", "乙方（服务方）：某网络公司"]

    private func terminations(_ paragraphs: [String]) -> [ClauseFrame] {
        PackageLexicons.understand(paragraphs).frames.filter { $0.action == .terminate && $0.modality == .right }
    }

    @Test func theLaterSentenceNamesWhoHoldsTheExit() {
        let frames = terminations(Self.zhParties + ["一方可提前十五日书面通知对方解除本合同。前述解除权仅由乙方享有，甲方不得援引。"])
        #expect(frames.count == 1)
        #expect(frames.first?.actor?.role == .provider)
        #expect(frames.first?.counterparty?.role == .client)
        #expect(frames.first?.values.notice?.days == 15)
    }

    @Test func withoutTheLaterSentenceTheExitIsEitherSides() {
        let frames = terminations(Self.zhParties + ["一方可提前十五日书面通知对方解除本合同。乙方应于解除后三日内交接。"])
        #expect(frames.first?.actor?.role == .either)
    }

    @Test func aHolderThatIsNoPartyChangesNothing() {
        // 守约方 is whichever side kept the contract: still either side.
        let frames = terminations(Self.zhParties + ["一方可提前十五日书面通知对方解除本合同。前述解除权仅由守约方享有。"])
        #expect(frames.first?.actor?.role == .either)
    }

    @Test func aSentenceThatDoesNotPointBackGivesNothing() {
        let frames = terminations(Self.zhParties + ["一方可提前十五日书面通知对方解除本合同。保证金仅由乙方保管。"])
        #expect(frames.first?.actor?.role == .either)
    }

    @Test func englishDefinedNameAlone() {
        let frames = terminations([
            "This Agreement is made between Acme Retail Inc. (the \"Client\") and Northwind Digital LLC (\"Harbourline\").",
            "Harbourline shall provide store management services to the Client.",
            "This Agreement may be terminated at any time, without cause, by fourteen (14) days' written notice. The foregoing right is exercisable by Harbourline alone.",
        ])
        #expect(frames.contains { $0.actor?.role == .provider && $0.trigger == .at_will })
    }

    @Test func englishIndemnityGivenToTheMerchantOnly() {
        let frames = PackageLexicons.understand([
            "This Agreement is made between Acme Retail Inc. (the \"Merchant\") and Northwind Digital LLC (\"Harbourline\").",
            "Harbourline shall provide store management services to the Merchant.",
            "The indemnifying party shall hold the other party harmless from all losses. For the purposes of the foregoing, the indemnifying party shall be the Merchant only.",
        ]).frames.filter { $0.action == .indemnify }
        #expect(frames.count == 1)
        #expect(frames.first?.actor?.role == .client)
    }
}
