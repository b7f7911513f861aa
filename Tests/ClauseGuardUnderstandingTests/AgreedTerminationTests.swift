import Testing
import ClauseGuardUnderstanding

/// Ending by both sides' consent (双方协商一致，可以解除; "by mutual agreement") is nobody's exit: never read as a party's
/// right to leave at will, listed as a key term of its own kind, and a denied consent (未经双方协商一致) is not one.
@Suite struct AgreedTerminationTests {
    private let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]

    @Test(arguments: [
        "双方协商一致，可以解除本合同。",
        "经甲乙双方协商一致，本合同可以提前终止。",
        "甲方和乙方一致同意的，可以解除本合同。",
        // Stated without a modal, under 除非: the way the contract ends.
        "本契约将一直有效，除非双方同意终止契约。",
        // The modal before 协商解除: the ending is what the modal governs, not the talk.
        "双方可协商解除本合同。",
    ])
    func chineseMutualAgreement(sentence: String) throws {
        let u = PackageLexicons.understand(parties + [sentence])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .by_agreement)
        // Listed as ending by agreement, never as anyone's exit at will.
        let term = try #require(u.keyTerms.first { $0.family == .termination })
        #expect(term.trigger == .by_agreement)
        #expect(term.summary.zh.contains("协商一致") && !term.summary.zh.contains("随时"))
    }

    /// Near miss: an ending by consent named in an exception to another term (除…外) is no termination term.
    @Test func anExceptionToAnotherTermNamesNoTermination() {
        let u = PackageLexicons.understand(parties + ["除甲、乙双方协商同意解除合同或变更合同外，甲方可据实予以延期。"])
        #expect(!u.keyTerms.contains { $0.family == .termination })
    }

    @Test func listedAmongTheWaysTheContractEnds() throws {
        let u = PackageLexicons.understand(parties + ["本协议在下列情形下终止：", "1. 双方协议一致同意终止本协议的；", "2. 甲方逾期付款超过30日的。"])
        let terms = u.keyTerms.filter { $0.family == .termination }
        let agreed = try #require(terms.first { $0.location.excerpt.contains("一致同意") })
        #expect(!agreed.summary.zh.contains("随时"))
        #expect(terms.contains { $0.location.excerpt.contains("逾期付款") })
    }

    @Test func englishMutualAgreementWinsOverAtAnyTime() throws {
        let u = PackageLexicons.understand(["Acme Inc. (\"Client\") and Northwind LLC (\"Provider\").",
                                            "This Agreement may be terminated at any time by mutual written agreement of the parties."])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .by_agreement)
    }

    /// "without prejudice to any other rights" keeps rights beside the one given; it waives nothing.
    @Test func withoutPrejudiceIsNoWaiver() throws {
        let u = PackageLexicons.understand(["Acme Inc. (\"Client\") and Northwind LLC (\"Provider\").",
                                            "Should either Party breach this Agreement, the aggrieved Party shall be entitled, without prejudice to any other rights, to cancel this Agreement."])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .for_cause && !frame.negated)
    }

    @Test func deniedConsentIsNoAgreement() throws {
        let u = PackageLexicons.understand(parties + ["未经双方协商一致，甲方不得单方解除本合同。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.modality == .prohibition)
        #expect(frame.trigger != .by_agreement)
    }

    /// 双方同意：/ 双方约定如下 opens what the parties stipulate; the clause after it says who may end the contract.
    @Test(arguments: ["鉴于合作存在不确定性，双方同意：乙方有权在合同有效期内任何时间、无需说明理由，书面通知甲方解除本合同。",
                      "双方同意如下：乙方有权随时书面通知甲方解除本合同。",
                      // "As follows" (如下) is no condition 如.
                      "双方约定如下：乙方有权随时书面通知甲方解除本合同。"])
    func consentThatOpensAStipulationIsNoAgreement(sentence: String) throws {
        let u = PackageLexicons.understand(parties + [sentence])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .at_will)
        #expect(frame.actor?.role == .provider)
    }

    @Test func oneSidesRightStaysAtWill() throws {
        let u = PackageLexicons.understand(parties + ["乙方有权随时解除本合同，无需与甲方协商。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .at_will)
    }
}

/// The contract ending on an event (本合同自关闭之日起终止) is a termination term whose subject is the contract, not the
/// party the condition names.
@Suite struct EventTerminationTests {
    @Test func contractEndsOnAnEvent() throws {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "第十六条 甲方店铺被平台关闭的，本合同自关闭之日起终止。"])
        let term = try #require(u.keyTerms.first { $0.family == .termination })
        #expect(term.party == nil)
        #expect(term.summary.zh.hasPrefix("合同终止"))
        #expect(!term.summary.zh.contains("第十六条"))
    }
}
