import Testing
import ClauseGuardModel
import ClauseGuardUnderstanding

/// Loan contracts: the lender calling the loan in early ends the contract; collecting it when due does not. And a
/// contract that ends as a consequence (合同随之解除) ends by itself.
@Suite struct LoanContractTests {
    private func terminations(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["贷款方：某银行", "借款方：某公司", "第五条 " + sentence]).keyTerms.filter { $0.family == .termination }
    }

    @Test(arguments: ["借款方挪用借款的，贷款方有权限期追回贷款。", "借款方提供虚假报表的，贷款方有权宣布贷款提前到期。",
                      "出现上述情形的，贷款方可以提前收回贷款。"])
    func callingTheLoanInEndsIt(sentence: String) {
        #expect(terminations(sentence).first?.party?.role == .provider)
    }

    /// 逾期…收取加息 / 罚息: a surcharge on an overdue loan is a penalty; the loan's own rate is its price.
    @Test func aSurchargeOnAnOverdueLoanIsAPenalty() {
        let penalties = { (s: String) in PackageLexicons.understand(["贷款方：某银行", "借款方：某公司", s]).keyTerms.filter { $0.family == .penalty } }
        #expect(!penalties("借款逾期１年以上，贷款人则在上述利率基础上，向借款人收取２０％至５０％的加息。").isEmpty)
        #expect(penalties("贷款人按年利率５％向借款人收取利息。").isEmpty)
    }

    @Test func collectingTheLoanWhenDueEndsNothing() {
        #expect(terminations("借款到期不能归还的，贷款方有权拍卖抵押物，收回贷款本息。").isEmpty)
    }

    @Test func aContractEndingAsAConsequenceEndsByItself() {
        #expect(terminations("许可人的专利被宣告无效的，本合同随之解除。").count == 1)
    }

    @Test func measuresListedAfterAPointingWordAreTheLendersExits() throws {
        let understanding = PackageLexicons.understand(["贷款方：某银行", "借款方：某公司", "第九条 违约事件",
                                                        "二、借款方逾期还款的，贷款方有权采取下述一项或几项措施：",
                                                        "１．限期纠正；", "２．宣布全部借款立即到期。"])
        let term = try #require(understanding.keyTerms.first { $0.family == .termination })
        #expect(term.party?.role == .provider)
    }

    @Test func anItemThatIsOnlyTheTermRunningOutIsNoTermination() {
        let understanding = PackageLexicons.understand(["甲方：某公司", "乙方：某公司", "第四十条 本合作企业在下述情况下解散：",
                                                        "１．合作期满；", "２．一方严重违约，致使企业无法继续经营。"])
        let terms = understanding.keyTerms.filter { $0.family == .termination }
        #expect(terms.contains { $0.location.excerpt.contains("严重违约") })
        #expect(terms.allSatisfy { !$0.location.excerpt.contains("合作期满") })
    }
}
