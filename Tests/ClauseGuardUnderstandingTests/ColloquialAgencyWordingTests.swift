import Testing
import ClauseGuardUnderstanding

/// An agency's chat-style terms: 咱们 is the agency that writes them (咱们运营人员可以随时修改密码) unless it takes the
/// merchant in (咱们双方, 咱们合作期间); a fee named as the merchant's (老板的服务费) is paid late by the merchant, who owes
/// the late charge the agency collects (收滞纳金); plain words end the contract (合同就算结束) or agree to end it (商量好了).
@Suite struct ColloquialAgencyWordingTests {
    private func frames(_ sentence: String) -> [ClauseFrame] {
        PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", sentence]).frames
    }

    @Test func theAgencySpeaksAsZanmen() throws {
        let frame = try #require(frames("咱们可以根据平台规则变化，随时调整服务费标准，在商家群里发个通知就算生效。").first { $0.action == .change_price })
        #expect(frame.actor?.role == .provider)
    }

    @Test func zanmenWithTheMerchantIsBothSides() throws {
        let frame = try #require(frames("咱们双方协商一致的，可以提前结束合作。").first { $0.action == .terminate })
        #expect(frame.actor?.role != .provider)
    }

    @Test func theOwnerOfTheFeePaysItsLateCharge() throws {
        let frame = try #require(frames("老板的服务费要在每月5号前付清，逾期的每天按欠款金额的1%收滞纳金。").first { $0.action == .pay_penalty })
        #expect(frame.actor?.role == .client)
    }

    /// 您和我们商量好了，也可以随时结束合作: an end both sides agree on, not the merchant's at will; 合同就算结束: the
    /// contract ends on an event, in plain words.
    @Test func plainWordsForAnAgreedEndAndAnEnd() throws {
        let agreed = try #require(frames("您和我们商量好了，也可以随时结束合作。").first { $0.action == .terminate })
        #expect(agreed.trigger == .by_agreement)
        let ended = try #require(frames("小店因为您的原因被平台永久封禁的，合同就算结束，已经做了的服务照常收费。").first { $0.action == .terminate })
        #expect(ended.modality == nil)
        #expect(frames("直播活动就结束了，主播下播。").allSatisfy { $0.action != .terminate })
    }

    /// 您可以直接通知我们结束托管: the merchant leaves the custody it hired; 提前一个月跟您说: telling the merchant ahead.
    @Test func endingTheCustodyAndTellingTheMerchant() throws {
        let u = PackageLexicons.understand(["托管协议", "您（店主）：某店", "我们（托管方）：某公司",
                                            "连续两个月销售额都不到月度目标的60%，您可以直接通知我们结束托管，也不用付任何违约金。",
                                            "我们如果要涨托管费，会至少提前一个月跟您说。"])
        let exit = try #require(u.frames.first { $0.action == .terminate })
        #expect(exit.modality == .right)
        #expect(u.keyTerms.contains { $0.family == .termination && $0.location.blockIndex == 3 })
        let notice = try #require(u.keyTerms.first { $0.family == .notice && $0.location.blockIndex == 4 })
        #expect(notice.values.notice?.days == 30)
    }

    /// A landlord taking back the premises it let (提前收回该商铺) ends the lease; taking back the keys after it ends does not.
    @Test func takingBackThePremisesEndsTheLease() {
        let lease = PackageLexicons.understand(["甲方（出租方）：某物业公司", "乙方（承租方）：某店", "甲方因自身原因需提前收回该商铺的，应提前三个月书面通知乙方。"])
        #expect(lease.frames.contains { $0.action == .terminate && $0.actor?.text == "甲方" })
        let keys = PackageLexicons.understand(["甲方（出租方）：某物业公司", "乙方（承租方）：某店", "合同终止后，甲方收回房屋钥匙。"])
        #expect(!keys.frames.contains { $0.action == .terminate })
    }

    /// Going on by silence in a studio's words (您不回复的话合作就按原条件再延长三个月, 就当咱们继续合作) and a membership
    /// renewed (自动为其续办一年会籍) are automatic renewals.
    @Test func silenceRenewsInPlainWords() {
        for sentence in ["服务到期前我们会提醒老板，老板不回复的话合作就按原条件再延长两个月。",
                         "合作到期老板没说不做的话，就当咱们继续合作，期限还是半年。",
                         "会员卡到期前未书面声明不续卡的，本店将自动为其续办一年会籍。"] {
            #expect(frames(sentence).contains { $0.action == .renew && $0.automatic }, "\(sentence)")
        }
    }
}
