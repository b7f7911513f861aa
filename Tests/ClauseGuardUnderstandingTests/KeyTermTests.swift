import Testing
import ClauseGuardUnderstanding

@Suite struct KeyTermTests {
    @Test func fairContractHasItsTermsListed() {
        let u = PackageLexicons.understand([
            "甲方(委托方)：某店", "乙方(服务方)：某公司",
            "本合同期满前三十日内双方均未提出书面异议的，本合同自动续期一年。",
            "任何一方可提前三十日书面通知对方解除本合同。",
            "乙方未按约定提供服务的，应按月服务费的20%向甲方支付违约金。",
        ])
        let families = Set(u.keyTerms.map(\.family))
        #expect(families == [.auto_renewal, .notice, .termination, .penalty])
        let renewal = u.keyTerms.first { $0.family == .auto_renewal }
        #expect(renewal?.automatic == true)
        #expect(renewal?.values.period?.days == 365)
        let notices = u.keyTerms.filter { $0.family == .notice }
        #expect(notices.contains { $0.purpose == .termination && $0.values.notice?.days == 30 && $0.values.written })
        let termination = u.keyTerms.first { $0.family == .termination }
        #expect(termination?.party?.role == .either)
        let penalty = u.keyTerms.first { $0.family == .penalty }
        #expect(penalty?.party?.role == .provider)
        #expect(penalty?.values.base == .monthly_fee)
        #expect(penalty?.summary.zh.contains("乙方(服务方)") == true)
    }

    @Test func summaryNamesTheContractsOwnParty() {
        let u = PackageLexicons.understand(["甲方(服务方)：某公司", "乙方(委托方)：某店", "甲方有权随时解除本合同。"])
        let term = u.keyTerms.first { $0.family == .termination }
        #expect(term?.summary.zh.hasPrefix("甲方(服务方)可随时") == true)
    }

    @Test func mentionsOfRenewalAreNotKeyTerms() {
        let u = PackageLexicons.understand(["本合同所称服务期，是指本合同约定的服务期限及依本合同续约后的期限。"])
        #expect(!u.keyTerms.contains { $0.family == .auto_renewal })
    }

    @Test func renewalByAgreementIsNoRenewalTerm() {
        for sentence in ["本合同期满后，经双方协商一致，可以续签。", "合同期满前一个月，双方可协商续签事宜。"] {
            #expect(!PackageLexicons.understand([sentence]).keyTerms.contains { $0.family == .auto_renewal })
        }
        let option = PackageLexicons.understand(["Acme Inc. (\"Customer\") and Northwind LLC (\"Provider\").",
                                                 "Customer may renew this Agreement for one additional term of one (1) year."])
        #expect(option.keyTerms.contains { $0.family == .auto_renewal && $0.automatic == false })
    }

    @Test func renewalThatIsExpresslyNotAutomatic() {
        let u = PackageLexicons.understand(["双方有意继续合作的，应于期满前另行签订书面续约协议；未签订书面续约协议的，本合同不因任何一方的沉默或继续履行而自动续期。"])
        #expect(!u.keyTerms.contains { $0.family == .auto_renewal })
    }

    @Test func waivedPenaltyIsNotAPenalty() {
        let u = PackageLexicons.understand(["运营目标连续3个月未达成的，甲方可无责解约，无需支付任何违约金。"])
        #expect(!u.keyTerms.contains { $0.family == .penalty })
        #expect(u.keyTerms.contains { $0.family == .termination && $0.trigger == .missed_target })
    }

    @Test func nonRefundableFeesAreAForfeiture() {
        let u = PackageLexicons.understand(["服务费一经支付，无论何种原因，均不予退还。"])
        #expect(u.keyTerms.contains { $0.family == .penalty && $0.forfeiture })
    }
}
