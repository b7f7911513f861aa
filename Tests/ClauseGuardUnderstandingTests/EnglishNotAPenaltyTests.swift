import Testing
import ClauseGuardUnderstanding

/// Words that look like a penalty and are not one: an ownership interest "at" terms ("the sole interest at the same
/// terms"), penalties listed among the losses a party is released from or answers for ("losses, obligations,
/// penalties, actions, judgments"), and tax penalties an authority may recover.
@Suite struct EnglishNotAPenaltyTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."

    private func penalties(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand([parties, sentence]).keyTerms.filter { $0.family == .penalty }
    }

    @Test func lookAlikesAreNoPenalty() {
        for sentence in [
            // A penalty said not to be owed.
            "No fee, charge or penalty shall be payable by the Client on the expiry of this Agreement in accordance with its terms.",
            "Any fines, penalties or assessments levied by the Card Associations as a result of Client's failure to comply with the Operating Regulations shall be borne solely by Client.",
            "If either party decides to sell its stake in the joint venture, the other party will have the right to acquire its interest at the same or better terms.",
            "Nothing herein shall relieve the Agency from any losses, obligations, penalties, actions, judgments and suits arising from its own acts.",
            "The Agency shall bear any payroll tax or penalties that the tax authority may seek to recover in respect of its staff.",
            // Near misses: a price for a service and a cost incurred, not a sum owed for a breach.
            "The Agency charges a placement of advertising at cost, invoiced monthly.",
            "The Client shall reimburse reasonable travel costs the Agency may incur in performing the Services.",
        ] {
            #expect(penalties(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func latePaymentInterestAndAgreedSumsStayPenalties() {
        for sentence in [
            "Amounts not paid when due shall bear interest at the rate of one and one-half percent (1.5%) per month.",
            "Late payments shall accrue interest at a rate equal to twelve percent (12%) per annum.",
            "If the Client breaches this clause, it shall pay the Agency liquidated damages of USD 20,000.",
            // A fee for hiring the other side's staff, and a charge each failure incurs, are penalties in other words.
            "Should the Client employ a member of the Agency's team during the Term, the Client shall pay a recruitment fee of thirty percent (30%) of that person's first-year salary.",
            "Every late delivery of a monthly report by the Agency shall incur a charge of USD 500.",
        ] {
            #expect(!penalties(sentence).isEmpty, "\(sentence)")
        }
    }

    /// Fines a government or regulator imposes, and a late charge waived, are none the contract sets.
    @Test func anAuthoritysFineAndAWaivedLateCharge() {
        #expect(penalties("Any fines or penalties imposed by a Governmental Authority as a result of the Agency's failure to comply with export control laws shall be borne solely by the Agency.").isEmpty)
        #expect(penalties("Any fine, deduction or penalty imposed by Shopee or Lazada on the Stores shall be borne by the Agency where it results from the Agency's breach of the platform rules.").isEmpty)
        #expect(penalties("Notwithstanding Section 4.5, the Agency agrees to waive the late charge otherwise payable with respect to the first late payment in any year.").isEmpty)
    }

    /// A marketplace's charges "that eBay or Etsy apply", and a charge set elsewhere that "shall not apply", are none the
    /// sentence sets; a fee "plus applicable sales taxes" is still one (its taxes are no tax clause).
    @Test func marketplaceChargesAndACaseWithoutTheFee() {
        #expect(penalties("Any fees, charges, holds on funds or penalties that eBay or Etsy apply to the Client's Accounts are between the Client and the marketplace.").isEmpty)
        #expect(penalties("The early termination charge in clause 9.1 shall not apply to a termination by the Client under clause 9.2.").isEmpty)
        let fee = penalties("If the Client ends this agreement inside the initial period, the Client will pay an early cancellation fee of C$1,850, plus applicable sales taxes.")
        #expect(fee.first?.values.amount?.amount == 1850)
    }

    /// Liquidated damages "payable under Section 8.3" named to say what lies beyond them, or that paying them relieves
    /// nothing, are set elsewhere; "shall pay liquidated damages payable under this Section at 1% per week" still sets them.
    @Test func damagesSetElsewhereAndNamedHere() {
        #expect(penalties("If the liquidated damages payable under Section 8.3 are insufficient to compensate Client for its actual losses, Client may recover the excess.").isEmpty)
        #expect(penalties("Payment of liquidated damages under this clause 8 shall not relieve the Agency of its obligation to complete the Work.").isEmpty)
        #expect(!penalties("The Agency shall pay liquidated damages payable under this Section at the rate of 1% of the Fees per week of delay.").isEmpty)
    }

    /// "overdue charges at the rate of two per cent per month" are late charges; parking fines and speeding penalties a
    /// lessee bears are an authority's.
    @Test func overdueChargesAndTrafficFines() {
        #expect(penalties("In the event of delay in payment of any Lease Rental, the Client shall pay overdue charges at the rate of two per cent per month on the amount in arrears.").first?.values.percent == 2)
        #expect(penalties("The Client is responsible for all parking fines, speeding penalties and tolls incurred while the Vehicle is in the Client's possession.").isEmpty)
    }

    /// A fee paid to use a right ("you can do so by paying us, as an early exit fee, …") is owed by the right's holder;
    /// interest that "shall accrue on any undisputed amount not paid" is a late charge; a TikTok sanction is TikTok's.
    @Test func aFeePaidToLeaveAccruedInterestAndAPlatformsSanction() throws {
        let fee = try #require(penalties("9.3 If the Client needs to leave during the Minimum Term, the Client can do so by paying the Agency, as an early exit fee, the Retainer for every month left in the Minimum Term.").first)
        #expect(fee.party?.role == .client)
        #expect(fee.modality == .duty)
        #expect(!penalties("Interest shall accrue on any undisputed amount not paid by its due date at the rate of 8% per annum.").isEmpty)
        #expect(penalties("Any fine, product removal or account penalty that TikTok imposes on the Shop under its own rules is a matter between the Client and TikTok.").isEmpty)
    }

    /// A statute on penalties named, a marketplace's fee repaid, "no other amount … is payable" and a set-off of service
    /// credits and damages set elsewhere set no penalty; a sum of liquidated damages beside a set-off still does.
    @Test func aStatuteAFeeRepaidNoneDueAndASetOff() {
        #expect(penalties("9.3 The parties record that the penalties in this clause 9 are subject to the Conventional Penalties Act 15 of 1962.").isEmpty)
        #expect(penalties("If the Agency breaches an eBay policy through its own carelessness and eBay charges you a fee or penalty as a result, the Agency will repay that amount.").isEmpty)
        #expect(penalties("No other amount, cancellation fee or loss of profit is payable.").isEmpty)
        #expect(penalties("4.8 Set-Off. Client may set off service credits, liquidated damages and settled cargo claims against amounts owed to Agency.").isEmpty)
        #expect(!penalties("If the Agency fails to deliver on time, it shall pay liquidated damages of USD 500 per day, and the Client may set off such amounts against the fees.").isEmpty)
    }

    /// A whole security deposit forfeited for leaving is a penalty by another name.
    @Test func aForfeitedDepositIsAPenalty() {
        #expect(!penalties("7.3 The Client forfeits the entire security deposit to the Agency if the Client terminates this Agreement other than under clause 13.3.").isEmpty)
    }

    /// A penalty the clause sets stays one when the clause names the statute it falls under.
    @Test func aPenaltyUnderAStatuteNamedIsStillOne() {
        #expect(!penalties("13.6 If the Client terminates this Agreement for convenience, the Client will pay an early exit fee equal to 2 (two) months' charges, which is a genuine pre-estimate of the Agency's loss and is subject to the Conventional Penalties Act, 1962.").isEmpty)
    }
}
