import Testing
import ClauseGuardModel
import ClauseGuardUnderstanding

/// One clause after a preamble naming the two parties.
private func understandClause(_ sentence: String, partyA: String = "某店", partyB: String = "某公司") -> ContractUnderstanding {
    PackageLexicons.understand(["甲方：\(partyA)", "乙方：\(partyB)", sentence])
}

/// Wordings of Chinese model contracts (employment, lease, sale, terms of service): dismissal and resignation, the
/// deposit rule, blank rates to fill in, impossibility that is no prohibition, extensions of a time inside the contract.
@Suite struct ModelContractWordingTests {
    private func keyTerms(_ sentence: String, _ family: KeyTerm.Family) -> [KeyTerm] {
        understandClause(sentence, partyA: "某公司", partyB: "某人").keyTerms.filter { $0.family == family }
    }

    @Test(arguments: ["乙方在合同期内有下列情况之一的，甲方可以辞退：", "甲方有下列情形之一的，乙方可以辞职：",
                      "如因甲方的过失造成乙方不能按期取得房地产权属证书，乙方有权提出退房。", "如乙方难于适应甲方调整的岗位，可申请离职。"])
    func dismissalResignationAndHandingBackAreTerminations(sentence: String) {
        #expect(!keyTerms(sentence, .termination).isEmpty)
    }

    /// 甲方可以提前十日通知乙方收回部分租赁设备: a lessor taking back leased equipment ends the lease of it.
    @Test func takingBackLeasedEquipmentIsATermination() {
        #expect(!keyTerms("租赁期内，甲方因设备调配需要，可以提前十日通知乙方收回部分租赁设备，并相应减少该部分设备的租金。", .termination).isEmpty)
    }

    /// 终止并不影响各方应有的权利: what the end leaves in force is no termination; the end by agreement still is one.
    @Test func whatTheEndLeavesInForceIsNoTermination() {
        #expect(keyTerms("合同的协议终止并不影响各方应有的权利和应当承担的责任。", .termination).isEmpty)
        #expect(!keyTerms("经双方协商一致，可以变更或解除合同。", .termination).isEmpty)
    }

    /// 在会议召开三周之前，将召开董事会的通知以书面发送各位董事: the notice follows 之前 in the next sub-clause.
    @Test func aNoticeSentInTheSubClauseAfterTheLeadIsANoticePeriod() {
        #expect(keyTerms("董事长最迟要在会议召开三周之前，将召开董事会的通知和议案，以书面发送各位董事。", .notice).first?.values.notice?.days == 21)
        // Near miss: a payment deadline first, the telling in a later sub-clause.
        #expect(keyTerms("乙方应在交货十日之前，付清货款，并通知甲方提货。", .notice).isEmpty)
    }

    /// 方可离职: leaving after an audit is a time, not a right to resign.
    @Test func leavingAfterAStepIsNoResignation() {
        #expect(keyTerms("审计完毕，双方代表在审计意见书上签字后，承包方方可离职。", .termination).isEmpty)
    }

    @Test(arguments: ["总经理、副总经理有营私舞弊或严重失职行为的，经董事会决定可随时解聘。",
                      "乙方人员屡戒不悛者，甲方有权向乙方提出解雇。"])
    func dismissingStaffIsNoTermination(sentence: String) {
        #expect(keyTerms(sentence, .termination).isEmpty)
    }

    @Test func impossibilityIsACauseNotABar() {
        let terms = keyTerms("如发生不可抗力致使本协议的履行成为不可能，本协议终止。", .termination)
        #expect(terms.count == 1)
        #expect(terms.first?.modality != .prohibition)
    }

    @Test(arguments: ["甲方除在合同解除之日起30日内向乙方双倍返还定金外，还应退还已付房款。",
                      "甲方未按期交付的，应按乙方已付款的＿＿％赔偿乙方损失。",
                      "乙方不经甲方同意私自离职的，赔偿甲方＿＿＿元。"])
    func theDepositRuleAndBlankFiguresArePenalties(sentence: String) {
        #expect(!keyTerms(sentence, .penalty).isEmpty)
    }

    @Test(arguments: ["如乙方未按约定时间交付店铺装修，甲方有权每延迟一天扣除服务费200元。",
                      "甲方中途停止合作，需一次性支付剩余合同期内全部服务费作为补偿。"])
    func aSumDockedForADefaultAndTheRemainingFeesArePenalties(sentence: String) {
        #expect(!keyTerms(sentence, .penalty).isEmpty)
    }

    @Test func aShareOfAFeeCutForAPoorAssessmentIsNoPenalty() {
        #expect(keyTerms("某一季度考核不合格的，甲方有权扣减该季度最后一个月固定服务费的30%。", .penalty).isEmpty)
    }

    @Test func aBareDutyToBearLossesIsNoPenalty() {
        #expect(keyTerms("甲方如不按合同规定的时间派出技术员，应承担乙方因此所受的损失。", .penalty).isEmpty)
    }

    @Test(arguments: ["在不可抗力引起延误的期间内，合同义务应暂停和自动延长，延长的时间和暂停时间相等。",
                      "试用期满，甲方应对乙方进行考核，不合格可延期或辞退。"])
    func extendingATimeInsideTheContractIsNoRenewal(sentence: String) {
        #expect(keyTerms(sentence, .auto_renewal).isEmpty)
    }

    @Test func aSumCountedOnThePartNotDeliveredIsAPenaltyNotABar() {
        let terms = keyTerms("供方不能交货的，应向需方偿付不能交货部分货款的百分之五的违约金。", .penalty)
        #expect(terms.count == 1)
        #expect(terms.first?.modality == .duty)
        #expect(terms.first?.values.percent == 5)
    }

    @Test(arguments: ["承租人擅自将房屋转租的，出租人有权收回房屋。", "甲方可随时收回承包经营权。", "会员违反本规则的，本站有权取消其会员资格。",
                      "如不同意修改后的条款，用户可以取消服务。"])
    func takingBackWhatTheContractLetOrCancellingItsServiceIsATermination(sentence: String) {
        #expect(keyTerms(sentence, .termination).count == 1)
    }

    @Test func aForceMajeureExceptionBarsNoOne() {
        let terms = keyTerms("供方如因自身原因未能交足合同数量（人力不可抗拒的灾害除外），按欠交部分货值罚款２０％。", .penalty)
        #expect(terms.count == 1)
        #expect(terms.first?.values.percent == 20)
    }

    @Test(arguments: ["有关质量方面索赔异议应于货到目的地后３个月内提出。", "买方的索赔期限为货到后60天。"])
    func aDeadlineForClaimsIsNoPenalty(sentence: String) {
        #expect(keyTerms(sentence, .penalty).isEmpty)
    }

    @Test func cancellingTheSalesConfirmationIsATermination() {
        #expect(keyTerms("买方未按期开出信用证的，卖方有权取消本确认书。", .termination).count == 1)
    }

    @Test(arguments: ["乙方交稿逾期的，出版社有权收回已付稿酬。", "需方可以取消尚未发货的单笔订单，本框架合同继续有效。"])
    func takingBackMoneyOrCancellingOneOrderIsNoTermination(sentence: String) {
        #expect(keyTerms(sentence, .termination).isEmpty)
    }

    @Test func ofTwoPeriodsInOneClauseTheNoticeFollowsItsOwn() {
        let terms = keyTerms("合同期满前两个月双方应协商续签事宜，如不续签应在期满前一个月通知对方。", .notice)
        #expect(terms.first?.values.notice?.days == 30)
    }

    @Test func acrossASemicolonTheFirstPeriodStaysTheSentences() {
        let terms = keyTerms("甲方解约提前7天就行；乙方解约须提前20天书面告知甲方。", .notice)
        #expect(terms.first?.values.notice?.days == 7)
    }

    @Test func theLifeOfARightRenewsNothing() {
        #expect(keyTerms("没有约定时，应视为被许可方在专利权存续期间实施该专利。", .auto_renewal).isEmpty)
    }

    @Test func aValidityRunningToAnEventIsTheTermsOwnEnd() {
        #expect(keyTerms("本保函自即日起生效，有效期到乙方全部履行本合同义务之日终止。", .termination).isEmpty)
        #expect(keyTerms("在本合同有效期内，甲方有权随时解除本合同。", .termination).count == 1)
        let guarantee = "如乙方未能履行义务而要求退款时，我行在接到通知后3天内退还款项，本保函自即日起生效，有效期到乙方全部履行义务之日终止。"
        #expect(keyTerms(guarantee, .termination).isEmpty)
        #expect(keyTerms("合同未到期双方均要解除合同的，由提出方交纳违约金。", .termination).count == 1)
    }

    @Test func theOtherSideOfTheBreachingPartyTerminates() {
        let other = keyTerms("一方严重违约，致使合同目的无法实现的，另一方可单方终止本合同。", .termination).first?.party
        #expect(other?.text == "另一方")
        let provider = understandClause("甲方逾期付款超过30日的，对方有权解除合同。").keyTerms.first { $0.family == .termination }?.party
        #expect(provider?.text == "对方")
        #expect(provider?.role == .provider)
    }

    @Test func doubleCompensationIsAPenalty() {
        #expect(keyTerms("甲方擅自变更装修标准的，乙方有权要求甲方补偿双倍的差价。", .penalty).count == 1)
    }

    @Test func payingBackTheTrainingOnLeavingIsAPenaltyBearingItIsNot() {
        #expect(keyTerms("乙方提前解除劳动合同的，应当向甲方偿还培训费。", .penalty).count == 1)
        #expect(keyTerms("甲方承担乙方的培训费用。", .penalty).isEmpty)
    }

    @Test(arguments: ["３１．２ 违约金的数额：", "违约金：＿＿＿＿＿＿。"])
    func aFormsPenaltyFieldLeftBlankIsAPenalty(field: String) {
        #expect(keyTerms(field, .penalty).count == 1)
    }

    @Test(arguments: ["违约金标准", "九、违约责任＿＿＿＿＿＿＿＿。"])
    func aHeaderCellOrABlankLiabilityHeadingIsNone(text: String) {
        #expect(keyTerms(text, .penalty).isEmpty)
    }

    @Test func aBarOnEndingAPartStaysABar() {
        let frames = understandClause("甲方不能部分解除本合同。").frames
        #expect(frames.contains { $0.modality == .prohibition && $0.action == .terminate })
    }

    @Test(arguments: [("如一方违约，违约方应按照实际损失的两倍进行赔偿。", 200.0), ("乙方逾期交房的，应按已付款的3倍赔偿甲方。", 300.0),
                   ("违约方应按实际损失的1.5倍赔偿守约方。", 150.0)])
    func aMultipleOfASumIsAPenaltyRate(sentence: String, percent: Double) {
        #expect(keyTerms(sentence, .penalty).first?.values.percent == percent)
    }

    @Test(arguments: [("违约方应按货款的二十倍赔偿对方。", 2000.0), ("违约方应按货款的十五倍赔偿对方。", 1500.0)])
    func aMultipleOfSeveralNumeralWordsIsReadWhole(sentence: String, percent: Double) {
        #expect(keyTerms(sentence, .penalty).first?.values.percent == percent)
    }

    @Test func aMultipleWithoutTheSumItMultipliesIsNoRate() {
        let terms = keyTerms("逾期交货的，乙方应加收一倍违约金。", .penalty)
        #expect(terms.count == 1)
        #expect(terms.first?.values.percent == nil)
    }

    @Test func theTermRunningOnUntilAnEventIsAnAutomaticRenewal() {
        let terms = keyTerms("如在服务期限内未完成协议约定服务项的，服务期限顺延至本协议义务履行完毕止。", .auto_renewal)
        #expect(terms.count == 1)
        #expect(terms.first?.automatic == true)
    }

    @Test(arguments: ["因甲方原因导致服务暂停的，服务期限相应顺延。", "乙方如因气候原因影响现场施工，工期可顺延至复工之日止。"])
    func anExtensionByTheTimeLostIsNoRenewal(sentence: String) {
        #expect(keyTerms(sentence, .auto_renewal).isEmpty)
    }

    @Test func theContractExtendedByItselfStillRenews() {
        let terms = keyTerms("本合同期满后，如双方均未提出异议，合同期限自动延长一年。", .auto_renewal)
        #expect(terms.first?.automatic == true)
    }

    /// 自…起生效，至…之日终止: a term running until a day is the contract's duration, no way to end it; a right to end it
    /// beside such a clause still is one.
    @Test func aTermRunningUntilADayIsNoTermination() {
        #expect(keyTerms("本合同自双方签字盖章之日起生效，至托运货物全部交付收货人并结清运费之日终止。", .termination).isEmpty)
        #expect(!keyTerms("甲方有权解除本合同，至乙方收到解除通知之日终止。", .termination).isEmpty)
    }
}

/// Frames of Chinese clauses that name the contract's end as a time, reserve a right, or list a remedy.
@Suite struct ChineseTimeAndReservationTests {
    private func frames(_ sentence: String) -> [ClauseFrame] {
        understandClause(sentence).frames
    }

    @Test func theEndAsATimeIsNotTheDuty() {
        let read = frames("乙方应在合同终止后将店铺数据移交甲方。")
        #expect(read.contains { $0.action == .hand_over && $0.modality == .duty })
        #expect(!read.contains { $0.action == .terminate })
    }

    @Test func aReservedRightIsARightAndAKeptCopyIsNone() {
        #expect(frames("乙方保留随时中断服务的权利。").contains { $0.action == .terminate && $0.modality == .right })
        #expect(!frames("乙方负责保留备份数据。").contains { $0.modality == .right })
    }

    @Test func aRemedyListItemThatOpensWithTerminationIsOne() {
        let u = PackageLexicons.understand(["甲方：某公司", "乙方：某人", "乙方逾期付款的，甲方有权按下列约定追究乙方的违约责任：",
                                            "１．终止合同，乙方按累计应付款的＿＿％向甲方支付违约金。"])
        #expect(u.keyTerms.contains { $0.family == .termination && $0.location.excerpt.hasPrefix("１．终止合同") })
    }

    @Test func joinedByBingTheRightCoversBothActions() {
        #expect(frames("如有违反，甲方有权要求赔偿并终止合同。").contains { $0.action == .terminate && $0.modality == .right })
    }
}

/// A right named after its action (有…的权利), the common written form beside 有权.
@Suite struct RightNamedAfterTests {
    @Test(arguments: ["甲方有解除本合同的权利。", "乙方行使中断服务的权利，不需对用户负责。", "甲方有提前解除合同的权利，但应提前三十日通知乙方。"])
    func aRightNamedAfterItsActionIsARight(sentence: String) {
        let frames = understandClause(sentence).frames
        #expect(frames.contains { $0.action == .terminate && $0.modality == .right && $0.actor != nil })
    }

    @Test func anActionWithoutTheRightNounIsNone() {
        let frames = understandClause("甲方有解除合同后的结算义务。").frames
        #expect(!frames.contains { $0.action == .terminate && $0.modality == .right })
    }
}

/// A party's early exit named as the condition of its cost (甲方提前解约的，…) is a way out; under 除非 it is none.
@Suite struct EarlyExitConditionTests {
    private func terminations(_ sentence: String) -> [KeyTerm] {
        understandClause(sentence).keyTerms.filter { $0.family == .termination }
    }

    @Test func anEarlyExitWithItsCostIsATermination() {
        let terms = terminations("甲方在合作期内提前解约的，已付服务费不退，并应支付违约金五千元。")
        #expect(terms.first?.party?.text == "甲方")
    }

    @Test func anEarlyExitUnderUnlessIsNone() {
        #expect(terminations("除非一方提前终止本协议，否则双方应继续履行本协议约定的义务。").isEmpty)
    }
}

/// Construction and joint-venture wordings: a blank period before an event, an inability inside a condition.
@Suite struct ConditionAndBlankPeriodTests {
    private func keyTerms(_ sentence: String) -> [KeyTerm] {
        understandClause(sentence, partyA: "某公司", partyB: "某建筑公司").keyTerms
    }

    @Test(arguments: ["乙方应在工程隐蔽前＿＿天书面通知甲方。", "乙方应于转让前××天书面通知甲方。"])
    func aBlankPeriodBeforeAnEventIsANotice(sentence: String) {
        #expect(keyTerms(sentence).contains { $0.family == .notice })
    }

    @Test func aBlankDeadlineWithinIsNoNotice() {
        #expect(!keyTerms("乙方必须于届满一年之前＿＿日内，向甲方提出执行情况的正式报告。").contains { $0.family == .notice })
    }

    @Test func anInabilityInAConditionDoesNotBarThePenalty() {
        let terms = keyTerms("由于乙方责任造成工程不能按合同规定时间交付使用的，乙方偿付逾期违约金。")
        #expect(terms.contains { $0.family == .penalty && $0.modality != .prohibition })
    }
}

/// Extensions of a joint venture's term: 延长合营期限 is the term's renewal, a deadline before expiry is its notice, and an
/// extension that needs approval is no renewal term.
@Suite struct TermExtensionTests {
    private func keyTerms(_ sentence: String) -> [KeyTerm] {
        understandClause(sentence, partyA: "某公司", partyB: "某外商").keyTerms
    }

    @Test(arguments: ["双方可以在合营期满六个月前向审批机构申请延长合营期限。",
                      "甲乙双方同意延长合营期限时，应在合营期满之前至少六个月，经董事会决议，并报中国有关当局批准。"])
    func aDeadlineBeforeExpiryToExtendIsANotice(sentence: String) {
        let terms = keyTerms(sentence)
        #expect(terms.contains { $0.family == .notice && $0.values.notice?.days == 180 })
        #expect(!terms.contains { $0.family == .auto_renewal })
    }

    @Test func aRenewalAppliedForAndGrantedIsNoAutomaticRenewal() {
        let terms = keyTerms("乙方有权在授权期限届满前六十日内书面申请续展一次，经甲方审核同意后，续展期限为十二个月。")
        #expect(!terms.contains { $0.family == .auto_renewal })
        #expect(keyTerms("授权期限届满后自动续展十二个月，除非任何一方在届满前六十日书面通知对方不再续展。").contains { $0.family == .auto_renewal && $0.automatic == true })
    }

    @Test func extendingADeliveryDateIsNoRenewal() {
        #expect(!keyTerms("乙方可以书面申请延长交货期，甲方应在五日内答复。").contains { $0.family == .auto_renewal })
    }
}

/// Leases of cars and contracted land: ways of ending them that name the thing handed or taken back.
@Suite struct HandingBackTheLeasedThingTests {
    private func keyTerms(_ sentence: String, _ family: KeyTerm.Family) -> [KeyTerm] {
        understandClause(sentence, partyA: "某公司", partyB: "某人").keyTerms.filter { $0.family == family }
    }

    /// A car lease: the renter returning the car early (提前还车) ends the lease on notice and pays a handling fee for it
    /// (手续费 holds no 续费, so the notice is no notice of non-renewal); the lessor taking the car back (收回车辆) ends it.
    @Test func returningARentalCarEarlyAndTakingItBack() throws {
        let sentence = "乙方提前还车的，应当提前____日通知甲方，甲方按实际使用天数结算租金，但应当按剩余租期租金的百分之二十收取提前还车手续费。"
        #expect(keyTerms(sentence, .penalty).first?.values.percent == 20)
        #expect(keyTerms(sentence, .notice).first?.purpose == .termination)
        #expect(!keyTerms(sentence, .termination).isEmpty)
        #expect(!keyTerms("乙方超过租期二十四小时未还车，也未与甲方取得联系的，甲方有权收回车辆。", .termination).isEmpty)
        // Near miss: a handling fee for a transfer is no fee for leaving.
        #expect(keyTerms("乙方办理车辆过户的，应向甲方支付手续费。", .penalty).isEmpty)
    }

    /// A farmer handing the land back (退回承包土地) and the employer taking back land contracted to the other side
    /// (收回乙方承包的土地) end a land contract.
    @Test(arguments: ["乙方如因劳动力减少无法继续承包土地，可向甲方提出退回承包土地的一部或全部。",
                      "乙方如仍然拒不履行义务的，甲方有权收回乙方承包的土地。"])
    func handingBackOrTakingBackContractedLand(sentence: String) {
        #expect(!keyTerms(sentence, .termination).isEmpty)
    }

    /// 未能取得…许可证的，本合同自动失效: 取得 holds no modal 得, so the contract lapses by itself (no party's right);
    /// 收回商铺 ends a shop lease.
    @Test func aLicenceNotObtainedAndAShopTakenBack() throws {
        let lapse = try #require(keyTerms("乙方自本合同签订之日起七十五日内未能取得食品经营许可证的，本合同自动失效。", .termination).first)
        #expect(lapse.modality != .right)
        #expect(!keyTerms("乙方将商铺转租他人的，甲方有权提前收回商铺。", .termination).isEmpty)
    }

    /// A licensor revoking the licence (撤销许可) ends a licence contract.
    @Test func revokingTheLicenceEndsTheContract() {
        #expect(!keyTerms("被许可人超出本合同约定的地域范围使用作品的，许可人有权撤销许可，并要求被许可人赔偿损失。", .termination).isEmpty)
    }

    /// 可以立即停止履行本合同: ceasing to perform the whole contract ends it; 暂停履行 only suspends it.
    @Test func ceasingToPerformTheContractEndsIt() {
        #expect(!keyTerms("乙方要求甲方派驻人员从事违法活动的，甲方有权拒绝，并可以立即停止履行本合同。", .termination).isEmpty)
        #expect(keyTerms("乙方逾期付款的，甲方可以暂停履行本合同。", .termination).isEmpty)
    }
}
