import Testing
import ClauseGuardUnderstanding

/// English periods that count from a notice (a cure period, a time to answer) or set a deadline ("within ten days, give
/// notice") are not advance notice; a notice period a filing redacted ("[***] days prior to the end") is one, unstated.
@Suite struct EnglishNoticePeriodTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."

    private func notices(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand([parties, sentence]).keyTerms.filter { $0.family == .notice }
    }

    /// An amendment names the old period and the new one: the notice is the one it is changed to.
    @Test func anAmendedNoticePeriodIsTheNewOne() {
        let amended = notices("The Client may terminate this Agreement on one (1) month written notice, which period is hereby increased to five (5) months.")
        #expect(amended.first?.values.notice?.days == 150)
        // Near miss: two periods for two things keep the first as the notice.
        let two = notices("The Client may terminate this Agreement on one (1) month written notice, and the Agency shall hand over the store within five (5) days.")
        #expect(two.first?.values.notice?.days == 30)
    }

    /// An announcement made ahead is notice given ahead; one with no period before anything is none.
    /// "provided that it notifies Agency … at least sixteen (16) days before": the verb's other forms tell ahead too.
    @Test func informingAheadIsNotice() {
        #expect(notices("The Agency shall inform the Client at least 7 days before launching any paid campaign charged to the Client's account.").first?.values.notice?.days == 7)
        #expect(notices("The Agency shall keep the Client informed of campaign results every week.").isEmpty)
        // "so inform the other party" (the article belongs to the party), and writing to the other side ahead.
        #expect(notices("A party that does not wish this Agreement to continue beyond the Initial Term shall so inform the other party in writing no later than one hundred and twenty (120) days before the end of the Initial Term.").first?.values.notice?.days == 120)
        #expect(notices("The Agency shall write to the Client not less than sixty (60) days before the end of the Term stating the fees for any renewal.").first?.values.notice?.days == 60)
        // Telling, in plain English, ahead.
        #expect(notices("A party that wants this agreement to end at the Expiry Date must tell the other party so in writing at least 40 days before that date.").first?.values.notice?.days == 40)
        #expect(notices("We will tell you in writing at least 3 weeks before any new fee applies.").first?.values.notice?.days == 21)
        #expect(notices("Please tell us how the campaign went after it ends.").isEmpty)
    }

    /// A notice before an insurer ends a policy ("shall not terminate or materially modify such policy … without thirty
    /// (30) days' prior written notice") is no notice to end the contract, and no termination term.
    @Test func aNoticeBeforeEndingAPolicyIsNoNoticeToTerminate() throws {
        let u = PackageLexicons.understand([parties, "Such insurance policy shall provide that the insurer shall not terminate or materially modify such policy without at least thirty (30) days' prior written notice to the Client."])
        let notice = try #require(u.keyTerms.first { $0.family == .notice })
        #expect(notice.purpose != .termination)
        #expect(!u.keyTerms.contains { $0.family == .termination })
    }

    @Test func notifiesAheadIsNotice() {
        #expect(notices("Client may reschedule any campaign, provided that it notifies Agency of the new date at least sixteen (16) days before the scheduled date.").first?.values.notice?.days == 16)
    }

    /// A scanned contract's OCR puts spaces inside the brackets ("ninety ( 90 ) days'"): still the same period.
    @Test func aFigureSpacedInsideItsBracketsIsThePeriod() {
        #expect(notices("The Agency may amend the Price List on not less than ninety ( 90 ) days' prior written notice to the Client.").first?.values.notice?.days == 90)
        #expect(notices("Either party may elect not to renew by written notice served at least sixty ( 60 ) days before the end of the then current term.").first?.values.notice?.days == 60)
    }

    /// "upon a notice period of sixty (60) days": the notice named before the period.
    @Test func aNoticePeriodNamedBeforeItsLengthIsNotice() {
        #expect(notices("Either party may terminate this Agreement upon a notice period of sixty (60) days.").first?.values.notice?.days == 60)
        #expect(notices("Either party may terminate this Agreement upon notice of ninety (90) days to the other.").first?.values.notice?.days == 90)
        // …with what the notice is for, or a floor, between the notice and its period.
        #expect(notices("The Customer may terminate this Agreement by written notice of not less than ninety (90) days.").first?.values.notice?.days == 90)
        #expect(notices("This Agreement shall automatically extend unless the Customer gives written notice of termination of not less than sixty (60) days.").first?.values.notice?.days == 60)
    }

    /// "for one additional period of five (5) years by giving … notice … nine months prior": the renewal's length is no
    /// notice; the period before "prior" is.
    @Test func aRenewalsLengthBeforeTheNoticeIsNoNotice() {
        let notice = notices("Client shall have the option to extend the Term for one additional period of five (5) years by giving Agency written notice no later than nine months prior to the Expiration Date.")
        #expect(notice.first?.values.notice?.days == 270)
    }

    /// "must receive Client's written request for rescheduling at least ten (10) working days before": asking ahead.
    @Test func aWrittenRequestAheadIsNotice() {
        #expect(notices("Agency must receive Client's written request for rescheduling at least ten (10) working days before the scheduled launch.").first?.values.notice?.days == 10)
    }

    @Test func anAnnouncementAheadIsNotice() {
        #expect(notices("The Agency shall announce the end of support for any release at least eighteen (18) months before support for that release is withdrawn.").first?.values.notice?.days == 540)
        #expect(notices("Neither party shall announce this Agreement publicly without the other party's consent.").isEmpty)
    }

    @Test func aCurePeriodAfterNoticeIsNoNoticePeriod() {
        for sentence in [
            "Either party may terminate this Agreement if the other party fails to cure a material breach within thirty (30) days after written notice.",
            "Either party may terminate this Agreement if a material breach remains uncured for thirty (30) days following written notice thereof.",
            "The Client may terminate this Agreement if the Agency's breach continues uncured for a period of thirty (30) days after receipt of written notice.",
            "Any dispute not resolved within sixty (60) days after the date of such written notice shall be submitted to arbitration.",
            "The Agency shall replace any defective item within thirty (30) days of receiving notice of the defect.",
        ] {
            #expect(notices(sentence).allSatisfy { $0.values.notice == nil }, "\(sentence)")
        }
    }

    /// "Want to stop? You'll need to tell us at least 120 days ahead": notice given ahead in plain words.
    @Test func daysAheadAreANoticePeriod() throws {
        let term = try #require(notices("Want to stop working with us? You'll need to tell us at least 120 days ahead.").first)
        #expect(term.values.notice?.days == 120)
        // Near miss: a period ahead of nothing the client tells is no notice.
        #expect(notices("We plan your campaigns 120 days ahead.").allSatisfy { $0.values.notice == nil })
    }

    @Test func aDeadlineToGiveNoticeIsNoNoticePeriod() {
        let sentence = "The Client shall inspect each delivery and shall, within seven (7) calendar days, give written notice to the Agency of any shortage."
        #expect(notices(sentence).allSatisfy { $0.values.notice == nil })
    }

    @Test func aTermsLengthIsNoNoticePeriod() {
        let u = notices("This Agreement renews for successive one-year terms unless either party gives notice of non-renewal at least sixty (60) days before the end of the term.")
        #expect(u.contains { $0.values.notice?.days == 60 })
        #expect(!u.contains { $0.values.notice?.days == 365 })
        let option = notices("The Client may renew this Agreement for an additional three (3) year period by giving prior written notice to the Agency.")
        #expect(option.allSatisfy { $0.values.notice?.days != 1095 })
    }

    @Test func advanceNoticeStillIsOne() {
        for (sentence, days) in [
            ("Either party may terminate this Agreement for convenience upon thirty (30) days' prior written notice.", 30.0),
            ("The Client may terminate this Agreement effective sixty (60) days after written notice to the Agency.", 60),
            ("The Client may terminate this Agreement at any time within a 7-day notice period.", 7),
            ("Either party may terminate this Agreement by giving at least ninety (90) days notice before the end of the Term.", 90),
            ("Either party may give notice of non-renewal during the sixty (60) day period prior to the end of the Term.", 60),
        ] {
            #expect(notices(sentence).contains { $0.values.notice?.days == days }, "\(sentence)")
        }
    }

    @Test func aRedactedNoticePeriodIsUnstated() {
        let u = notices("This Agreement renews automatically for successive one-year terms unless either party gives written notice of non-renewal no later than [* * *] days prior to the end of the then-current term.")
        #expect(u.contains { $0.values.noticeUnstated && $0.purpose == .non_renewal })
        let bare = notices("This Agreement renews automatically for successive one-year terms unless either party gives notice of non-renewal at least [***] days before the end of the term.")
        #expect(bare.contains { $0.values.noticeUnstated })
    }

    /// A time counted from receiving or sending ("twenty (20) days from receipt of written notice … to cure", "deemed
    /// received two (2) Business Days after dispatch") is no notice given ahead; "effective thirty (30) days after
    /// receipt of written notice" still is.
    @Test func aTimeCountedFromReceiptOrDispatch() {
        #expect(notices("The Client shall have twenty (20) days from receipt of written notice of any payment default within which to cure such default.").isEmpty)
        #expect(notices("Any notice given by courier shall be deemed received two (2) Business Days after dispatch.").isEmpty)
        #expect(notices("Either party may terminate this Agreement effective thirty (30) days after receipt of written notice by the other party.").first?.values.notice?.days == 30)
    }

    /// Indian drafting tells the other side by "intimating" it.
    @Test func intimatingIsNotice() {
        #expect(notices("The Agency may revise its monthly retainer by intimating the Client in writing at least four (4) weeks before the revised rates take effect.").first?.values.notice?.days == 28)
    }

    /// A time a party "shall have" after a notice ("thirty (30) days after receipt of a default notice … within which to
    /// cure") is granted to it, no notice given ahead; "shall be given sixty (60) days' prior notice" still is one.
    @Test func aTimeGrantedAfterANotice() {
        #expect(notices("Franchisee shall have thirty (30) days after receipt of a default notice from Franchisor within which to cure the default.").isEmpty)
        #expect(notices("The Distributor has fifteen (15) days to cure any payment default after written notice.").isEmpty)
        #expect(notices("The Licensee shall be given sixty (60) days' prior written notice of any price change.").first?.values.notice?.days == 60)
    }
}
