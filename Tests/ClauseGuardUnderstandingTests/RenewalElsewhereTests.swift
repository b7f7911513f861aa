import Testing
import ClauseGuardUnderstanding

/// A renewal that belongs to something else (a platform subscription "与本合同服务期限无关") or is said not to apply
/// ("shall not apply to this Agreement", "Notwithstanding any evergreen … language …, this Agreement shall expire") is no
/// renewal term of the contract; the contract's own renewal beside it still is.
@Suite struct RenewalElsewhereTests {
    private let english = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."
    private let chinese = ["甲方（委托方）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司"]

    private func renewals(_ lines: [String]) -> [KeyTerm] {
        PackageLexicons.understand(lines).keyTerms.filter { $0.family == .auto_renewal }
    }

    @Test func anotherThingsRenewalIsNone() {
        #expect(renewals([english, "The automatic renewal provisions of the Client's marketplace subscription shall not apply to this "
            + "Agreement, which shall end on the last day of the Term."]).isEmpty)
        #expect(renewals([english, "Notwithstanding any evergreen or automatic renewal language in Agency's proposal, this Agreement "
            + "shall expire at the end of the Term."]).isEmpty)
        #expect(renewals(chinese + ["平台按月自动续订甲方店铺的专业版订阅服务，订阅费由甲方直接支付，与本合同服务期限无关。"]).isEmpty)
    }

    @Test func theContractsOwnRenewalStays() {
        #expect(renewals([english, "This Agreement shall renew automatically for successive one-year terms unless either party "
            + "gives notice of non-renewal."]).count == 1)
        #expect(renewals(chinese + ["本合同期满后自动续期一年，续期期间的服务费按原标准执行。"]).count == 1)
    }
}
