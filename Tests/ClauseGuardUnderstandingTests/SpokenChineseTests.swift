import Testing
import ClauseGuardUnderstanding

/// Small agencies write contracts the way they talk: 不做了 / 随时撤 for terminating, 说一声 for notice, 赔给 and 块
/// for paying, 得 for "must". The frames read them like the written words.
@Suite struct SpokenChineseTests {
    private let preamble = ["甲方（商家）：杭州某某商贸有限公司", "乙方（服务商）：广州某某网络科技有限公司", "甲方委托乙方运营其抖音小店。"]

    @Test func spokenMustToPayIsTheSubjectsDutyNotARightToBePaid() throws {
        let u = PackageLexicons.understand(preamble + ["甲方中途不做了，得按剩余服务费的30%赔给乙方。"])
        let frame = try #require(u.frames.first { $0.action == .pay_penalty })
        #expect(frame.actor?.role == .client)
        #expect(frame.modality == .duty)
        #expect(frame.values.percent == 30)
        #expect(frame.values.base == .remaining_fee)
    }

    /// 提前不合作 / 单方退出 / 这合同就自动结束: ending the contract in a studio's words.
    @Test(arguments: ["合同没到期，甲方想提前不合作的，要提前一个月跟乙方说。",
                      "丙方可提前二十五日书面通知甲方、乙方，单方退出本合同项下的达人合作部分。",
                      "淘宝把店铺关了或者直播间被永久封了，这合同就自动结束，谁也不用赔谁。"])
    func endingInAStudiosWords(sentence: String) {
        #expect(PackageLexicons.understand(preamble + [sentence]).frames.contains { $0.action == .terminate }, "\(sentence)")
    }

    /// 合同没到期 is a time before the end (as 未到期 is), not the term's end: the exit it opens is a termination term.
    @Test func beforeTheEndInPlainWordsIsNoExpiry() throws {
        let u = PackageLexicons.understand(preamble + ["合同没到期，甲方想提前不合作的，要提前一个月书面跟乙方说，说了满一个月以后合同才解除。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger != .expiry)
        #expect(u.keyTerms.contains { $0.family == .termination })
    }

    /// The MCN that runs the live rooms is on the provider's side (丙方（MCN机构）).
    @Test func anMCNIsAProvider() throws {
        let u = PackageLexicons.understand(["甲方（品牌方）：杭州某某服饰有限公司", "乙方（代运营方）：上海某某电子商务有限公司",
                                            "丙方（MCN机构）：成都某某文化传媒有限公司", "丙方可随时单方退出本合同项下的达人合作部分。"])
        #expect(u.parties.parties.first { $0.label == "丙方" }?.role == .provider)
    }

    @Test func pullingOutWheneverItLikesIsAnAtWillTermination() throws {
        let u = PackageLexicons.understand(preamble + ["合作期间乙方觉得做不下去了可以随时撤，跟甲方说一声就行。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.actor?.role == .provider)
        #expect(frame.modality == .right)
        #expect(frame.trigger == .at_will)
    }

    /// A studio (工作室), 运营公司 and 代运营团队 are the provider; "跟我们讲" is notice; 想不做了 is the client ending the contract.
    @Test func studioAndPlainNotice() throws {
        let stop = PackageLexicons.understand(preamble + ["合作期间工作室觉得不合适了，随时可以停掉不做，不用给理由。"])
        let end = try #require(stop.frames.first { $0.action == .terminate })
        #expect(end.actor?.role == .provider)
        #expect(end.trigger == .at_will)
        for agency in ["运营公司", "代运营团队"] {
            let u = PackageLexicons.understand(preamble + ["\(agency)有权随时解除合作。"])
            #expect(u.frames.first { $0.action == .terminate }?.actor?.role == .provider, "\(agency)")
        }
        let notice = PackageLexicons.understand(preamble + ["甲方想不做了得提前两个月跟我们讲。"])
        #expect(notice.keyTerms.contains { $0.family == .notice && $0.values.notice?.days == 60 })
    }

    @Test func partiesInAnOpeningAsideAreNotTheActor() throws {
        let u = PackageLexicons.understand(["（甲方是商家，乙方是运营公司）甲方服务费晚交的，每晚一天按没交的钱的1%算罚金。"])
        let frame = try #require(u.frames.first { $0.action == .pay_penalty })
        #expect(frame.actor?.text == "甲方")
    }

    @Test func kuaiIsYuanAndMonthsNotDoneAreTheRemainingFees() throws {
        let u = PackageLexicons.understand(preamble + ["甲方要是中途不做了，得按没做完那几个月服务费的30%赔给乙方，最少也得赔5000块。"])
        let frame = try #require(u.frames.first { $0.action == .pay_penalty })
        #expect(frame.values.floor?.amount == 5000)
        #expect(frame.values.base == .remaining_fee)
    }
}
