import Testing
import ClauseGuardUnderstanding

/// Lawyers' drafting: parties called by the short names the contract defines (以下简称“云帆”), role words glossing a
/// letter in brackets (乙方（代运营方）), a party barred from claiming a penalty, a floor stated as "低于…的，按…".
@Suite struct LawyerDraftingTests {
    private let preamble = ["甲方（委托方）：苏州星禾服饰有限公司（以下简称“星禾”）", "乙方（服务方）：广州某某网络科技有限公司",
                            "甲方委托乙方运营其天猫店铺。"]

    @Test func aShortNameOnTheNameLineIsThatPartysName() throws {
        let u = PackageLexicons.understand(preamble + ["除非运营方事先书面同意，星禾均不得以任何理由单方解除本合同。"])
        let client = try #require(u.parties.parties.first { $0.label == "甲方" })
        #expect(client.aliases == ["星禾"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.actor?.text == "星禾")
        #expect(frame.actor?.role == .client)
        #expect(frame.modality == .prohibition)
    }

    /// 以书面方式通知甲方后单方解除本合同: after long grounds, the notice is the step before the exit the right gives.
    @Test func aNoticeFollowedByTheExitIsAStepToIt() throws {
        let u = PackageLexicons.understand(preamble + ["乙方有权在本合同有效期内的任何时间、基于其自身经营安排或其认为适当的任何其他理由，以书面或电子方式通知甲方后单方解除本合同。"])
        let frame = try #require(u.frames.first { $0.modality == .right })
        #expect(frame.action == .terminate)
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger == .at_will)
        // Near miss: a right to give notice and nothing after it is a notice.
        let notice = PackageLexicons.understand(preamble + ["乙方有权在本合同有效期内的任何时间、基于其自身经营安排或其认为适当的任何其他理由，以书面或电子方式通知甲方调整排期。"])
        #expect(!notice.frames.contains { $0.action == .terminate })
    }

    @Test func aShortNameDefinedBesideARoleWordJoinsThePartyOfThatRole() throws {
        let u = PackageLexicons.understand(preamble + ["广州智禾电商服务有限公司（以下简称“智禾”或“运营方”）负责店铺运营。",
                                                       "智禾可在其认为必要时暂停全部服务。"])
        let provider = try #require(u.parties.parties.first { $0.label == "乙方" })
        #expect(provider.aliases == ["智禾"])
        #expect(u.frames.contains { $0.actor?.text == "智禾" && $0.actor?.role == .provider })
    }

    @Test func aContractWithoutLettersHasItsShortNamesAsParties() throws {
        let u = PackageLexicons.understand(["委托方：义乌木棉家居用品有限公司（以下简称“木棉”）", "受托方：杭州某某网络科技有限公司",
                                            "木棉应于本合同签订之日起3日内一次性支付全年服务费。"])
        let party = try #require(u.parties.parties.first { $0.label == "木棉" })
        #expect(party.role == .client)
    }

    @Test func aRoleWordInBracketsAfterALetterIsItsGlossNotAnotherParty() throws {
        let u = PackageLexicons.understand(preamble + ["甲方（委托方）提前终止合作的，应向乙方（代运营方）支付违约金，违约金按剩余服务费总额的40%计算。"])
        let penalties = u.frames.filter { $0.action == .pay_penalty }
        #expect(!penalties.isEmpty)
        #expect(penalties.allSatisfy { $0.actor?.role == .client })
    }

    @Test func aGlossWithWordsBeforeItsRoleWordIsNoOtherParty() throws {
        let u = PackageLexicons.understand(preamble + ["甲方如需提前终止托管，应提前九十日以书面形式向乙方（托管服务商）提出。"])
        let notice = try #require(u.frames.first { $0.action == .notify })
        #expect(notice.actor?.role == .client)
        // A bracket that names another party is no gloss: 甲方（或其指定的服务商）.
        let other = PackageLexicons.understand(preamble + ["乙方应向甲方（或其指定的服务商）交付全部资料。"])
        #expect(other.frames.allSatisfy { $0.actor?.role != .client })
    }

    @Test func aRoleWordGlossingAWordOfOurOwnSaysWhoseSideItIs() throws {
        // A merchant retelling its contract: 我方 is the agency's word by default, the gloss makes it the merchant.
        let u = PackageLexicons.understand(preamble + ["按他们的条款，合同有效期内，我方（委托方）无论基于何种理由均不得解除或终止本合同。"])
        let bar = try #require(u.frames.first { $0.action == .terminate })
        #expect(bar.actor?.role == .client && bar.modality == .prohibition)
        // A letter keeps the side the contract gives it.
        let letter = PackageLexicons.understand(preamble + ["乙方（委托方）不得解除本合同。"])
        #expect(letter.frames.first { $0.action == .terminate }?.actor?.role == .provider)
    }

    @Test func aPartyBarredFromClaimingAPenaltyFreesTheOtherFromPayingIt() throws {
        let u = PackageLexicons.understand(preamble + ["乙方未按约提供服务的，甲方仅可要求乙方补足服务，不得主张违约金。"])
        let frame = try #require(u.frames.first { $0.action == .pay_penalty })
        #expect(frame.actor?.role == .provider)
        #expect(frame.modality == .exclusion)
    }

    @Test func anAmountBelowWhichTheSumIsRaisedIsTheFloor() throws {
        let u = PackageLexicons.understand(preamble + ["甲方提前终止的，应按剩余服务费的40%支付违约金；按前述方式计算的金额低于人民币8,000元的，按人民币8,000元计付。"])
        let frame = try #require(u.frames.first { $0.action == .pay_penalty })
        #expect(frame.values.floor?.amount == 8000)
        #expect(frame.values.amount == nil)
    }

    @Test func aModalClosingItsSubClauseIsANounNotADuty() throws {
        let u = PackageLexicons.understand(preamble + ["乙方可在其认为必要时，包括但不限于系统升级或业务排期需要，暂停本合同项下全部服务。"])
        let frame = try #require(u.frames.first { $0.action == .suspend })
        #expect(frame.actor?.role == .provider)
        #expect(frame.modality == .right)
    }

    @Test func anExclusionThatIsItsOwnActionStaysBeforeAComma() {
        let u = PackageLexicons.understand(preamble + ["中途解约的，已支付的服务费不予退还，甲方还应向乙方支付违约金。"])
        #expect(u.frames.contains { $0.action == .no_refund })
    }

    @Test func roleWordsBeforeTheShortNameInItsBracketSayWhose() throws {
        let u = PackageLexicons.understand(["代运营服务协议", "锦程商贸有限公司（委托方，店铺所有人，下称“锦程”）与蓝鲸运营（代运营方）约定如下：",
                                            "锦程应于每月5日前支付服务费。"])
        let party = try #require(u.parties.parties.first { $0.isCalled("锦程") })
        #expect(party.role == .client)
    }
}
