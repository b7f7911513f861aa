import Testing
import ClauseGuardUnderstanding

/// Ending by both sides' consent (双方协商一致，可以解除; "by mutual agreement") is nobody's exit: a termination term, but
/// never read as a party's right to leave at will, and a denied consent (未经双方协商一致) is not one.
@Suite struct AgreedTerminationTests {
    private let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]

    @Test(arguments: [
        "双方协商一致，可以解除本合同。",
        "经甲乙双方协商一致，本合同可以提前终止。",
        "甲方和乙方一致同意的，可以解除本合同。",
    ])
    func chineseMutualAgreement(sentence: String) throws {
        let u = PackageLexicons.understand(parties + [sentence])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .by_agreement)
        let term = try #require(u.keyTerms.first { $0.family == .termination })
        #expect(term.summary.zh.contains("协商一致"))
        #expect(!term.summary.zh.contains("随时"))
    }

    @Test func englishMutualAgreementWinsOverAtAnyTime() throws {
        let u = PackageLexicons.understand(["Acme Inc. (\"Client\") and Northwind LLC (\"Provider\").",
                                            "This Agreement may be terminated at any time by mutual written agreement of the parties."])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .by_agreement)
    }

    @Test func deniedConsentIsNoAgreement() throws {
        let u = PackageLexicons.understand(parties + ["未经双方协商一致，甲方不得单方解除本合同。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.modality == .prohibition)
        #expect(frame.trigger != .by_agreement)
    }

    @Test func oneSidesRightStaysAtWill() throws {
        let u = PackageLexicons.understand(parties + ["乙方有权随时解除本合同，无需与甲方协商。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .at_will)
    }
}
