import Testing
import ClauseGuardUnderstanding

/// Two parties whose words first put both on one side: "Seller", a provider's word in a sales contract, is the
/// merchant in an Amazon agency's contract that serves the "Seller"; a consultant's own recital that "appoints" the
/// company must not outvote its definition.
@Suite struct SameSidePartiesTests {
    private let agencyPreamble = [
        "STORE MANAGEMENT SERVICES AGREEMENT",
        "This Agreement is made between Acme Retail Inc. (\"Seller\") and Northwind Marketplace Partners LLC (\"Northwind\").",
        "Northwind shall provide store management services to Seller.",
    ]

    @Test func theSellerAnAgencyServesIsTheClient() {
        let u = PackageLexicons.understand(agencyPreamble + [
            "Northwind may terminate this Agreement at any time, for any reason or no reason, by giving the Seller written notice.",
            "Seller may terminate this Agreement for convenience on 14 days' written notice.",
        ])
        #expect(u.parties.role(of: "Seller") == .client)
        #expect(u.parties.role(of: "Northwind") == .provider)
        let exits = u.frames.filter { $0.action == .terminate && $0.trigger == .at_will }
        #expect(exits.map { $0.actor?.role } == [.provider, .client])
    }

    @Test func aSellerInASalesContractStaysTheProvider() {
        let u = PackageLexicons.understand([
            "SUPPLY AGREEMENT",
            "This Agreement is made between Acme Components Inc. (\"Seller\") and Brightline Retail LLC (\"Buyer\").",
            "Seller shall sell and deliver the Products to Buyer.",
            "Seller may terminate this Agreement on 90 days' written notice.",
        ])
        #expect(u.parties.role(of: "Seller") == .provider)
        #expect(u.parties.role(of: "Buyer") == .client)
    }

    @Test func aDefinitionOutweighsAStrayRecital() {
        let u = PackageLexicons.understand([
            "CONSULTING AGREEMENT",
            "This Consulting Agreement is entered into by and between Kestrel Bio, Inc. (\"Company\") and Dana Whitfield (\"Consultant\").",
            "Consultant hereby designates and appoints Company as its attorney-in-fact for the limited purpose of filing patent applications.",
            "Consultant shall perform the services described in Exhibit A.",
        ])
        #expect(u.parties.role(of: "Consultant") == .provider)
        #expect(u.parties.role(of: "Company") == .client)
    }
}
