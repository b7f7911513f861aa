import Testing
@testable import ClauseGuardUnderstanding

/// A definition met inside a sentence ("… it shall pay to Cartwheel Digital Pvt. Ltd. ("Cartwheel") the balance") names
/// the party by the proper name that ends the prose before it, not by the sentence, whose role words are not the party's.
@Suite struct EnglishPartyNameTests {
    @Test(arguments: [("it shall forthwith pay to Cartwheel Digital Pvt. Ltd.", "Cartwheel Digital Pvt. Ltd."),
                      ("Acme Retail Inc.", "Acme Retail Inc."),
                      ("the fees go to Bank of America", "Bank of America"),
                      ("and Northwind Ltd.", "Northwind Ltd.")])
    func theNameIsTheTrailingProperName(prose: String, name: String) {
        #expect(EnglishPartyFinder.trailingProperName(prose) == name)
    }

    @Test func roleWordsInTheSentenceDoNotGiveThePartyARole() throws {
        let understanding = PackageLexicons.understand([
            "This Agreement is made between Acme Retail Inc. (\"Merchant\") and Northwind Digital LLC (\"Cartwheel\").",
            "Cartwheel shall provide store management services to Merchant.",
            "Should the Merchant wish to exit early, it shall pay to Cartwheel Digital Pvt. Ltd. (\"Cartwheel\") the entire balance of the fees.",
        ])
        let cartwheel = try #require(understanding.parties.parties.first { $0.label == "Cartwheel" })
        #expect(cartwheel.role == .provider)
    }
}
