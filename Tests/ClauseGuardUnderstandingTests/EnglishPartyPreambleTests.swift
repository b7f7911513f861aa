import Testing
import ClauseGuardUnderstanding

/// English preambles as UK and order-form contracts write them: "(1) X Ltd., a company incorporated in England and
/// Wales … whose registered office is at … ("X")", a role line that defines a short name ("Provider: … ("Meridian")"),
/// and a duty to supply the provider ("Customer shall provide Meridian with access") that is no recital.
@Suite struct EnglishPartyPreambleTests {
    @Test func ukNumberedParties() {
        let u = PackageLexicons.understand([
            "BETWEEN:",
            "(1) BrightCart Ltd., a company incorporated in England and Wales with company number 11849203, whose registered office is at 4th Floor, 27 Hatton Garden, London EC1N 8BN (\"BrightCart\"); and",
            "(2) Oakridge Home Goods Limited, a company incorporated in England and Wales with company number 09311475, whose registered office is at Unit 7, Fenton Trade Park, Stoke-on-Trent ST4 2RS (the \"Merchant\").",
            "(B) BrightCart provides marketplace account management services to the Merchant.",
        ])
        #expect(u.parties.party(labelled: "BrightCart")?.name == "BrightCart Ltd.")
        #expect(u.parties.party(labelled: "Merchant")?.name == "Oakridge Home Goods Limited")
        #expect(u.parties.role(of: "BrightCart") == .provider)
        #expect(u.parties.role(of: "Merchant") == .client)
    }

    /// Indian drafting describes each party at length before its definition ("KESARWANI HANDLOOM EXPORTS LLP, a limited
    /// liability partnership … (hereinafter referred to as "Party B", …)"): the name is the party's first words, however
    /// long the description; and the party that "wishes to avail the … services of Party A" is the client.
    @Test func aLongDescriptionAndAvailingServices() {
        let u = PackageLexicons.understand([
            "MARKETPLACE SERVICES AGREEMENT",
            "SARVODAYA DIGITAL BAZAAR PRIVATE LIMITED, a company incorporated under the Companies Act, 2013, having its registered office at No. 41, 3rd Cross, Indiranagar, Bengaluru 560038 (hereinafter referred to as \"Party A\", which expression shall include its successors) of the ONE PART;",
            "AND",
            "KESARWANI HANDLOOM EXPORTS LLP, a limited liability partnership registered under the Limited Liability Partnership Act, 2008, having LLPIN AAQ-7316 and its principal place of business at B-17, Industrial Estate, Chowk Road, Varanasi 221001, Uttar Pradesh (hereinafter referred to as \"Party B\", which expression shall include its partners) of the OTHER PART.",
            "D. Party B wishes to avail the marketplace, logistics and payment collection services of Party A, and Party A has agreed to provide the same on the terms set out herein.",
        ])
        #expect(u.parties.party(labelled: "Party B")?.name == "KESARWANI HANDLOOM EXPORTS LLP")
        #expect(u.parties.role(of: "Party A") == .provider)
        #expect(u.parties.role(of: "Party B") == .client)
    }

    /// A date defined in the preamble ("as of March 3, 2025 (the "SOW Effective Date")", "dated September 16, 2023 (the
    /// "MSA")") is no party, so "Expiration of the MSA will terminate this SOW" has no party as its actor.
    @Test func aDefinedDateIsNoParty() {
        let u = PackageLexicons.understand([
            "This Statement of Work No. 4 (this \"SOW\") is entered into as of March 3, 2025 (the \"SOW Effective Date\") by and between Halvorsen Outdoor Supply Co., a Minnesota corporation (\"Customer\"), and Brightlane Growth Partners, LLC, a Delaware limited liability company (\"Vendor\").",
            "This SOW is issued under the Master Services Agreement between Customer and Vendor dated September 16, 2023 (the \"MSA\").",
            "Vendor has performed SOW Nos. 1 through 3 under the MSA.",
        ])
        #expect(u.parties.parties.map(\.label).sorted() == ["Customer", "Vendor"])
    }

    /// ("Party A" or the "Agency"): the letter's second name says its side, and a recital in the second names ("The
    /// Principal wishes to appoint the Agency") says the other's.
    @Test func aLetterWithASecondDefinedName() {
        let u = PackageLexicons.understand([
            "(1) HARTLEY & VOSS DIGITAL LIMITED, incorporated and registered in England and Wales with company number 11482937 (\"Party A\" or the \"Agency\"); and",
            "(2) BRAMBLEWICK PROVISIONS LIMITED, incorporated and registered in England and Wales with company number 09863152 (\"Party B\" or the \"Principal\").",
            "(C) The Principal wishes to appoint the Agency to manage its Amazon business.",
        ])
        #expect(u.parties.role(of: "Party A") == .provider)
        #expect(u.parties.role(of: "Party B") == .client)
        #expect(u.parties.party(labelled: "Party B")?.aliases == ["Principal"])
        #expect(u.parties.source == .contract)
    }

    @Test func roleLineDefinesAShortName() {
        var lines = [
            "Provider: Meridian Storefront Services Ltd, a company registered in England and Wales (company number 13390218), of Unit 5, Brindley Court, Birmingham B1 2JS (\"Meridian\").",
            "Customer: Castlegate Cycles Ltd, a company registered in England and Wales (company number 08851642), of 19 Castlegate, York YO1 9RN (the \"Customer\").",
        ]
        lines += Array(repeating: "The parties agree as follows.", count: 5)
        lines.append("The Customer shall provide Meridian with access to its seller accounts.")
        lines.append("Meridian may terminate this Agreement at any time without cause.")
        let u = PackageLexicons.understand(lines)
        #expect(u.parties.role(of: "Meridian") == .provider)
        #expect(u.parties.role(of: "Customer") == .client)
        #expect(u.frames.contains { $0.action == .terminate && $0.actor?.role == .provider })
        #expect(u.parties.parties.allSatisfy { party in !party.evidence.contains { $0.role != party.role } })
    }

    /// A short name whose second name is a role word ("Northvane" or the "Agency"), a letter whose side is in brackets
    /// ("Party A (Service Provider): …"), and a duty in the articles after "the parties agree as follows" ("Brand shall
    /// provide approval") that says nothing of who serves whom.
    @Test func secondNamesSidesInBracketsAndDutiesInTheArticles() {
        let short = PackageLexicons.understand([
            "BETWEEN:",
            "BIRCHWOOD HOLLOW CERAMICS INC., a corporation incorporated under the laws of the Province of Nova Scotia, having its registered office at 418 Quinpool Road, Halifax (the \"Client\");",
            "AND:",
            "NORTHVANE STOREFRONT SERVICES LTD., a corporation incorporated under the Business Corporations Act (Ontario), having its principal office at 77 Wellesley Street East, Toronto (\"Northvane\" or the \"Agency\").",
        ])
        #expect(short.parties.role(of: "Northvane") == .provider)
        let letters = PackageLexicons.understand([
            "This Agreement is signed in Hong Kong by the following two parties:",
            "Party A (Service Provider): SWIFTLINK SUPPLY CHAIN (HONG KONG) LIMITED, address at Kwai Chung (hereinafter called \"Swiftlink\" or \"Party A\").",
            "Party B (Client): LUMORA LIFESTYLE TRADING COMPANY LIMITED, address at Kwun Tong (hereinafter called \"Lumora\" or \"Party B\").",
        ])
        #expect(letters.parties.role(of: "Party A") == .provider)
        #expect(letters.parties.role(of: "Party B") == .client)
        let articles = PackageLexicons.understand([
            "This Agreement is made by and between VANTAPEAK CREATIVE LLC, a California limited liability company (\"Vantapeak\" or the \"Agency\"), and SOLVERA SKINCARE, INC., a Delaware corporation (\"Brand\").",
            "NOW, THEREFORE, the parties agree as follows:",
            "Section 2.03 Approvals. Brand shall provide approval or requested revisions within two (2) business days after receipt of draft content.",
        ])
        #expect(articles.parties.role(of: "Brand") == .client)
    }
}
