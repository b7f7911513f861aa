import Testing
import ClauseGuardModel
import ClauseGuardUnderstanding

/// How model contracts end after force majeure: the parties decide whether to terminate, or the contract permits it.
/// Ending by plain mutual consent stays out of the termination terms (it restates the law).
@Suite struct ForceMajeureEndingTests {
    private func terminations(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["甲方：某公司", "乙方：某工厂", sentence]).keyTerms.filter { $0.family == .termination }
    }

    @Test(arguments: ["按其对履行合同影响的程度，由双方协商决定是否解除合同，或者部分免除履行合同的责任，或者延期履行合同。",
                      "土地使用合同各方按照事故对履行土地使用合同影响程度协商决定是否解除土地使用合同。"])
    func decidingWhetherToTerminateIsATermination(sentence: String) {
        #expect(!terminations(sentence).isEmpty)
    }

    @Test func permittedAfterForceMajeureIsATermination() {
        let terms = terminations("如发生不可抗力的原因，致使当事人一方不能履行合同的，应向对方通报理由，经证实后，不负违约责任，并允许变更或解除合同。")
        #expect(terms.count == 1)
        #expect(terms.first?.modality == .right)
    }

    @Test func mutualConsentAfterAnEventIsATermination() {
        #expect(!terminations("由于不可抗力的原因使本合同无法履行时，须双方协商一致，可以变更或解除本合同。").isEmpty)
    }

    @Test(arguments: ["经甲乙双方协商一致，本合同可以解除。", "双方协商一致的，可以解除本合同。"])
    func plainMutualConsentIsListedAsSuch(sentence: String) {
        let terms = terminations(sentence)
        #expect(terms.count == 1)
        #expect(terms.allSatisfy { $0.trigger == .by_agreement })
    }

    @Test func deferredPerformanceIsNoRenewal() {
        let terms = PackageLexicons.understand(["甲方：某公司", "乙方：某工厂", "双方可以协商延期履行合同。"]).keyTerms
        #expect(!terms.contains { $0.family == .auto_renewal })
    }
}

/// Other ways model contracts end: a step that suffices (通知…即可解除), a joint venture's dissolution, a duty to
/// decide whether to terminate.
@Suite struct ModelContractEndingTests {
    private func terminations(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["甲方：某公司", "乙方：某外商", sentence]).keyTerms.filter { $0.family == .termination }
    }

    @Test(arguments: ["甲方书面通知乙方后即可解除本合同。",
                      "如果不可抗力的情况延续到超过六个月，任何一方均可向另一方发出通知，无须办理其它手续即可撤消及终止本合同。"])
    func aStepThatSufficesEndsTheContract(sentence: String) {
        let terms = terminations(sentence)
        #expect(terms.count == 1)
        #expect(terms.first?.modality == .right)
    }

    @Test func aJointVentureDissolvingUnderListedEventsIsATermination() {
        let terms = terminations("合营期满之前，出现下述任何一种情况或事件，经董事会决议，本合营企业也可解散；")
        #expect(terms.count == 1)
        #expect(terms.first?.trigger == .for_cause)
        #expect(terms.first?.cause?.contains("下述任何一种情况") == true)
    }

    @Test func aPartyDissolvingIsTheCauseNotTheTermination() {
        let terms = terminations("乙方破产、解散的，甲方有权解除本合同。")
        #expect(terms.count == 1)
        #expect(terms.first?.party?.text == "甲方")
        #expect(terms.first?.cause == "乙方破产、解散的")
    }

    @Test func aDutyToDecideWhetherToTerminateIsATermination() {
        let terms = terminations("甲乙双方应按照事故对履行合同影响的程度尽快协商决定是否解除合同，或者延期履行合同义务。")
        #expect(terms.count == 1)
        #expect(terms.first?.modality == nil)
    }

    @Test func anEmployersFineIsAPenalty() {
        let terms = PackageLexicons.understand(["甲方：某公司", "乙方：某人", "甲方有权对职工实施奖励、处分、经济处罚。"]).keyTerms
        #expect(terms.contains { $0.family == .penalty })
    }

    @Test(arguments: ["甲方无故辞退乙方，除应发给辞退补助费和路费外，应偿付给乙方违约金＿＿元。",
                      "乙方擅自解除合同，应赔偿甲方为其支付的职业技术培训费，并偿付给甲方违约金＿＿元。"])
    func anExitWithoutCauseNamedAsTheConditionOfItsCostIsATermination(sentence: String) {
        #expect(!terminations(sentence).isEmpty)
    }

    @Test func aBarOnLeavingWithoutCauseIsNoTerminationTerm() {
        #expect(terminations("乙方不得擅自解除合同。").isEmpty)
    }
}

