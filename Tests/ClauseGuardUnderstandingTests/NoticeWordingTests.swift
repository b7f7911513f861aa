import Testing
import ClauseGuardUnderstanding

/// Notice periods written without 提前: a lead word before the period (预先, 事先), a notice period named after it
/// (不少于60天的通知期), a letter as the notice (函告, 解除函), a termination named only in the notice's condition.
@Suite struct NoticeWordingTests {
    private func notices(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", sentence]).keyTerms.filter { $0.family == .notice }
    }

    @Test(arguments: [
        ("乙方要求终止合同的，须预先30天告知甲方。", 30),
        ("承租人需要退租的，应事先一个月通知出租人。", 30),
        ("甲方解除合同，须给予乙方不少于60天的通知期。", 60),
        ("甲方拟提前终止合作的，须至少提前九十日以书面形式函告乙方。", 90),
        // The period's unit without 日/月 in it, 提前 before 半, and 书面 inside the named notice period.
        ("甲方解除合同须提前一个季度书面通知乙方。", 90),
        ("乙方辞职应提前半个月以书面形式提出解除申请。", 15),
        // A natural month (自然月) is a month.
        ("甲方解除本合同须提前一个自然月书面通知乙方。", 30),
        ("一方需要解除合同的，须给予对方十五天的书面通知期。", 15),
        // The end taking effect a period after the notice; a transition period before the provider leaves.
        ("甲方有权以书面方式通知乙方终止本合同，终止自通知发出之日起15日后生效。", 15),
        ("乙方如需退出，应给予甲方不少于30日的过渡期后方可解除本合同。", 30),
        // The period before 以前, and a notice given as a noun ("60 days' written notice").
        ("乙方需要终止合同时，须在终止日三十天以前通知甲方。", 30),
        ("许可方可以在给予被许可方六十天的书面通知后终止本合同。", 60),
        ("乙方欲解约的，须给予甲方不少于两个月的书面通知。", 60),
        // The end on the 15th day after the notice (an ordinal, which no duration is).
        ("甲方有权以书面方式通知乙方终止本合同，终止自通知发出之日起第15日生效。", 15),
        // 之前 just before the notice; an employee's resignation ends the contract from its side.
        ("任何一方要求解除合同，应在十五天之前通知对方。", 15),
        ("乙方如欲辞职，须提前一个月以书面形式向甲方提出。", 30),
    ])
    func noticeOfTermination(sentence: String, days: Double) {
        let found = notices(sentence)
        #expect(found.count == 1)
        #expect(found.first?.values.notice?.days == days)
        #expect(found.first?.purpose == .termination)
    }

    /// Telling ahead in other words: an appointment before entering (预约), a warning given ahead (预告之), a written
    /// reminder before suspending the service (催告).
    @Test(arguments: [
        ("物业服务人确需进入业主专有部分的，应当提前两个工作日与业主预约。", 2.0),
        ("雇主依前條規定終止勞動契約者，應於二十日前預告之。", 20.0),
        ("甲方逾期付款的，乙方在暂停服务前应提前五个工作日向甲方发出书面催告。", 5.0),
        // A plan put to the other side ahead, and the case explained to it ahead.
        ("乙方报名百亿补贴、秒杀等平台大型活动的，应提前五日向甲方提交活动方案及价格测算。", 5.0),
        ("主播因档期冲突需调整已确认场次的，应至少提前两周向品牌方说明情况并提供替代方案。", 14.0),
        // An application filed ahead, and an instruction put to the warehouse ahead (24 hours = 1 day).
        ("如需调整下月的托管套餐，商家应至少提前5天在后台提交申请。", 5.0),
        ("存货人要求提货的，应当提前48小时向仓储方提交提货指令。", 2.0),
    ])
    func noticeInOtherWords(sentence: String, days: Double) {
        #expect(notices(sentence).first?.values.notice?.days == days, "\(sentence)")
    }

    /// 继续 (continuing) holds 续 but renews nothing: a notice to end a labour contract for staff who continued working
    /// is a notice of termination.
    /// Leaving because one cannot go on (无法继续履行本协议的 / 没法继续做的) is what the notice is for.
    @Test func noticeWhenUnableToGoOnIsForTermination() {
        #expect(notices("受托人因健康等个人原因无法继续履行本协议的，应提前十五日通知委托人，并配合完成交接。").first?.purpose == .termination)
        #expect(notices("乙方因为自己的原因没法继续做的，要提前十五天告诉甲方，合同就结束。").first?.purpose == .termination)
        #expect(notices("我们因为团队调整无法继续服务的，应提前十五天告诉您，并退还没用完的服务费。").first?.purpose == .termination)
        #expect(notices("乙方因业务调整无法继续提供服务的，应提前二十日书面通知甲方。").first?.purpose == .termination)
    }

    /// A sum due a period before a date (续展期的服务费应于续展期开始前十日支付) is a payment deadline, not notice given
    /// ahead; notice and payment together (应提前十日通知甲方并支付违约金) still are.
    @Test func aPaymentDueAheadIsNoNotice() {
        #expect(notices("合同自动续展的，甲方应于续展期开始前十日支付下一年度服务费。").isEmpty)
        #expect(notices("本合同续期的，委托方应在新服务期开始前七日内付清该期服务费。").isEmpty)
        #expect(notices("乙方应提前十日书面通知甲方并支付违约金。").first?.values.notice?.days == 10)
    }

    @Test func continuingIsNoRenewalCue() {
        #expect(notices("用人单位解除劳动合同的，对于继续工作满一年的劳动者，应于二十日前书面告知。").first?.purpose == .termination)
        #expect(notices("合同到期前一个月，乙方如不续，应通知甲方。").first?.purpose == .non_renewal)
    }

    @Test func noticeToEndTheContractIsATerminationTerm() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "本合同一方如要求提前终止合同，应当提前十五日通知对方。"])
        #expect(u.keyTerms.contains { $0.family == .termination })
        #expect(u.keyTerms.contains { $0.family == .notice && $0.purpose == .termination })
    }

    @Test func askingToEndWithNoticeAheadIsATerminationTermWithoutAPeriod() {
        let u = PackageLexicons.understand(["甲方：某公司", "乙方：某工厂", "当事人一方要求变更或解除合同，应提前通知对方，并采用书面形式由当事人双方达成协议。"])
        #expect(u.keyTerms.contains { $0.family == .termination })
        #expect(!u.keyTerms.contains { $0.family == .notice })
        // A notice after the contract has ended is no way to end it.
        let after = PackageLexicons.understand(["甲方：某公司", "乙方：某工厂", "甲方解除合同后，应及时通知乙方。"])
        #expect(!after.keyTerms.contains { $0.family == .termination })
    }

    @Test func leadInEndingOnTerminationIsATerminationTerm() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "本协议在下列情况下终止："])
        #expect(u.keyTerms.contains { $0.family == .termination })
    }

    @Test func bothSidesTalkingItOverAheadIsNoNotice() {
        #expect(notices("协议期满前30个工作日，双方应就续签事宜进行协商。").isEmpty)
        #expect(notices("协议期满前______个工作日，双方应就续签事宜进行协商。").isEmpty)
        #expect(notices("合同期满前三个月，双方应就续约进行谈判。").isEmpty)
        // One side asking the other ahead is notice given ahead.
        #expect(notices("甲方如需解除合同，应提前十天与乙方协商。").first?.values.notice?.days == 10)
        #expect(notices("期满前两个月双方协商续签，如不续签应在期满前一个月通知对方。").first?.values.notice?.days == 30)
    }

    /// A window counted in days back from the end: its last day is the notice period.
    @Test func aWindowOfDaysCountedBackIsANoticePeriod() {
        #expect(notices("客户如不欲续展本协议，须于当期期限届满前第一百二十（120）日起至第九十（90）日止之期间内，以书面形式通知服务提供者。").first?.values.notice?.days == 90)
        #expect(notices("您要是不想续了，得在合同到期前第一百天之前书面跟我们说。").first?.values.notice?.days == 100)
        let english = ["Acme Retail Inc. (\"Merchant\") and Northwind Digital LLC (\"Agency\").",
                       "The Merchant may give notice of non-renewal only between day 110 and day 95 before expiry.",
                       "If you don't want to renew, tell us in writing somewhere between day one-twenty and day one hundred before the end date."]
        let days = PackageLexicons.understand(english).keyTerms.filter { $0.family == .notice }.compactMap { $0.values.notice?.days }
        #expect(days == [95, 100])
        // A month counted back closes a month later: the fourth month before expiry ends three months before it.
        #expect(notices("甲方如不续约，须于合同到期前第三个月内书面通知乙方。").first?.values.notice?.days == 60)
        let month = PackageLexicons.understand([english[0], "Notice of non-renewal must be received by the Agency during the fourth month before expiry."])
        #expect(month.keyTerms.first { $0.family == .notice }?.values.notice?.days == 90)
        // A day of the term is no window before its end.
        #expect(notices("服务期第三十日起至第六十日，乙方应每周通知甲方运营数据。").isEmpty)
    }

    @Test func deadlineBeforeAnAnniversaryIsNoNotice() {
        #expect(notices("乙方必须于届满一年之前向甲方提出执行情况的正式报告。").isEmpty)
    }

    @Test func aQuestionBeforeTheNoticeGivesItsPurpose() {
        #expect(notices("不想续约？请至少提前30天书面告知我们。").first?.purpose == .non_renewal)
        #expect(notices("想提前解约？请至少提前30天书面告知我们。").first?.purpose == .termination)
        let english = PackageLexicons.understand(["Acme Retail Inc. (\"you\") and Northwind Digital LLC (\"Agency\").",
                                                  "Don't want to renew? Tell us at least 90 days before your end date."])
        #expect(english.keyTerms.first { $0.family == .notice }?.purpose == .non_renewal)
        // Without a question the notice keeps no purpose it does not state.
        #expect(notices("关于续约事宜。请至少提前30天书面告知我们。").first?.purpose == .other)
    }

    /// Asking or telling the other side ahead (协商, 谈判, 书面申请, 报请, 征得…同意, 电告) is notice given ahead.
    @Test(arguments: [
        ("乙方变更产品规格，应提前十天与甲方协商。", 10),
        ("甲方如需增加人员，应提前一个月书面申请。", 30),
        ("乙方需动用保证金的，须提前五日报请甲方批准。", 5),
        ("乙方如需更换项目负责人，应提前十五日征得甲方同意。", 15),
        ("乙方应在发货前三天电告甲方。", 3),
    ])
    func askingAheadIsNotice(sentence: String, days: Double) {
        let found = notices(sentence)
        #expect(found.count == 1)
        #expect(found.first?.values.notice?.days == days)
    }

    /// Without a period given ahead the same verbs are no notice: a dispute to settle, a deadline after an event, a
    /// permit from an authority, a document handed over.
    @Test(arguments: [
        "双方应协商解决争议。",
        "经双方协商一致，可以解除本合同。",
        "劳动者应当自劳动争议发生之日起六十日内申请仲裁。",
        "甲方应在开工前十天申请施工许可。",
        "乙方应在验收前十天向甲方提供以下文件。",
    ])
    func askingWithoutAPeriodAheadIsNoNotice(sentence: String) {
        #expect(notices(sentence).isEmpty)
    }

    /// A period left blank with spaces (提前　个月, 提前　　天) is a notice whose period is unstated, as ＿＿ is.
    @Test(arguments: ["出租方如需收回房屋，应提前　个月通知承租方。", "乙方解除合同，应提前　　天通知甲方。",
                      "借款方如需延长用款期，应在用款期结束前　　天书面通知贷款方。"])
    func periodBlankedWithSpaces(sentence: String) throws {
        let term = try #require(notices(sentence).first)
        #expect(term.values.noticeUnstated && term.values.notice == nil)
    }

    /// 延期付款 / 延期交货 put off an act of performance: a notice about it is no notice of (non-)renewal.
    @Test func postponingPaymentRenewsNothing() {
        #expect(notices("甲方需要延期付款的，应提前十日通知乙方。").first?.purpose == .other)
        #expect(notices("乙方如需延期交货，应提前十日通知甲方。").first?.purpose == .other)
        let renewals = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方如需延期交货，应提前十日通知甲方。"])
            .keyTerms.filter { $0.family == .auto_renewal }
        #expect(renewals.isEmpty)
        // The contract itself put off is still its renewal.
        #expect(notices("甲方如需延期本合同，应在期满前三十日书面通知乙方。").first?.purpose != .other)
    }

    @Test func periodCountedBackwardsIsNoNotice() {
        #expect(notices("甲方单方面终止本合作协议的，违约金按终止合作当日往前推算半年的实际销售额乘以佣金比例计算。").isEmpty)
        #expect(notices("解约补偿按解约之日向前推算三个月的服务费计算。").isEmpty)
    }

    /// 合同生效后的前三个月 / 前两个月为磨合期: the first months of the term, not notice given ahead; a bar on leaving in
    /// them is no right to leave.
    @Test func theFirstMonthsOfATermAreNoNotice() {
        let first = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "合同生效后的前三个月为试运营期，试运营期内甲方不得以销量不佳为由解除本合同。"])
        #expect(first.keyTerms.filter { $0.family == .notice || $0.family == .termination }.isEmpty)
        #expect(notices("前两个月为磨合期，磨合期内服务费按八折收取。").isEmpty)
        // Near miss: before a start (续期开始前7日) and before the end (到期前两个月) are notice given ahead.
        #expect(notices("乙方调整续期服务费的，应在续期开始前7日书面通知甲方。").first?.values.notice?.days == 7)
        #expect(notices("甲方不再续约的，应于合同到期前两个月书面通知乙方。").first?.values.notice?.days == 60)
    }

    @Test func aLookBackMeasuringWhatWasPaidIsNoNotice() {
        #expect(notices("乙方累计赔偿总额不超过甲方于索赔事件发生前一个月实际支付之服务费。").isEmpty)
        #expect(notices("乙方的赔偿总额不超过甲方在损失发生前三个月内已付的服务费总和。").isEmpty)
        // Near miss: a notice ahead followed by a payment is still a notice.
        #expect(notices("甲方解除合同应提前一个月书面通知乙方，并结清当月服务费。").first?.values.notice?.days == 30)
    }

    @Test func aDayCountDroppedBeforeTheEndIsABlankNotice() {
        #expect(notices("因故不能按时出版，应在出版期限届满前日通知甲方。").first?.values.noticeUnstated == true)
        // Near miss: the day before the end with no notice after it is no notice.
        #expect(notices("乙方应于合同期满前日将店铺交还甲方。").isEmpty)
    }

    @Test func aBlankPeriodWrittenBeforeItsLeadIsABlankNotice() {
        #expect(notices("乙方应在合同期满＿＿天以前书面通知甲方。").first?.values.noticeUnstated == true)
        #expect(notices("合营企业应在距合营期满＿＿个月前向原审批机构提出申请。").first?.values.noticeUnstated == true)
        // Near miss: a blank date (月＿＿日以前) is a deadline, however long the blank.
        #expect(notices("甲方必须在一九______年_______月_______日以前做好现场勘察工作（所需材料由乙方踏勘后提出明细表）。").isEmpty)
    }

    @Test func aPlanPutToTheOtherSideForApprovalAheadIsANotice() {
        #expect(notices("乙方开展营销活动的，应至少提前3天将活动方案报甲方确认。").first?.values.notice?.days == 3)
        #expect(notices("乙方发布推广笔记前，应提前4个工作日将笔记文案报送甲方审核。").first?.values.notice?.days == 4)
        // Near miss: a report due after an event is no notice.
        #expect(notices("乙方应在收到货物后10日内报甲方验收。").isEmpty)
        // Filing a leave with the other side ahead (报备) is notice; a monthly filing by a date is not.
        #expect(notices("乙方因个人原因需请假停播的，应提前五日向甲方报备，经甲方同意后方可停播。").first?.values.notice?.days == 5)
        #expect(notices("乙方应于每月5日前向甲方报备上月运营数据。").isEmpty)
    }

    @Test func theFirstDaysOfEachMonthAreNoNotice() {
        #expect(notices("乙方应于每月前五个工作日内向甲方提供上月运营报告。").isEmpty)
        // Near miss: days before the end are a notice period.
        #expect(notices("甲方解除合同的，应于解除日前五个工作日书面通知乙方。").first?.values.notice?.days == 5)
    }

    /// Plain English: "We'll let you know at least two weeks in advance" is a notice period.
    @Test func lettingTheOtherSideKnowAheadIsNotice() {
        let u = PackageLexicons.understand(["Acme Inc. (\"Client\", \"you\") and Northwind LLC (\"Provider\", \"we\").",
                                            "We'll let you know at least two weeks in advance if we need to replace your account director."])
        #expect(u.keyTerms.first { $0.family == .notice }?.values.notice?.days == 14)
    }

    @Test func englishPossessiveOfOneMonth() {
        let u = PackageLexicons.understand(["Acme Inc. (\"Client\") and Northwind LLC (\"Provider\").",
                                            "Client may terminate this Agreement upon one (1) month's prior written notice to Provider."])
        let notice = u.keyTerms.first { $0.family == .notice }
        #expect(notice?.summary.en.hasPrefix("1 month's written notice") == true)
    }

    /// 提早48小时告知 (提早 as 提前), 提前两个工作日向甲方申请 and 提前七天报告甲方 (applying or reporting to the other side
    /// ahead) are notice periods; applying to an authority or handing in a report ahead is not.
    @Test func noticeByEarlyTellingAndByApplyingToTheOtherSide() {
        #expect(notices("甲方因检修需停水停电的，须提早48小时告知乙方。").first?.values.notice?.days == 2)
        #expect(notices("车辆确需驶出本省的，乙方应当提前两个工作日向甲方申请。").first?.values.notice?.days == 2)
        #expect(notices("乙方应于开工前十日申请施工许可。").isEmpty)
        // Reporting to the other side ahead is notice too; handing in a report ahead is not.
        #expect(notices("因特殊原因需停工的，乙方应提前七天报告甲方。").first?.values.notice?.days == 7)
        #expect(notices("乙方应于竣工前十天提交竣工报告。").isEmpty)
    }

    /// 不少于四十八小时之事先通知 (之 as 的, Hong Kong and older drafting) and a change applied only 满六十日后 its notice
    /// are notice periods.
    @Test func noticeAfterThePeriodAndAChangeAppliedAfterIt() {
        #expect(notices("业主如需进入该物业进行维修或视察，须给予租客不少于四十八小时之事先通知，惟紧急情况除外。").first?.values.notice?.days == 2)
        #expect(notices("甲方须给予乙方不少于十五日的事先通知。").first?.values.notice?.days == 15)
        #expect(notices("保管人调整仓储费率的，新费率应于书面通知存货人满六十日后方可执行。").first?.values.notice?.days == 60)
    }

    /// 提早三天与业主约定入户时间: fixing a visit with the other side ahead is notice of it.
    @Test func fixingAVisitAheadIsNotice() {
        #expect(notices("乙方需进入业主专有部分检查、维修共用管线的，应提早三天与相关业主约定入户时间。").first?.values.notice?.days == 3)
    }
}

/// Key-term cue words are read in the Simplified text, like frames: a Traditional-Chinese contract's 違約金 names a
/// penalty.
@Suite struct TraditionalKeyTermTests {
    @Test func traditionalPenaltyWordMakesAPenaltyTerm() {
        let u = PackageLexicons.understand(["甲方(委託方)：某店", "乙方(服務方)：某公司", "甲方逾期付款的，違約金為每日千分之五。"])
        #expect(u.keyTerms.contains { $0.family == .penalty })
    }
}
