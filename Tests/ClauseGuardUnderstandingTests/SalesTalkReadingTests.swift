import Testing
import ClauseGuardUnderstanding

/// Terms read out by a salesperson (我们 / 您, "we" / "you") and terms translated from English (客户方, 服务提供方):
/// the party after 跟 is spoken to, an example after 比如 and a reason (原因) are no conditions, words in brackets are
/// examples, two sides named together act together, and "we can end it whenever, no reason needed" is an exit at will.
@Suite struct SalesTalkReadingTests {
    private let spoken = ["甲方（委托方，以下简称“您”）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司", "甲方委托乙方运营其天猫店铺。"]
    private let translated = ["甲方（委托方，以下简称“客户方”）：杭州某某商贸有限公司", "乙方（服务提供方）：广州某某网络科技有限公司"]
    private let english = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."

    @Test func thePartySpokenToIsNotTheOneWhoLeaves() throws {
        let u = PackageLexicons.understand(spoken + ["我们公司这边要是觉得做不起来，随时跟您说一声就可以不做了。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger == .at_will)
        // Near miss: the merchant who tells the provider is still the one who leaves.
        let own = PackageLexicons.understand(spoken + ["您要是不想做了，随时跟我们说一声就可以解约。"])
        #expect(own.frames.first { $0.action == .terminate }?.actor?.role == .client)
    }

    @Test func anExampleAfterBiruIsNoCondition() throws {
        let u = PackageLexicons.understand(spoken + ["另外我们这边偶尔会有调整，比如说大促前团队要集中做大客户，那我们可以先把您这边的服务停一停。"])
        let frame = try #require(u.frames.first { $0.action == .suspend })
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger != .for_cause)
        // Near miss: a real condition (如) still is one.
        let cause = PackageLexicons.understand(spoken + ["如您逾期付款超过十天，我们可以先把服务停一停。"])
        #expect(cause.frames.first { $0.action == .suspend }?.trigger == .for_cause)
    }

    @Test func aSuspensionTowardTheMerchantByNoPartyNamedIsTheProviders() throws {
        let u = PackageLexicons.understand(translated + ["运营部根据团队排期可随时暂停部分或全部托管服务，恕不另行通知各位商家。"])
        let frame = try #require(u.frames.first { $0.action == .suspend })
        #expect(frame.actor?.role == .provider)
        #expect(frame.counterparty?.role == .client)
        // Near miss: a suspension that names the merchant as the one who acts stays the merchant's.
        let own = PackageLexicons.understand(translated + ["商家可随时暂停店铺的推广投放，并书面告知服务提供方。"])
        #expect(own.frames.first { $0.action == .suspend }?.actor?.role == .client)
    }

    @Test func theSpeakersOwnSideIsTheProvider() throws {
        let u = PackageLexicons.understand(spoken + ["要是觉得您这边配合得不够，我这边能随时把您店铺的服务先停了。"])
        let frame = try #require(u.frames.first { $0.action == .suspend })
        #expect(frame.actor?.role == .provider)
    }

    @Test func aReasonIsNoCondition() throws {
        let u = PackageLexicons.understand(translated + ["服务提供方仍可基于其内部排期、人员调配或其认为适当的任何其他原因，随时暂停部分或全部服务，累计暂停不超过六十日的，不视为违约。"])
        let frame = try #require(u.frames.first { $0.action == .suspend })
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger == .at_will)
    }

    @Test func wordsInBracketsAreExamplesOfTheBar() throws {
        let u = PackageLexicons.understand(translated + ["客户方均不得以任何理由（包括但不限于效果不佳、经营调整或店铺转让）提前解除或终止本协议。"])
        let frame = try #require(u.frames.first { $0.modality == .prohibition })
        #expect(frame.action == .terminate)
        #expect(frame.actor?.role == .client)
        #expect(!u.frames.contains { $0.action == .assign })
    }

    @Test func twoSidesNamedTogetherActTogether() throws {
        let u = PackageLexicons.understand([english, "You and the Agency can give any notice under this agreement, including a notice to end it, by email."])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.actor?.role == .both)
        // Near miss: one side alone is that side.
        let one = PackageLexicons.understand([english, "The Agency can end it whenever, no reason needed."])
        let exit = try #require(one.frames.first { $0.action == .terminate })
        #expect(exit.actor?.role == .provider)
        #expect(exit.trigger == .at_will)
    }

    @Test func theProvidersOwnDecisionIsNoCause() throws {
        let u = PackageLexicons.understand([english, "On our side, if we decide the category isn't a fit, we can end it with a quick email."])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger == .at_will)
        // Near miss: the other side's breach is a cause.
        let cause = PackageLexicons.understand([english, "If the Client breaches this agreement, we can end it with a quick email."])
        #expect(cause.frames.first { $0.action == .terminate }?.trigger == .for_cause)
    }

    @Test func feesThatShallNotBeRefundableAreKept() throws {
        let u = PackageLexicons.understand([english, "All Fees paid in advance by the Client shall be retained by the Agency and shall not be refundable in whole or in part."])
        #expect(u.frames.contains { $0.action == .no_refund })
    }

    /// Plain Chinese terms speak to 您 without defining it: 您 is the merchant as 我们 is the agency.
    @Test func plainTermsSpeakToTheMerchant() throws {
        let plain = ["服务协议", "本协议由您与我们共同订立。"]
        let exit = PackageLexicons.understand(plain + ["我们可以在任何时候结束本服务，不需要说明原因。"])
        let end = try #require(exit.frames.first { $0.action == .terminate })
        #expect(end.actor?.role == .provider)
        #expect(end.trigger == .at_will)
        let kept = PackageLexicons.understand(plain + ["如果合作提前结束，您已经付给我们的钱都不会退还。"])
        #expect(kept.frames.contains { $0.action == .no_refund })
        let notice = PackageLexicons.understand(plain + ["您后面如果想终止合作，得提前俩月跟我们说。"])
        #expect(notice.keyTerms.contains { $0.family == .notice && $0.values.notice?.days == 60 })
        // Near miss: both sides named together may both leave; neither alone holds the right.
        let both = PackageLexicons.understand(plain + ["您和我们都可以随时结束合作，只要提前10天告诉对方。"])
        #expect(both.frames.first { $0.action == .terminate }?.actor?.role == .both)
        let company = PackageLexicons.understand(plain + ["意思就是王总您和我们公司都可以喊停，没用完的钱按天退给您。"])
        #expect(company.frames.first { $0.action == .terminate }?.actor?.role == .both)
    }

    /// An influencer agency's deal memo: "the Brand indemnifies the Agency" states the duty without a modal, the party
    /// owed ("owes the Agency") is not the payer, and "can't pull out early" bars the exit.
    @Test func aDealMemoStatesItsDutiesPlainly() throws {
        let memo = "This deal memo is made between Acme Beauty Inc. (the \"Brand\") and Northwind Creators LLC (the \"Agency\")."
        let indemnity = PackageLexicons.understand([memo, "The Brand indemnifies the Agency against all claims and losses connected with the campaign."])
        let duty = try #require(indemnity.frames.first { $0.action == .indemnify })
        #expect(duty.actor?.role == .client)
        // Near miss: indemnification talked about is no duty stated.
        let talk = PackageLexicons.understand([memo, "The indemnification obligations in this memo survive its end."])
        #expect(!talk.frames.contains { $0.action == .indemnify })
        let owes = PackageLexicons.understand([memo, "If the Brand cancels before the final live, it owes the Agency liquidated damages of 45% of the fees still on the schedule."])
        #expect(owes.frames.first { $0.action == .pay_penalty }?.actor?.role == .client)
        let locked = PackageLexicons.understand([memo, "The Brand can't pull out early for any reason."])
        let bar = try #require(locked.frames.first { $0.action == .terminate })
        #expect(bar.actor?.role == .client)
        #expect(bar.modality == .prohibition)
    }

    /// An FAQ sheet (问：…？答：…): the question grants nothing, the grounds a bar lists (以…理由) are neither the barred act
    /// nor a negation of it, and 本公司 is the agency that answers.
    @Test func anFAQSheetIsReadFromItsAnswers() throws {
        let faq = ["服务协议常见问题", "本协议由商家与本公司共同订立。"]
        let u = PackageLexicons.understand(faq + ["问：商家可以中途不做吗？答：不可以。合作一经确认，服务期内您不能以业绩未达预期、店铺转让或任何其他理由解除合同。"])
        #expect(!u.frames.contains { $0.action == .terminate && $0.modality == .right })
        let bar = try #require(u.frames.first { $0.action == .terminate })
        #expect(bar.modality == .prohibition)
        #expect(!bar.negated)
        #expect(!u.frames.contains { $0.action == .assign })
        let exit = PackageLexicons.understand(faq + ["本公司可根据项目评估结果随时终止服务，提前3日告知商家即可。"])
        #expect(exit.frames.first { $0.action == .terminate }?.actor?.role == .provider)
        // Near miss: a "?" a file lost a character to asks nothing; the sentence still states its term.
        let lost = PackageLexicons.understand(faq + ["商家逾期不交者，本公司按规定加收迟纳金，并可停止服务?"])
        #expect(lost.frames.contains { $0.action == .pay_penalty })
    }

    /// A stiff translation names its parties 客户 and 服务提供者: a role word the bracket gives a letter is that party's
    /// name, and 服务提供者 is the provider; spoken 能随时 is a right.
    @Test func aRoleWordTheContractDefinesIsThatPartysName() throws {
        let preamble = ["甲方（委托方，以下简称“客户”）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司"]
        let u = PackageLexicons.understand(preamble + ["服务提供者得于任何时候基于其自行判断之任何理由，即时暂停对客户网店之运营服务。"])
        let client = try #require(u.parties.parties.first { $0.label == "甲方" })
        #expect(client.aliases?.contains("客户") == true)
        let pause = try #require(u.frames.first { $0.action == .suspend })
        #expect(pause.actor?.role == .provider)
        #expect(pause.trigger == .at_will)
        // Near miss: a role word defined with no letter to say whose stays a role word, not a name.
        let unnamed = PackageLexicons.understand(["服务协议", "本协议中，以下简称“客户”的，指店铺的买家。"])
        #expect(unnamed.parties.parties.allSatisfy { $0.aliases?.contains("客户") != true })
        let paused = PackageLexicons.understand(spoken + ["赶上大促人手紧，我们这边能随时把您店铺的服务先停了。"])
        #expect(paused.frames.first { $0.action == .suspend }?.modality == .right)
    }
}
