import Testing
import ClauseGuardUnderstanding

/// Automatic renewal as Chinese contracts word it beyond 自动续约: deemed renewal by conduct (视为本合同续签, the cue a
/// few words before the action) and 自动延长; renewal by a new agreement and a right of first refusal are not automatic.
@Suite struct RenewalWordingTests {
    private func renewals(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", sentence]).keyTerms.filter { $0.family == .auto_renewal }
    }

    @Test(arguments: [
        "合同期满，甲方继续使用乙方服务的，视为本合同续签，续签期限与原合同相同。",
        "任何一方在期满前一个月未书面通知对方终止的，本合同自动延长一年。",
    ])
    func automatic(sentence: String) throws {
        let term = try #require(renewals(sentence).first)
        #expect(term.automatic == true)
    }

    @Test(arguments: ["本协议有效期一年，期满后双方另行签订续约协议。", "本合同期满后自行终止，不自动续期。"])
    func notAutomatic(sentence: String) {
        #expect(!renewals(sentence).contains { $0.automatic == true })
    }
}
