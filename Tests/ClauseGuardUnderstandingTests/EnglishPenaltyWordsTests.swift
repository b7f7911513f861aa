import Testing
import ClauseGuardUnderstanding

/// The price of leaving, and credits owed for a default under other names, are penalty terms in English too.
@Suite struct EnglishPenaltyWordsTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."

    @Test func aBuyoutAndAnExitFeeArePenalties() {
        for sentence in [
            "If the Client is acquired by a competitor of the Agency, the Client may end this Agreement by making a contract buyout payment of USD 50,000.",
            "On early termination the Client shall pay an exit fee equal to three (3) months' fees.",
            "If the Services are unavailable for more than four hours in a month, the Agency will give the Client a credit equal to the fees paid for that month.",
            "Fees paid after the due date shall incur a late payment charge of 0.05% of the outstanding amount for each day until paid in full.",
            "Upon termination for convenience, the Client shall pay the Agency a make-whole amount equal to 75% of the fees for the remainder of the Term.",
            "If the Client orders less than the Minimum Quantity in a Contract Year, the Client shall make a shortfall payment equal to 60% of the price of the deficiency.",
            // "early exit" is a way out; "an early exit fee" is its price.
            "If termination takes effect before the end of the Initial Period, the Client shall pay the Agency an early exit fee equal to one Monthly Fee.",
            // A "termination sum": the same price under another name.
            "If this Agreement ends early because of the Client's default, the Client shall pay the Agency a termination sum equal to 80% of the fees for the rest of the Term.",
            "If the Client ends this Agreement during the Minimum Term, the Client must pay the Agency a break fee equal to the Monthly Retainer multiplied by the months remaining.",
            // A campaign cancelled late, and dealing with the talent behind the agency's back.
            "If the Client cancels a Campaign after the booking of Talent is confirmed, the Client shall pay the Agency a kill fee of USD 2,750.",
            "If the Client breaches Section 7.01, the Client shall pay the Agency a circumvention fee equal to twenty-five percent (25%) of all fees paid to such Talent.",
            // A charge for reports delivered late, a defined "Termination Value", and damages fixed per day of holding over.
            "The Client shall pay a late-reporting charge of USD 250 for each monthly sales report delivered after the 10th day of the month.",
            "If the Client terminates during the Initial Term, the Client shall pay the Agency the Termination Value set out in Schedule 3.",
            "If the Client fails to return the Equipment on expiry, the Client shall pay the Agency damages of USD 400 for every day of delay.",
            // The price of ending early under another name.
            "Upon any termination for convenience, the Client shall pay the Agency a wind-down fee equal to thirty-five percent (35%) of the fees for the remainder of the Term.",
            // Interest an unpaid invoice "shall attract" (Indian drafting), and interest "payable … on overdue amounts".
            "Any invoice not paid within seven (7) days of its date shall attract interest at 24% per annum.",
            "Interest is payable by the Client on overdue amounts at the rate of 10% per annum from the due date until the date of payment.",
            // A shortfall charge for volume not tendered, and holdover charges for staying past the end.
            "If the Client tenders less than 85% of the Committed Volume in a Contract Year, the Client shall pay the Agency a shortfall charge of $120 per shipment below that threshold.",
            "If the Client fails to remove its equipment, the Client shall pay holdover charges equal to one hundred fifty percent (150%) of the monthly fee.",
            // Interest on a sum "due … and not paid", and a fee "deemed fully earned" with "no portion thereof" refunded on termination.
            "The Client shall pay interest on any sum due under this Agreement and not paid on the due date at the rate of 4 per cent per annum above sterling LIBOR.",
            "If this Agreement is terminated because the Client fails to open the Store within the Opening Period, the Initial Fee shall be deemed fully earned by the Agency and no portion thereof shall be refunded.",
            // Liquidated damages that say what they are: "and not as a penalty" denies nothing.
            "The Client shall pay to the Agency the sum of USD 85,000 as a genuine pre-estimate of loss and not as a penalty.",
            // Scots law's own name for them.
            "Should the Client fail to give the required notice, it shall be liable to the Agency in liquidate damages equal to one month's fee.",
        ] {
            #expect(PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
    }

    /// Sums in rupees and pounds are read as sums ("damages of ₹12,000", "Rs. 2,500", "GBP 1,750"), so a penalty stated
    /// only by its amount is still one; damages without a sum ("damages of any kind") set none.
    @Test func sumsInRupeesAndPounds() {
        let amount = { (sentence: String) in
            PackageLexicons.understand([self.parties, sentence]).keyTerms.first { $0.family == .penalty }?.values.amount
        }
        #expect(amount("If the Client fails to vacate the Premises on expiry, the Client shall pay the Agency damages of ₹12,000 for every day of occupation.")?.currency == "INR")
        #expect(amount("The Client shall pay the Agency a late fee of Rs. 2,500 for each invoice paid after its due date.")?.amount == 2_500)
        #expect(amount("The Client shall pay the Agency a cancellation fee of GBP 1,750.")?.currency == "GBP")
        #expect(amount("Neither party shall be liable to the other for damages of any kind arising from a delay in delivery.") == nil)
    }

    /// Penalties owed under another clause and deducted from the fees are collected, not set, by the sentence; a
    /// deduction that states the rate still sets one.
    @Test func aSetOffOfPenaltiesOwedElsewhereSetsNone() {
        let penalties = { (sentence: String) in
            PackageLexicons.understand([self.parties, sentence]).keyTerms.filter { $0.family == .penalty }
        }
        #expect(penalties("The Client may deduct any liquidated damages due under clause 7 from the fees payable to the Agency.").isEmpty)
        #expect(penalties("The Client may deduct liquidated damages of 1% of the fees per day of delay from any invoice.").first?.values.percent == 1)
    }

    /// A proviso capping the damages ("provided that in no event shall the aggregate … exceed") excludes nothing; an
    /// exclusion the clause itself states still does.
    @Test func aCapInAProvisoKeepsThePenalty() throws {
        let term = try #require(PackageLexicons.understand([parties, "Should the Agency fail to launch the store by the Milestone Date, the Agency shall pay the Client liquidated damages of US$900 per calendar day of delay, provided that in no event shall the aggregate of such liquidated damages exceed ten percent (10%) of the fees."])
            .keyTerms.first { $0.family == .penalty })
        #expect(term.values.perDay)
        #expect(!PackageLexicons.understand([parties, "In no event shall either party be liable for any penalties or liquidated damages, provided that this limitation shall not apply to a breach of Section 9."])
            .keyTerms.contains { $0.family == .penalty })
        #expect(!PackageLexicons.understand([parties, "Except for breaches of Section 9, in no event shall either party be liable for any penalties or liquidated damages."])
            .keyTerms.contains { $0.family == .penalty })
    }

    @Test func creditTermsAreNoPenalty() {
        for sentence in [
            // A marketplace's fines are the platform's, as an authority's are.
            "Any fines, penalties or fee adjustments imposed by Amazon or any other Marketplace on the Client's account as a result of the Agency's listings shall be borne by the Agency.",
            "The Agency extends the Client credit terms of thirty (30) days from the date of each invoice.",
            "The Client shall open an irrevocable letter of credit in favour of the Agency equal to three months' fees.",
        ] {
            #expect(!PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
    }

    /// A service credit for a missed service level is a price adjustment, no penalty (as the reference labels count
    /// it); a credit the provider owes for a default under another name ("a credit equal to the amount paid") still is.
    @Test func aServiceCreditIsNoPenalty() throws {
        for sentence in ["The Client's sole and exclusive remedy for any failure to meet the availability target is a service credit of five percent (5%) of the monthly Fees.",
                         "If a Critical Service Level is missed, the Agency shall pay the Client a Service Level Credit of two percent (2%) of the monthly fees."] {
            #expect(!PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
        let credit = PackageLexicons.understand([parties, "If the Agency misses a delivery date, the Agency will give the Client a credit equal to the fees paid for that month."])
        let term = try #require(credit.keyTerms.first { $0.family == .penalty })
        #expect(term.party?.role == .provider)
    }

    /// UK / Singapore / Australian names: "liquidated and ascertained damages", "agreed damages", and interest "on any
    /// amount not paid by the due date" at a margin over a reference rate.
    @Test func commonwealthNamesForLiquidatedDamagesAndInterest() {
        for sentence in [
            "The Client shall be entitled to deduct from any monies due to the Agency liquidated and ascertained damages at the rate stated in the Appendix for every week of delay.",
            "Each breach of this Clause 9 by the Agency shall entitle the Client to claim from the Agency the sum of S$20,000 as agreed damages.",
            "The Client must pay interest on any amount not paid by the due date at a rate which is 2% per annum above the Cash Rate Target.",
        ] {
            #expect(PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
    }

    /// A deposit forfeited for a default is a penalty; a fee "non-refundable except" after a breach forfeits nothing for one.
    @Test func aDepositForfeitedForADefaultIsAPenalty() {
        for sentence in [
            "Where the Client breaches the exclusivity undertaking in Clause 6, the Performance Deposit of USD 8,000 shall be forfeited to the Agency in full.",
            "If the Client fails to open the Store by the Opening Deadline, the Development Deposit shall be forfeited to the Agency in its entirety.",
            // Forfeited on an early exit, "is forfeited" or retained "in full".
            "5.2 If Client terminates this Agreement before the end of the Initial Term, the Deposit is forfeited to Agency in full as a reasonable estimate of Agency's lost staffing investment.",
            "7.2 Should Client terminate this Agreement before the end of the Initial Period, Agency may retain the Deposit in full as a pre-estimate of its losses.",
        ] {
            #expect(PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
        let fee = "The Client shall pay the Agency a one-time set-up fee of USD 4,000 upon signing, which fee is non-refundable except as provided in Section 9.3 for the Agency's breach."
        #expect(!PackageLexicons.understand([parties, fee]).keyTerms.contains { $0.family == .penalty })
    }

    /// A charge for each period of delay (a "delay charge", a sum per business day) is liquidated damages under another name.
    /// A fee named for a breach, interest charged on "the unpaid amount", a returned-payment fee and holdover rent are
    /// penalties under other names.
    @Test func aBreachFeeInterestOnTheUnpaidAmountAndHoldoverRentArePenalties() {
        for sentence in [
            "A Client that withdraws from a Promotion Campaign after committing its stock shall pay the Agency a breach fee of USD 2,000 per withdrawn SKU.",
            "If the Client fails to pay any invoice when due, it shall pay interest on the unpaid amount at the rate of twelve percent (12%) per annum until paid.",
            // A fee for a payment that bounces; rent raised for keeping the goods past the end.
            "The Client shall pay the Agency a fee of $40 for each check or automatic debit that is returned or dishonored for any reason.",
            "If the Client fails to return any Equipment when required, the Client shall pay holdover rent equal to one hundred fifty percent (150%) of the monthly Rent.",
        ] {
            #expect(PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
    }

    /// A charge late payments "attract", interest that "shall accrue on the unpaid sum" or is paid "on that sum", a late
    /// reporting fee per day and UK "delay payments" are penalties under other names; goods or costs "non-returnable" or
    /// "non-refundable" are no fee forfeited.
    @Test func lateChargesAndDelayPaymentsUnderOtherNames() {
        for sentence in [
            "Late payments shall attract a charge of two percent (2%) per month on the outstanding balance.",
            "Where the Client fails to pay any invoice within the payment period, interest shall accrue on the unpaid sum at eight percent (8%) per annum above the base rate.",
            "If the Client fails to pay any undisputed sum by the due date, the Client shall pay interest on that sum at the rate of four per cent (4%) per annum.",
            "The Client shall pay a late reporting fee of USD 75 for each day by which any monthly sales report is overdue.",
            "If the Agency fails to launch the Store on the Launch Date, the Agency shall pay the Client delay payments of USD 850 for each day until the Store is live.",
            "The Client shall pay the Agency a late-shipment charge of USD 12 for each order that the Client fails to hand over to the carrier within the handling time.",
            // Plural charges, interest named "late interest", a hire's late return charge.
            "Any amounts not paid by the Client when due shall accrue late charges at the lesser of 1.5% per month or the maximum rate permitted by law.",
            "Late interest shall accrue on the Client's overdue invoices at 3% above the prime rate.",
            "If the Equipment is not returned at the end of the Hire Period, the Client shall pay a late return charge of £85 per day until it is returned.",
            // A right to cancel "subject to a kill fee"; a lease's prepayment fee for ending early.
            "The Client may cancel the Transition Services on not less than 20 Business Days' notice, subject to a kill fee of £12,500.",
            "If the Client terminates this Agreement before the end of the Term, the Client shall pay a prepayment fee equal to 3% of the remaining fees.",
            // A lockout fee each time the crew is refused access; a returned-payment fee.
            "The Client shall pay a lockout fee of $120 for each occasion on which the Agency's crew is denied access to the Premises.",
            "If a payment the Client makes is returned by its bank, the Agency will charge a $25 returned-payment fee.",
            // Simple interest borne on an unpaid invoice.
            "If an invoice remains unpaid 15 days after a written reminder, the unpaid amount will bear simple interest of 0.75% per month.",
        ] {
            #expect(PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
        for sentence in [
            "Upon payment of the cancellation charges, all non-returnable/non-cancelable components on order shall become the property of the Client.",
            "In addition, if this Agreement is terminated by the Client, the Client will pay the Agency's reasonable non-refundable expenses incurred before the termination notice.",
            // A disclaimer of penalties sets none.
            "Nothing in this Agreement shall be construed as imposing a penalty on either party.",
        ] {
            #expect(!PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
    }

    @Test func aChargeForEachPeriodOfDelayIsAPenalty() {
        for sentence in [
            "If the Agency fails to deliver the export on time, it shall pay the Client GBP 85 for each Business Day of delay, up to a maximum of GBP 2,550.",
            "The Agency shall pay the Client a delay charge of two percent (2%) of the monthly fee for each full week of delay in launching the Store.",
        ] {
            #expect(PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
    }

    /// A sum per day of delay or of a breach going on is liquidated damages that do not say so, charged per day; a fee
    /// per day of a service is none.
    @Test func aSumForEachDayOfDelay() throws {
        for sentence in ["The Agency shall pay the Client USD 800 for each day of delay in delivery.",
                         "If the Client fails to cease all use of the Marks within ten (10) days after termination, the Client shall pay the Agency $1,200 for each day of such continued use.",
                         "The Agency shall pay the Client the sum of $2,500 per day for each day the Work remains incomplete after the Completion Date."] {
            let term = try #require(PackageLexicons.understand([parties, sentence]).keyTerms.first { $0.family == .penalty }, "\(sentence)")
            #expect(term.values.perDay, "\(sentence)")
        }
        #expect(!PackageLexicons.understand([parties, "The Client shall pay USD 500 for each day of training attended."]).keyTerms.contains { $0.family == .penalty })
    }
}

/// A party named in a bracket after the subject describes it: "the Client (the merchant whose store the Agency
/// operates) shall pay" is the Client's duty.
@Suite struct EnglishBracketedPartyTests {
    @Test func theSubjectBeforeTheBracketPays() throws {
        let u = PackageLexicons.understand(["This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\").",
                                            "If any invoice remains unpaid, the Client (the merchant whose store the Agency operates) shall pay a late-payment charge of 2% of the overdue amount for each day of delay."])
        let penalty = try #require(u.keyTerms.first { $0.family == .penalty })
        #expect(penalty.party?.role == .client)
    }
}

/// A marketplace's penalty points on a store are its sanction: no penalty term, unless the sentence sets one.
@Suite struct EnglishPenaltyPointsTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Brand\") and Northwind Digital LLC (\"Agency\")."

    @Test func penaltyPointsAreNoPenalty() {
        let u = PackageLexicons.understand([parties, "The Agency may terminate if any Store receives penalty points or is suspended by a Platform."])
        #expect(!u.keyTerms.contains { $0.family == .penalty })
        let ld = PackageLexicons.understand([parties, "If the Store receives penalty points because of the Agency's breach, the Agency shall pay the Brand liquidated damages of USD 2,000."])
        #expect(ld.keyTerms.contains { $0.family == .penalty })
    }

    /// A sum with no penalty word is a penalty when the sentence states the breach it answers, and a price otherwise.
    @Test func aSumForABreachAndASumForTheRights() {
        let breach = PackageLexicons.understand([parties, "If either party breaches clause 7.3, it shall pay the other party a sum equal to 20% of the annual gross salary offered to the person concerned."])
        #expect(breach.keyTerms.contains { $0.family == .penalty && $0.values.percent == 20 })
        for price in ["In consideration of the rights granted hereunder, the Client shall pay to the Agency the sum of $480,000.",
                      "The Client shall pay the Agency an amount equal to the fees set out in the Order Form."] {
            #expect(!PackageLexicons.understand([parties, price]).keyTerms.contains { $0.family == .penalty }, "\(price)")
        }
    }

    /// The fees of the term left, paid on leaving early, and mesne profits for staying on are penalties; the services
    /// given for the rest of the term are none.
    @Test func theRestOfTheTermsFeesAndMesneProfits() {
        for sentence in [
            "If the Client ends this Agreement during the Minimum Term, the Client must pay the Monthly Fee for the rest of the Minimum Term.",
            "If the Client terminates this Agreement early, the Client shall pay all fees for the balance of the term.",
            "If the Client fails to yield up the Premises, the Client shall pay to the Agency mesne profits at a rate equal to one and a half times the daily Rent.",
            "If the Agency terminates this Lease for default, the Client shall pay, as accelerated rent, the Basic Rent for the next three months.",
            "If the Client remains in possession without consent, the Client shall pay, for each day of overholding, twice the daily Basic Rent.",
            // Delay damages by that name; Scots law's word for mesne profits.
            "The Agency pays delay damages at the rate of $800 per day from the Launch Date until the store goes live.",
            "If the Client fails to remove at the end of the Lease, it shall pay to the Agency, as violent profits, a sum equal to twice the daily Rent.",
        ] {
            #expect(PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .penalty }, "\(sentence)")
        }
        #expect(!PackageLexicons.understand([parties, "The Agency shall provide the Services for the remainder of the Term."]).keyTerms.contains { $0.family == .penalty })
        // Near miss: the marketplace's penalties passed through at cost.
        #expect(!PackageLexicons.understand([parties, "Referral fees and penalties assessed by Amazon shall be passed through to the Client at cost."]).keyTerms.contains { $0.family == .penalty })
    }

    /// Scots law's irritancy ends a lease for a default; a "sole remedy" that is to terminate is a right to terminate.
    @Test func irritancyAndASoleRemedyToTerminate() {
        for sentence in [
            "If the Client fails to pay the Rent within 21 days of a warning notice, the Agency may irritate this Lease by written notice.",
            "If the Client rejects the price change, the Agency's sole remedy is to terminate this Agreement under Clause 12.",
            "Either party may end a monthly tenancy under clause 14.1 by giving the other at least one month's written notice.",
        ] {
            #expect(PackageLexicons.understand([parties, sentence]).keyTerms.contains { $0.family == .termination }, "\(sentence)")
        }
        // Near miss: a sole remedy that is a credit ends nothing.
        #expect(!PackageLexicons.understand([parties, "The Client's sole remedy is a service credit of 5% of the Monthly Fee."]).keyTerms.contains { $0.family == .termination })
    }
}
