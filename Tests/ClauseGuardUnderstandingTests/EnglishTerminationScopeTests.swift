import Testing
import ClauseGuardUnderstanding

/// English sentences read as a right to terminate at will that are something else (CUAD wordings): the way out of an
/// automatic renewal, an "earlier" end the contract's other clauses give, a right on notice whose causes follow, an end
/// by written agreement, cancelled purchase orders.
@Suite struct EnglishTerminationScopeTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Provider\")."

    private func understand(_ sentence: String) -> ContractUnderstanding {
        PackageLexicons.understand([parties, sentence])
    }

    private func terminations(_ sentence: String) -> [KeyTerm] {
        understand(sentence).keyTerms.filter { $0.family == .termination }
    }

    @Test func theWayOutOfARenewalAtTheTermsEndIsNonRenewal() throws {
        let sentence = "This Agreement shall automatically renew for successive one-year terms unless terminated by either party by written notice given at least ninety (90) days prior to the end of the then current term."
        let terms = understand(sentence).keyTerms
        #expect(terms.first { $0.family == .termination }?.trigger == .expiry)
        let notice = try #require(terms.first { $0.family == .notice })
        #expect(notice.purpose == .non_renewal)
        #expect(notice.values.notice?.days == 90)
    }

    @Test func cancellingAtTheLastDayOfATermIsNoExitAtWill() {
        let sentence = "Either party may cancel this Agreement effective on the last day of the Initial Term, or any Renewal Term, by serving written notice of such termination on the other party at least ninety (90) days prior to the end of the Initial Term or any Renewal Term."
        #expect(terminations(sentence).map(\.trigger) == [.expiry])
    }

    /// On notice alone, the exception may be read as a right at any time: it stays one.
    @Test func aRenewalExceptionOnNoticeAloneStaysAtWill() {
        let sentence = "This Agreement shall be automatically renewed for an additional one year period on each anniversary of the Effective Date, unless terminated by either Party upon ninety (90) days written notice to the other."
        #expect(terminations(sentence).map(\.trigger) == [.at_will])
    }

    /// "until either party terminates it by giving notice": the party before the verb may end the month-to-month
    /// continuation; a "Minimum Term" is the term's name, not a target missed, and still the term that continues.
    @Test func aPartyEndingTheContinuationMayTerminate() {
        let sentence = "After the Minimum Term, this Agreement continues on a month-to-month basis until either party terminates it by giving the other at least 45 days' written notice."
        let terms = understand(sentence).keyTerms
        #expect(terms.filter { $0.family == .termination }.map(\.trigger) == [.at_will])
        #expect(terms.contains { $0.family == .auto_renewal })
        // Near miss: the past tense of another clause is no right.
        #expect(terminations("This Agreement continued on a month-to-month basis until the Provider terminated it in 2019.").isEmpty)
    }

    @Test func anEarlierEndGivenElsewhereIsNoRight() {
        #expect(terminations("This Agreement shall have a term of four (4) years and shall automatically renew for additional one year terms unless earlier terminated by either party.").isEmpty)
        // With a notice of its own it is a right.
        #expect(terminations("This Agreement shall remain in effect for two years unless sooner terminated by either party upon sixty (60) days' written notice.").map(\.trigger) == [.at_will])
    }

    @Test func aNoticeFollowedByItsCausesIsForCause() {
        let sentence = "Provider shall have the right to terminate this Agreement upon ten (10) days prior written notice to Client in the event of the occurrence of any of the following: (1) Client is adjudicated as insolvent or declares bankruptcy; or (2) Client fails to pay the fees."
        #expect(terminations(sentence).map(\.trigger) == [.for_cause])
        #expect(terminations("Provider may terminate this Agreement upon ten (10) days prior written notice to Client.").map(\.trigger) == [.at_will])
    }

    /// Term sheets in non-native English ("Party B has right to terminate") and a freelancer's first person ("I can end
    /// our arrangement") state a right at will.
    @Test func plainAndNonNativeRightsAtWill() {
        #expect(terminations("Provider has right to terminate this Agreement at any time for any reason by 7 days email notice.").map(\.trigger) == [.at_will])
        let firstPerson = PackageLexicons.understand(["This Agreement is made between Acme Retail Inc. (\"you\") and Northwind Digital LLC (\"Agency\").",
                                                      "I can end our arrangement at any time and for any reason just by sending you a message."])
        #expect(firstPerson.frames.contains { $0.action == .terminate && $0.actor?.role == .provider && $0.trigger == .at_will })
    }

    @Test func endingByWrittenAgreementIsNobodysExit() {
        #expect(terminations("The parties may terminate this Agreement at any time by written agreement.").map(\.trigger) == [.by_agreement])
    }

    @Test func cancelledPurchaseOrdersAreNoTermination() {
        #expect(terminations("Purchase Orders may be amended up or down or canceled in their entirety by Client to reflect changing demand for Products.").isEmpty)
    }

    /// A right without cause in its own clause stays at will when a later clause, run into the same sentence, sets a
    /// condition for another right.
    @Test func aRightWithoutCauseIgnoresALaterCondition() {
        let sentence = "In addition, Client may terminate this Agreement at any time without cause, by providing at least thirty (30) days prior written notice to Provider, and Provider may terminate this Agreement upon giving written notice if Client fails to pay."
        #expect(understand(sentence).frames.first { $0.action == .terminate && $0.actor?.role == .client }?.trigger == .at_will)
    }

    /// "may suspend access …, without terminating this Agreement", "pause our work …, instead of ending the agreement":
    /// the contract named as what is not ended gives no termination term, though the suspension's notice is kept.
    @Test func aSuspensionThatSparesTheContractIsNoTermination() {
        let u = understand("9.5 Provider may suspend the Client's access to the Service, without terminating this Agreement, if any invoice is more than 30 days overdue and Provider has given the Client at least 7 days' written notice of its intention to suspend.")
        #expect(!u.keyTerms.contains { $0.family == .termination })
        #expect(u.keyTerms.contains { $0.family == .notice })
    }

    /// "The Venue may cancel the Booking": a hire contract's defined name for itself ends it; "cancel any bookings"
    /// under a framework cancels something under it.
    @Test func cancellingTheBookingEndsAHireContract() {
        let hire = PackageLexicons.understand(["This Hire Agreement is made between Harbour Hall Ltd (the \"Venue\") and Acme Events Ltd (the \"Hirer\").",
                                               "The Venue may cancel the Booking by written notice if the Hirer has not paid the balance of the Hire Fee by the Balance Date."])
        #expect(hire.keyTerms.contains { $0.family == .termination })
        #expect(terminations("The Provider may cancel any bookings made through the portal by written notice if the Client has not paid for them.").isEmpty)
    }
}
