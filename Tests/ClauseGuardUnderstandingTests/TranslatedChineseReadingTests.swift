import Testing
import ClauseGuardUnderstanding

/// Chinese that reads as a translation from English: "shall not" as 不应, a party explained in a bracket after
/// 任何一方, the provider called 服务提供商.
@Suite struct TranslatedChineseReadingTests {
    private let header = ["电商代运营服务协议", "甲方（委托方，以下简称“客户”）：杭州某某商贸有限公司", "乙方（服务提供商）：广州某某网络科技有限公司"]

    @Test func shallNotBeRenewedIsNoRenewal() {
        let u = PackageLexicons.understand(header + ["本协议在期限届满时不应被自动续展。如双方有意续展，应另行签署书面协议。"])
        #expect(!u.keyTerms.contains { $0.family == .auto_renewal && $0.automatic == true })
        // Near miss: 应被自动续展 is a silent renewal.
        let renews = PackageLexicons.understand(header + ["如任何一方未在期限届满前三十日提出异议，本协议应被自动续展一年。"])
        #expect(renews.keyTerms.contains { $0.family == .auto_renewal })
    }

    @Test func eitherPartyExplainedInABracketIsEitherParty() throws {
        let u = PackageLexicons.understand(header + ["任何一方（无论是客户还是服务提供商）均可通过提前十五日书面通知另一方的方式终止本协议。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.actor?.role == .either)
    }
}
