import Testing
import ClauseGuardUnderstanding

@Suite struct FrameExtractorTests {
    private func frames(_ paragraphs: [String], client: String? = nil) -> [ClauseFrame] {
        PackageLexicons.understand(paragraphs, client: client).frames
    }

    @Test func providerAtWillTerminationInASwappedContract() throws {
        let f = frames(["甲方(服务方)：某某电商公司", "乙方(委托方)：某某旗舰店", "甲方有权随时解除本合同，无需承担任何责任。"])
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor?.text == "甲方")
        #expect(frame.actor?.role == .provider)
        #expect(frame.modality == .right)
        #expect(frame.trigger == .at_will)
    }

    /// Examples in brackets between a right and its verb (有权在其认为必要时（包括但不限于人员调整、系统升级…等情形）暂停…)
    /// do not push the verb out of the right's reach, however many there are.
    @Test func examplesInBracketsDoNotHideTheVerb() throws {
        let f = frames(["甲方(委托方)：某店", "乙方(受托方)：某公司",
                        "乙方（受托方）有权在其认为必要时（包括但不限于内部人员调整、系统升级、节假日安排及甲方（委托方）未及时回复工作沟通等情形）暂停或中止提供部分或全部服务，中止期间服务费照常计收。"])
        let frame = try #require(f.first { $0.action == .suspend })
        #expect(frame.actor?.role == .provider)
        #expect(frame.modality == .right)
        #expect(frame.trigger == .at_will)
    }

    /// A subscription's user cancelling it (申请无理由取消订阅) ends the contract as 取消服务 does.
    @Test func cancellingTheSubscriptionIsATermination() throws {
        let frame = try #require(frames(["用户：某店", "平台：某软件公司",
                                         "用户首次订阅的，可在订单支付成功之日起七日内申请无理由取消订阅，平台全额退还订阅费用。"])
            .first { $0.action == .terminate })
        #expect(frame.modality == .right)
    }

    /// A bare 取消 ends the contract or a part of its service when that service is its object (取消该站点的代运营服务),
    /// and a live session or slot the contract books is such a part (取消尚未进行的直播场次); cancelling an order ends
    /// nothing, nor does cancelling a session where the sentence says the contract goes on (不影响本合同其他条款的效力).
    @Test func cancellingAPartOfTheServiceIsATerminationButCancellingAnOrderIsNot() {
        let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]
        for sentence in ["乙方可提前十五日书面通知甲方，取消任一站点的代运营服务，其余站点继续履行。",
                         "甲方有权根据乙方的配合情况，单方取消饿了么平台的代运营服务，仅保留美团外卖平台的服务。",
                         "商家逾期付款的，服务商有权取消尚未进行的直播场次。", "甲方可以取消已经排好的场次，但至少要提前72小时告诉乙方。"] {
            #expect(frames(parties + [sentence]).contains { $0.action == .terminate && $0.modality == .right }, "\(sentence)")
        }
        for sentence in ["甲方有权取消尚未发货的订单。", "委托方可在活动开始前取消单场直播或单次推广活动，该取消不影响本合同其他条款的效力。",
                         "甲方有权取消任一场次的直播安排并重新排期，但全年直播总场次不得少于约定场次，本合同其他条款继续有效。"] {
            #expect(!frames(parties + [sentence]).contains { $0.action == .terminate }, "\(sentence)")
        }
    }

    /// Taking back the operation of a store or a service (收回唯品会店铺的运营权限) ends that part of the service; taking
    /// back a sub-account or money ends nothing.
    @Test func takingBackTheOperationIsATerminationButASubAccountIsNot() {
        let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]
        for sentence in ["甲方可随时收回唯品会店铺的运营权限而保留得物寄售服务，但应提前5日书面通知乙方。",
                         "甲方有权随时收回乙方对店铺推广账户的操作权限，改由甲方自行负责推广。"] {
            #expect(frames(parties + [sentence]).contains { $0.action == .terminate && $0.modality == .right }, "\(sentence)")
        }
        // (Joined by 或 to another verb the same: 修改密码或收回权限 takes back access, it ends no service; and a licence
        // that ends with the contract, 授权期限随本合同终止而终止, is no way to end it.)
        for sentence in ["甲方可随时调整或收回乙方的子账号权限。", "乙方应于期满后收回全部货款。",
                         "乙方使用的子账号由甲方开设，甲方可随时修改密码或收回权限。",
                         "乙方授权甲方在本合同期内使用其商标，授权期限随本合同终止而终止。"] {
            #expect(!frames(parties + [sentence]).contains { $0.action == .terminate }, "\(sentence)")
        }
    }

    /// A light switched off for a while (临时中断灯箱照明) is a suspension; 中断服务 still ends the service.
    @Test func aTemporaryInterruptionIsASuspension() {
        let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]
        let paused = frames(parties + ["乙方可临时中断灯箱照明，但累计不得超过四十八小时。"])
        #expect(paused.contains { $0.action == .suspend } && !paused.contains { $0.action == .terminate })
        #expect(frames(parties + ["乙方可以中断服务。"]).contains { $0.action == .terminate })
        // An interruption that causes a loss is an event.
        #expect(!frames(parties + ["暂停期间乙方不承担投放中断造成的损失。"]).contains { $0.action == .terminate })
    }

    /// An insertion order under a framework (取消该投放单) is a service of it.
    @Test func cancellingAnInsertionOrderIsATermination() {
        let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]
        #expect(frames(parties + ["甲方可在投放单执行开始前提前3个工作日书面通知乙方取消该投放单。"]).contains { $0.action == .terminate && $0.modality == .right })
    }

    @Test func conditionMakesItForCauseEvenWithSuiShi() throws {
        let f = frames(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方逾期提交运营报告超过15日的，甲方有权随时解除本合同。"])
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor?.role == .client)
        #expect(frame.trigger == .for_cause)
        #expect(frame.cause?.contains("逾期") == true)
    }

    /// A sub-clause that opens with the charge states something of it: the party of the clause before (甲方有权暂停)
    /// does not pay it; a condition before it still names the payer.
    @Test func aChargeOpeningItsSubClauseHasNoPayerFromTheClauseBefore() throws {
        let parties = ["甲方(服务方)：某公司", "乙方(委托方)：某店"]
        let after = frames(parties + ["乙方逾期支付服务费的，每逾期一日按应付金额的百分之一向甲方支付滞纳金；逾期超过7日的，甲方有权暂停全部服务，滞纳金照常计算。"])
        #expect(!after.contains { $0.action == .pay_penalty && $0.actor?.role == .provider })
        #expect(after.contains { $0.action == .pay_penalty && $0.actor?.role == .client })
        let condition = frames(parties + ["乙方逾期付款的，违约金按每日千分之五计算。"])
        #expect(condition.contains { $0.action == .pay_penalty && $0.actor?.role == .client })
    }

    /// 另行 lifts the step it names (无需另行通知即可解除), not the action it stands before (不另行承担违约金).
    @Test func anotherStepIsLiftedButNotTheActionItself() throws {
        let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]
        let exempt = frames(parties + ["乙方未能按期完成运营工作的，仅顺延相应服务期限，不另行承担违约金。"])
        #expect(exempt.contains { $0.action == .pay_penalty && $0.actor?.role == .provider && $0.negated })
        let lifted = frames(parties + ["甲方逾期付款超过15日的，乙方有权解除本合同，无需另行通知。"])
        #expect(lifted.contains { $0.action == .terminate && $0.actor?.role == .provider && !$0.negated })
    }

    @Test func prohibitionAndConsent() throws {
        let f = frames(["甲方(委托方)：某店", "乙方(服务方)：某公司", "未经乙方书面同意，甲方不得单方提前解除本合同。"])
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor?.text == "甲方")
        #expect(frame.modality == .prohibition)
    }

    @Test func penaltyWithPercentBaseFloorAndPayee() throws {
        let f = frames(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方提前解除合同的，应向乙方支付剩余服务费的30%作为违约金，且最低不少于人民币5000元。"])
        let frame = try #require(f.first { $0.action == .pay_penalty })
        #expect(frame.actor?.role == .client)
        #expect(frame.counterparty?.role == .provider)
        #expect(frame.values.percent == 30)
        #expect(frame.values.base == .remaining_fee)
        #expect(frame.values.floor?.amount == 5000)
    }

    @Test func perDayRateAndTopicActor() throws {
        let f = frames(["甲方(委托方)：某店", "乙方(服务方)：某公司", "甲方逾期支付任何款项的，每逾期一日，应按应付未付金额的千分之五向乙方支付滞纳金。"])
        let frame = try #require(f.first { $0.action == .pay_penalty })
        #expect(frame.actor?.role == .client)
        #expect(frame.values.perDay)
        #expect(frame.values.percent == 0.5)
    }

    @Test func listItemsInheritTheLeadIn() throws {
        let f = frames(["甲方(委托方)：某店", "乙方(服务方)：某公司", "有下列情形之一的，乙方有权单方解除本合同：",
                        "（1）甲方逾期支付任何款项超过七日的；", "（2）甲方擅自修改店铺设置的。", "第十二条 违约责任"])
        let items = f.filter { $0.leadIn != nil }
        #expect(items.count == 2)
        #expect(items.allSatisfy { $0.actor?.role == .provider && $0.action == .terminate && $0.trigger == .for_cause })
        #expect(items.first?.cause?.contains("逾期支付") == true)
    }

    @Test func listOfMeasuresGivesEachItemTheLeadInParty() throws {
        let f = frames(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方有下列行为之一的，甲方有权采取以下一项或多项措施：",
                        "（1）终止本合同；", "（2）要求乙方支付违约金。", "第十二条 其他"])
        let termination = try #require(f.first { $0.action == .terminate })
        #expect(termination.actor?.role == .client)
        #expect(termination.modality == .right)
        #expect(termination.leadIn == 2)
        #expect(!f.contains { $0.blockIndex == 5 && $0.leadIn != nil })
    }

    @Test func englishDefinedNameActorAndNotice() throws {
        let f = frames(["This Agreement is made between Inktomi Corporation (\"Inktomi\") and Acme Retail Inc. (\"Customer\").",
                        "Inktomi may terminate this Agreement at any time without cause upon thirty (30) days' prior written notice to Customer."])
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor?.text == "Inktomi")
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger == .at_will)
        #expect(frame.values.notice?.days == 30)
        #expect(frame.values.written)
    }

    @Test func englishPassiveAgent() throws {
        let f = frames(["This Agreement is between Foo LLC (the \"Provider\") and Bar Inc. (the \"Customer\").",
                        "This Agreement may be terminated by Customer for convenience on sixty (60) days' notice."])
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor?.role == .client)
        #expect(frame.values.notice?.days == 60)
    }

    @Test func englishForCause() throws {
        let f = frames(["Provider may terminate this Agreement if Customer fails to pay any undisputed invoice within thirty (30) days."])
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.trigger == .for_cause)
    }

    @Test func aBarStopsAtTheSemicolon() {
        let f = frames(["甲方(委托方)：某店", "乙方(服务方)：某公司",
                        "甲方书面确认续约的，续约期服务费不得高于本期标准；甲方未予回复的，本合同于期满日自动终止。"])
        #expect(!f.contains { $0.action == .terminate && $0.modality == .prohibition })
    }

    @Test func aBarOverAnInlineListReachesPastItsSemicolons() throws {
        let f = frames(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方不得有下列行为：擅自解除本合同；泄露甲方数据。"])
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.modality == .prohibition)
    }
}
