import Testing
import ClauseGuardUnderstanding

/// A party after a verb that takes it as object (干扰乙方运营, 经甲方同意, 通知乙方) is not who must act: the subject
/// dropped after a condition is the condition's own party.
@Suite struct ChineseObjectPartyTests {
    @Test func partyInterferedWithIsNotThePayer() throws {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司",
                                            "甲方擅自登录店铺后台修改价格的，视为干扰乙方运营，每次须向乙方支付违约金2000元。"])
        let frame = try #require(u.frames.first { $0.action == .pay_penalty })
        #expect(frame.actor?.role == .client)
    }

    @Test func partyWhoseConsentIsNeededIsNotTheActor() throws {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "经甲方同意后，可以调整服务费。"])
        #expect(u.frames.allSatisfy { $0.actor?.role != .client })
    }
}
