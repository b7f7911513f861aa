import Testing
import ClauseGuardUnderstanding

/// Penalties as Chinese contracts word them beyond 违约金: a late fee on 未付金额 (未 is no negation there), a fee for
/// leaving (解约金, 剩余服务费的30%作为补偿), interest charged for a default, and rates shown as written (千分之三 = 0.3%).
@Suite struct PenaltyWordingTests {
    private func penalties(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", sentence]).keyTerms.filter { $0.family == .penalty }
    }

    /// 无故放弃的，无权要求返还已支付的定金: earnest money the payer may not ask back is forfeited.
    @Test func earnestMoneyThePayerMayNotAskBackIsForfeited() {
        #expect(penalties("甲方签约后无故放弃合作的，无权要求返还已支付的定金人民币八千元。").first?.values.amount?.amount == 8000)
        // Near miss: money the payer may ask back is no forfeiture.
        #expect(penalties("合作期满后，甲方有权要求返还已支付的保证金人民币八千元。").isEmpty)
    }

    /// Keeping leased equipment past the end at a multiple of the rent (按日租金的两倍支付设备占用费) is a penalty by another
    /// name, paid by the side that keeps it.
    @Test func equipmentKeptPastTheEndPaysAMultipleOfTheRent() throws {
        let term = try #require(penalties("乙方逾期返还租赁设备的，逾期期间应按日租金的两倍向甲方支付设备占用费。").first)
        #expect(term.values.percent == 200)
        #expect(term.party?.role == .provider)
    }

    /// 甲方有权扣减服务费作为违约金 / 作为乙方的违约补偿: a sum docked for a default is paid by the side it is docked from.
    @Test func aSumDockedForADefaultIsPaidByTheSideDocked() throws {
        for sentence in ["乙方逾期交付的，甲方有权按每日千分之一扣减服务费作为违约金。",
                         "乙方未达成季度考核目标的，甲方有权扣减当季服务费的百分之二，作为乙方的违约补偿。",
                         "乙方逾期交付的，甲方有权每日扣减服务费的千分之一。"] {
            let term = try #require(penalties(sentence).first, "\(sentence)")
            #expect(term.party?.role == .provider, "\(sentence)")
            #expect(term.counterparty?.role == .client, "\(sentence)")
        }
    }

    /// 解约补偿 / 撤单费 / 空驶费: a fee for leaving or cancelling by other names.
    @Test(arguments: ["乙方在本合同生效未满六个月时解除本合同的，应向甲方支付解约补偿，金额为当月基础服务费之和。",
                      "广告主在发布日前不足九日撤单的，应向发布方支付合同总额百分之五十的撤单费。",
                      "托运人在承运车辆抵达装货地点后取消托运的，应按约定运费的百分之二十支付空驶费。"])
    func aFeeForLeavingByOtherNames(sentence: String) {
        #expect(!penalties(sentence).isEmpty)
    }

    /// 暂停期间逾期违约金照常计收: a charge "still collected" after the provider's suspension is still the merchant's to
    /// pay, not a penalty the provider pays.
    @Test func aChargeStillCollectedIsPaidByTheOtherSide() {
        let sentence = "甲方逾期支付服务费的，每逾期一日，应按逾期金额的千分之八向乙方支付违约金；逾期超过十日的，乙方另有权暂停全部服务，暂停期间逾期违约金照常计收。"
        let frames = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", sentence]).frames.filter { $0.action == .pay_penalty }
        #expect(frames.count == 2)
        #expect(frames.allSatisfy { $0.actor?.role == .client })
    }

    /// A refund nobody owes (营运方并无责任向客户退还已付服务费, 乙方不负责退还) is money kept; no duty to hand over
    /// (乙方并无义务向甲方移交资料) keeps no money.
    @Test func aRefundNobodyOwesIsMoneyKept() {
        #expect(!penalties("营运方并无责任向客户退还已付服务费。").isEmpty)
        #expect(!penalties("本合同终止后，乙方不负责退还已付服务费。").isEmpty)
        #expect(penalties("本合同终止后，乙方并无义务向甲方移交店铺数据及客户资料。").isEmpty)
    }

    @Test func lateFeeOnTheUnpaidAmount() throws {
        let term = try #require(penalties("甲方逾期付款的，每逾期一日，应按未付金额的千分之三向乙方支付滞纳金。").first)
        #expect(term.party?.role == .client)
        #expect(term.values.percent == 0.3)
        #expect(term.values.base == .overdue_amount)
        #expect(term.summary.zh.contains("0.3%/日"))
        #expect(!term.summary.zh.contains("0000"))
    }

    /// 应赔偿我方全部损失并支付违约金: paying the penalty after paying the damages is the same party's duty, not a
    /// statement of the party just named as the one paid.
    @Test func aSecondPaymentInTheSameDutyIsTheSamePartys() {
        let u = PackageLexicons.understand(["商家违约的，应赔偿我方全部损失并支付违约金。"])
        let payers = u.frames.filter { $0.action == .pay_penalty }.compactMap { $0.actor?.role }
        let onlyClient = payers == [FrameRole.client]
        #expect(onlyClient)
        // Near miss: a second party named after a comma pays on its own.
        let two = PackageLexicons.understand(["商家违约的，应赔偿我方全部损失，我方违约的，向商家支付违约金。"])
        let secondPayers = two.frames.filter { $0.action == .pay_penalty }.compactMap { $0.actor?.role }
        let providerPays = secondPayers.contains(FrameRole.provider)
        #expect(providerPays)
    }

    /// 乙方服务费晚付的，按欠款的1%收滞纳金: a charge whose only party is the late payer of the condition is charged to
    /// that party; a party that holds the right to charge it in the sentence (乙方有权…收取违约金) is paid.
    @Test func aChargeFallsOnThePartyOfTheCondition() throws {
        for sentence in ["（甲方是工作室，乙方是店家）乙方服务费晚付的，每晚一天按欠款的1%收滞纳金，拖过10天甲方直接停服务。",
                         "乙方服务费晚付的，每晚一天按欠款的1%收滞纳金。"] {
            let u = PackageLexicons.understand(["甲方(服务方)：某工作室", "乙方(委托方)：某店", sentence])
            #expect(u.keyTerms.first { $0.family == .penalty }?.party?.role == .client, "\(sentence)")
        }
        let charged = try #require(penalties("甲方未按时付款的，乙方有权暂停服务，并按欠款总额每日1%收取违约金。").first)
        #expect(charged.party?.role == .client)
    }

    /// A cap on what one side answers for sets no damages, whatever exception opens the sentence; the platform's
    /// "七天无理由退货" rule is a name, so a deposit docked for breaking it is docked for a cause.
    @Test func aLiabilityCapIsNoPenaltyAndAReturnsRuleIsACause() throws {
        #expect(penalties("除故意或重大过失外，乙方在本协议项下承担的累计赔偿责任以甲方在索赔前十二个月内实际支付的服务费总额为限。").isEmpty)
        let docked = try #require(penalties("甲方违反七天无理由退货规则的，每次扣除保证金人民币贰仟元。").first)
        #expect(docked.trigger == .for_cause && docked.values.amount?.amount == 2000)
    }

    /// Leaving a lease early (提前退租费) is a sum paid for a default; a service credit (服务抵扣) for a missed service
    /// level is a price adjustment, no penalty (as the reference labels count it).
    @Test func earlyReturnFeeAndServiceCredit() {
        #expect(penalties("甲方在最短租期届满前退还设备的，应按剩余租期租金总额的百分之四十向乙方支付提前退租费。").first?.values.percent == 40)
        #expect(penalties("乙方未能在响应时限内处理一级故障的，每超时一次，按当月服务费的百分之三给予甲方服务抵扣。").isEmpty)
    }

    /// A fine the platform imposes, which a party bears (平台罚款由乙方承担), is none the contract sets; a penalty beside
    /// it still is.
    @Test func aPlatformFineIsNoPenaltyBetweenTheParties() {
        #expect(penalties("因缺货、发货延迟导致的店铺体验分下降、扣分及平台罚款由乙方承担。").isEmpty)
        #expect(penalties("因乙方刷单导致的平台的罚款由乙方承担。").isEmpty)
        #expect(penalties("乙方客服应在买家咨询后3分钟内首次响应，因乙方客服超时导致的平台扣分或罚款由乙方承担。").isEmpty)
        #expect(penalties("因乙方违规操作导致店铺被平台处罚的，乙方应承担全部平台罚款并向甲方支付违约金5000元。").first?.values.amount?.amount == 5000)
    }

    /// 未摊销 (not yet written off) describes the base, it negates no payment; 取消费 is the price of cancelling.
    @Test func compensationMeasuredByWhatIsNotWrittenOffAndACancellationFee() {
        #expect(penalties("租赁期内甲方确需提前收回该房屋的，应当提前三个月书面通知乙方，并按乙方未摊销装修投入及剩余租期月租金总额的百分之十五给予乙方补偿。").first?.values.percent == 15)
        #expect(penalties("在开课日前十日以内通知取消的，甲方应按该期次培训费的百分之八向乙方支付取消费。").first?.values.percent == 8)
    }

    /// 违约金不足以弥补损失的，另行赔偿: damages beyond a penalty set elsewhere set none; a penalty named outside that
    /// phrase, in the same sentence, still does.
    @Test func damagesBeyondAPenaltySetElsewhereAreNone() {
        #expect(penalties("违约金不足以弥补损失的，守约方可以就差额部分另行主张赔偿。").isEmpty)
        #expect(penalties("乙方违约给甲方造成损失，且违约金不足以弥补的，乙方还应当赔偿甲方的实际损失。").isEmpty)
        #expect(penalties("乙方违反保密义务的，应向甲方支付违约金20,000元；违约金不足以弥补甲方损失的，乙方还应补足差额。").first?.values.amount?.amount == 20000)
    }

    /// Ad spend already consumed is gone, not a fee the provider keeps; fees paid and kept are still a forfeiture.
    @Test func spentMoneyIsNoForfeiture() {
        #expect(penalties("甲方可随时暂停某一推广计划，已消耗的推广费用不予退还。").isEmpty)
        #expect(penalties("甲方中途解约的，已支付的服务费不予退还。").contains { $0.forfeiture })
    }

    /// A cross-border team writes the parties in English inside Chinese sentences: Brand pays, Agency is paid.
    @Test func partiesNamedInEnglishInsideChinese() throws {
        let term = try #require(penalties("本协议项下，Brand违反任何条款的，应向Agency支付违约金人民币8,000元。").first)
        #expect(term.party?.role == .client)
        let provider = try #require(penalties("本协议项下，Agency违反任何条款的，应向Brand支付违约金人民币8,000元。").first)
        #expect(provider.party?.role == .provider)
    }

    /// Interest counted until the late payment is made is charged for a default, even with its rate left blank.
    @Test func interestUntilThePaymentIsMadeIsAPenalty() {
        #expect(!penalties("自本合同规定的应付款限期之第二天至实际付款之日止，月利息按＿＿＿计算。").isEmpty)
        // Near miss: a loan's interest for its term is its price.
        #expect(penalties("借款期限内，月利息按＿＿＿计算。").isEmpty)
    }

    /// A sum docked per shortfall is a penalty even without a modal verb; fees settled by deduction are no penalty.
    @Test func deductionForAShortfall() throws {
        let term = try #require(penalties("乙方未按约定场次完成直播的，每少一场扣减服务费800元。").first)
        #expect(term.values.amount?.amount == 800)
        #expect(penalties("服务费从货款中扣除。").isEmpty)
        #expect(penalties("乙方应按月从货款中扣除服务费800元。").isEmpty)
    }

    /// Spoken sums: a rate in tenths (三成) and a floor without 元 (最少八千, 最低8000) are read; a count is no floor.
    @Test func spokenRateAndFloor() throws {
        let term = try #require(penalties("甲方中途解约的，剩余服务费按三成赔偿乙方，最少八千。").first)
        #expect(term.values.percent == 30)
        #expect(term.values.floor?.amount == 8000)
        let digits = try #require(penalties("甲方中途解约的，按剩余服务费的30%赔乙方，最低8000。").first)
        #expect(digits.values.floor?.amount == 8000)
        let counted = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方违约的，应向甲方支付违约金，并至少补播3场。"])
        #expect(counted.frames.allSatisfy { $0.values.floor == nil })
    }

    /// Demurrage (滞期费) is a charge per day of delay.
    @Test func demurrage() throws {
        let term = try #require(penalties("滞期费应按每连续日支付2000元，不足一日者按比例计算。").first)
        #expect(term.values.amount?.amount == 2000)
    }

    @Test(arguments: [
        ("如甲方提前终止合同，应向乙方支付剩余合同期服务费的30%作为补偿，但最低不少于5000元。", "最低5000元"),
        ("提前解约的，甲方需支付解约金10000元。", "10000元"),
    ])
    func feeForLeaving(sentence: String, shown: String) throws {
        let term = try #require(penalties(sentence).first)
        #expect(term.party?.role == .client)
        #expect(term.summary.zh.contains(shown))
    }

    /// The default a penalty is for, written as a 的-clause before it, holds a negation (不按时, 不履行, 未按期) that is no
    /// negation of the penalty; a lifted duty (无需支付的违约金) and a plain refusal (不支付违约金) still are.
    @Test(arguments: [
        ("甲方不按时支付服务费的滞纳金为每日千分之五。", 0.5),
        ("不履行本合同的罚金按合同总额的10%计算。", 10),
        ("乙方未按期交货的违约金为货款的5%。", 5),
    ])
    func negatedDefaultBeforeThePenalty(sentence: String, percent: Double) throws {
        let term = try #require(penalties(sentence).first)
        #expect(term.values.percent == percent)
    }

    /// A daily rate counted per day of delay in other words (每迟延一天, 每逾期一天, 每延误一日).
    @Test(arguments: [
        "甲方未按本合同约定支付费用的，每迟延一天，应支付未付款项0.05%的违约金。",
        "乙方逾期交货的，每逾期一天，按货款的0.05%向甲方支付违约金。",
        "乙方每延误一日，应按货款的0.05%向甲方支付违约金。",
    ])
    func dailyRateInOtherWords(sentence: String) throws {
        let term = try #require(penalties(sentence).first)
        #expect(term.values.perDay)
        #expect(term.values.percent == 0.05)
    }

    /// A right to keep the money (甲方有权没收保证金) is the other side's loss: the forfeiture names the party that loses it.
    @Test func confiscationNamesThePartyThatLoses() throws {
        let term = try #require(penalties("乙方应向甲方交纳履约保证金2万元，乙方违约的，甲方有权没收保证金。").first { $0.forfeiture })
        #expect(term.party?.role == .provider)
        #expect(term.counterparty?.role == .client)
    }

    /// 不退还房屋 refuses to hand back a thing, not money: the late fee after it is the penalty, with no forfeiture.
    @Test func aThingNotHandedBackIsNoForfeiture() throws {
        let terms = penalties("租赁期满承租方不退还房屋的，按日加收原租金的双倍。")
        #expect(!terms.contains { $0.forfeiture })
        #expect(terms.contains { $0.party?.role == .client })
    }

    /// Fees kept and a sum paid on top in one sentence are two penalty terms, so the sum keeps its rate and floor.
    @Test func feesKeptAndASumOnTopAreTwoTerms() throws {
        let terms = penalties("乙方中途解约的，已支付的服务费不予退还，并应向甲方支付剩余服务费的30%作为违约金，最低不少于5000元。")
        #expect(terms.count == 2)
        #expect(terms.contains { $0.forfeiture })
        let sum = try #require(terms.first { !$0.forfeiture })
        #expect(sum.values.percent == 30 && sum.values.floor?.amount == 5000)
        #expect(sum.summary.zh.contains("最低5000元"))
    }

    /// The per-day unit right after the sum ("$500 for each day", 100元/每天) makes it a daily rate.
    @Test func perDayUnitAfterTheSum() throws {
        let chinese = try #require(penalties("乙方逾期交货的，应向甲方支付违约金100元/每天。").first)
        #expect(chinese.values.perDay && chinese.values.amount?.amount == 100)
        let english = try #require(PackageLexicons.understand(["This Agreement is made between Acme Inc. (\"Customer\") and Northwind LLC (\"Provider\").",
                                                              "Provider shall pay a penalty of $500 for each day the report is late."])
            .keyTerms.first { $0.family == .penalty })
        #expect(english.values.perDay)
    }

    @Test func liftedOrRefusedPenaltyStaysNone() {
        #expect(penalties("乙方无需支付的违约金为0元。").isEmpty)
        #expect(penalties("乙方不支付违约金。").isEmpty)
    }

    @Test func interestChargedForADefault() {
        #expect(!penalties("迟延付款的，按照中国人民银行同期贷款利率的1.5倍计收利息。").isEmpty)
    }

    @Test func floorWrittenAsNotLessThan() throws {
        let term = try #require(penalties("乙方提前解除本合同的，应按剩余托管期限内服务费总额的30%支付违约金，违约金不足8,000元的按8,000元计算。").first)
        #expect(term.values.floor?.amount == 8000)
        #expect(term.values.amount == nil)
        #expect(term.values.base == .remaining_fee)
    }

    @Test func terminationWordNamingAnApplication() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方应在提出解约申请之日起7日内支付违约金。"])
        #expect(u.frames.contains { $0.action == .pay_penalty && $0.modality == .duty })
        #expect(!u.frames.contains { $0.action == .terminate && $0.modality == .duty })
    }

    @Test func depositForfeitedIsAPenalty() {
        #expect(penalties("乙方严重违约的，甲方有权解除合同，并没收全部运营保证金。").contains { $0.forfeiture })
    }

    @Test func theDeductingPartyReceivesThePenalty() throws {
        let term = try #require(penalties("乙方违约的，甲方有权从履约押金中直接扣除违约金。").first)
        #expect(term.party?.role == .provider)
    }

    @Test func compensationWithoutASumIsNoPenalty() {
        #expect(penalties("甲方应补偿乙方为此支出的合理费用。").isEmpty)
        #expect(penalties("本合同项下的贷款利率为年利率4.35%。").isEmpty)
    }

    /// 承担交通管理部门依法作出的罚款: a fine an authority imposes in other words sets none.
    @Test func anAuthoritysFineInOtherWords() {
        #expect(penalties("租期内发生的交通违法行为，由乙方负责处理，并承担交通管理部门依法作出的罚款和记分。").isEmpty)
    }

    /// 赔偿总额不超过已收取的三个月基础服务费: months of fees under a cap measure the most owed, no sum owed; months of
    /// fees owed for leaving early still are a penalty's measure.
    @Test func monthsOfFeesUnderACapAreNoPenalty() {
        #expect(penalties("甲方违约的，应赔偿乙方因此遭受的直接损失，但赔偿总额不超过乙方已收取的三个月基础服务费。").isEmpty)
        #expect(!penalties("乙方提前解除本合同的，应向甲方赔偿三个月的基础服务费。").isEmpty)
    }

    /// 应缴而未缴出资额 (未缴 describes the base, no negation of the payment); the law's adjustment of a penalty
    /// (违约金过分高于损失的，可以请求…予以适当调整) sets none.
    @Test func unpaidCapitalIsABaseAndTheCourtsAdjustmentIsNoPenalty() {
        #expect(penalties("合营一方未按期缴付出资的，每逾期一个月，应按应缴而未缴出资额的百分之一向守约方支付迟延出资违约金。").first?.values.percent == 1)
        #expect(penalties("约定的违约金低于或者过分高于造成的损失的，当事人可以请求人民法院或者仲裁机构予以适当调整。").isEmpty)
    }

    /// Severance the law sets (每满一年支付一个月工资的经济补偿) and a fine an authority imposes (被有关部门处以罚款) are no
    /// penalty of the contract's.
    @Test func severanceAndAnAuthoritysFineAreNoPenalty() {
        #expect(penalties("甲方依照本合同第＿＿＿条的规定解除劳动合同的，应按乙方在本单位的工作年限，每满一年支付一个月工资的经济补偿。").isEmpty)
        #expect(penalties("乙方在经营中因违反消防规定被有关部门处以罚款的，罚款由乙方自行承担。").isEmpty)
        #expect(!penalties("乙方无故解除劳动合同的，应向甲方支付违约金三万元。").isEmpty)
    }

    /// 委托解除费 is the price of ending the mandate; a cap per accident (赔偿额以当月服务费总额为限) and the tax office's
    /// late charge (按税务机关的规定缴纳滞纳金) set none.
    @Test func aFeeForEndingTheMandateACapAndTheTaxOfficesCharge() {
        #expect(!penalties("委托期限内，委托人要求解除本合同的，应提前七日书面通知居间人，并向居间人支付委托解除费人民币２０００元。").isEmpty)
        #expect(penalties("乙方派驻人员因重大过失造成甲方财产损失的，由乙方承担赔偿责任，但每一事故的赔偿额以当月服务费总额为限。").isEmpty)
        #expect(penalties("合营公司逾期申报纳税的，应按税务机关的规定缴纳滞纳金。").isEmpty)
    }

    /// 每逾期交货一天…支付货款总额的千分之二 / 每延误一场…支付800元: a sum for each unit of delay is a penalty though no
    /// word names one; a fee paid by a date is none.
    @Test func aSumForEachUnitOfDelay() {
        #expect(penalties("乙方每逾期交货一天，应向甲方支付货款总额的千分之二。").first?.values.percent == 0.2)
        #expect(penalties("乙方延误开播的，每延误一场向甲方支付800元。").first?.values.amount?.amount == 800)
        #expect(penalties("甲方应于每月5日前向乙方支付服务费10000元。").isEmpty)
    }
}
