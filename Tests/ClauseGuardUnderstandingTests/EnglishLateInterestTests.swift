import Testing
import ClauseGuardUnderstanding

/// Contractual interest for paying late is a penalty term however it is worded ("accrue interest at 1% per month",
/// "charge interest on the overdue amount"); "Amounts not paid when due" describes the amounts, it denies nothing; and
/// "the Contract will terminate automatically" is the contract ending, not a party's duty.
@Suite struct EnglishLateInterestTests {
    private let parties = "This Agreement is made between Acme Store Ltd (\"Merchant\") and BrightCart Ltd (\"BrightCart\")."

    @Test(arguments: [
        "Amounts not paid within thirty (30) days after the due date accrue interest at 1% per month until paid.",
        "If the Merchant fails to pay any amount when due, BrightCart may charge interest on the overdue amount at the rate of 4% per annum.",
        "Late payment interest: 1% per month after 30 days past due.",
        // Indian drafting ("carry interest @"), a US finance charge, a lease's interest "on it" at a defined rate.
        "Any amount remaining unpaid after the due date shall carry interest @ 18% per annum, calculated on daily basis, till the date of realisation.",
        "Late payments will accrue a finance charge of 1% per month on the outstanding balance, or the maximum rate permitted by law if lower.",
        "If any sum payable under this Lease is not paid within 14 days of its due date, the Merchant shall pay interest on it at 4% per annum above the base rate.",
    ])
    func lateInterestIsAPenalty(sentence: String) {
        let u = PackageLexicons.understand([parties, sentence])
        #expect(u.keyTerms.contains { $0.family == .penalty && $0.values.percent != nil })
    }

    @Test func securityInterestIsNoPenalty() {
        let u = PackageLexicons.understand([parties, "Merchant grants BrightCart no security interest in the Inventory."])
        #expect(!u.keyTerms.contains { $0.family == .penalty })
    }

    @Test func contractEndingOnAnEvent() throws {
        let u = PackageLexicons.understand([parties, "If the Merchant sells the business, this Agreement will terminate automatically on completion of the sale."])
        let term = try #require(u.keyTerms.first { $0.family == .termination })
        #expect(term.modality == nil)
        #expect(term.summary.en.hasPrefix("The contract ends"))
    }
}
