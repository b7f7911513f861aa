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

    /// A South African preamble: "(PTY) LTD" in the name, a registration number with slashes and an address before the
    /// defined short name.
    @Test func aNameWithABracketedPartAndARegistrationNumber() throws {
        let understanding = PackageLexicons.understand([
            "FULFILMENT SERVICES AGREEMENT", "entered into between",
            "KAROO FULFILMENT LOGISTICS (PTY) LTD, registration number 2016/384721/07, of Warehouse 3, Meadowbrook Business Park, 17 Jet Park Road, Boksburg, 1459 (\"Karoo\")",
            "and",
            "FYNBOS BOTANICALS (PTY) LTD, registration number 2019/102655/07, of 22 Bree Street, Cape Town, 8001 (the \"Client\")",
            "Karoo shall provide fulfilment services to the Client.",
        ])
        let karoo = try #require(understanding.parties.parties.first { $0.label == "Karoo" })
        #expect(karoo.name == "KAROO FULFILMENT LOGISTICS (PTY) LTD")
        #expect(karoo.role == .provider)
        let client = try #require(understanding.parties.parties.first { $0.label == "Client" })
        #expect(client.name == "FYNBOS BOTANICALS (PTY) LTD")
    }

    /// Australian and Irish preambles: "(ACN 623 118 907)" after the name, "the" inside the quotes ("the Merchant").
    @Test func aCompanyNumberInBracketsAndTheInsideTheQuotes() throws {
        let understanding = PackageLexicons.understand([
            "Parties",
            "Southerly Commerce Pty Ltd (ACN 623 118 907) of Level 6, 212 Flinders Lane, Melbourne VIC 3000 (\"Southerly\").",
            "Banksia Home Goods Pty Ltd (ACN 647 302 551) of Unit 4, 18 Kewdale Road, Welshpool WA 6106 (\"the Merchant\").",
            "Lir Artisan Bakeries Limited, a private company registered in Ireland under number 588219, having its registered office at 27 Clanbrassil Street Lower, Dublin 8 (\"the Client\").",
        ])
        let names = Dictionary(understanding.parties.parties.map { ($0.label, $0.name) }, uniquingKeysWith: { a, _ in a })
        #expect(names["Southerly"] == "Southerly Commerce Pty Ltd")
        #expect(names["Merchant"] == "Banksia Home Goods Pty Ltd")
        #expect(names["Client"] == "Lir Artisan Bakeries Limited")
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
