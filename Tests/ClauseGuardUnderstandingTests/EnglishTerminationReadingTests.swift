import Testing
import ClauseGuardUnderstanding

/// English termination the frame reader used to misread: talk about what follows the end ("upon expiration or
/// termination of this Agreement") read as a termination, a right under a condition read as at will, a heading
/// ("Termination by NCM") read as a passive, and an irrevocable licence read as a bar on termination.
@Suite struct EnglishTerminationReadingTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."

    private func understand(_ sentence: String) -> ContractUnderstanding {
        PackageLexicons.understand([parties, sentence])
    }

    private func terminations(_ sentence: String) -> [KeyTerm] {
        understand(sentence).keyTerms.filter { $0.family == .termination }
    }

    /// A landlord's right of re-entry (UK leases) forfeits the lease; entering to inspect ends nothing.
    @Test func reEntryForfeitsALease() {
        let lease = "This Lease is made between Harbour Estates Ltd (the \"Landlord\") and Acme Retail Ltd (the \"Tenant\")."
        let terms = PackageLexicons.understand([lease, "If any rent is unpaid for fourteen days after becoming due, the Landlord may re-enter the Premises, whereupon this Lease shall end."]).keyTerms
        #expect(terms.filter { $0.family == .termination }.map(\.trigger) == [.for_cause])
        let access = PackageLexicons.understand([lease, "The Landlord may enter the Premises at reasonable times to inspect their condition."]).keyTerms
        #expect(!access.contains { $0.family == .termination })
    }

    /// "shall have the right, exercisable within ten days, to terminate": the right with an aside before its verb.
    @Test func aRightWithAnAsideBeforeItsVerb() {
        #expect(understand("If the Client fails to pay, the Agency shall have the right, exercisable within ten days, to terminate this Agreement.").frames.contains { $0.action == .terminate && $0.modality == .right && $0.actor?.role == .provider })
    }

    /// "may not bring the Retainer to an end before the Minimum Term expires": a retainer ended in other words.
    @Test func aRetainerBroughtToAnEnd() {
        #expect(understand("The Client may not bring the Retainer to an end before the Minimum Term expires.").frames.contains { $0.action == .terminate && $0.modality == .prohibition })
        // An agency's appointment ended (UK and Irish terms of business).
        #expect(terminations("The Client may bring this appointment to an end at any time on giving not less than two months' written notice to the Agency.").count == 1)
        // Other names a contract gives itself: "this Subcontract", a hire, an appointment revoked.
        #expect(terminations("Agency may, without cause, terminate this Subcontract in whole or in part for its convenience upon written notice.").count == 1)
        #expect(terminations("The Client may end the hire early at any time by returning the Equipment in good working order.").count == 1)
        #expect(terminations("The Client shall be entitled to revoke the appointment of the Agency forthwith if the Agency misappropriates any funds.").count == 1)
    }

    /// "Neither Party may terminate … for convenience during the first sixty (60) days": a bar on both, no one's right;
    /// "neither party may assign" after a right does not bar the right.
    @Test func neitherPartyMayTerminateIsABar() {
        for sentence in ["Neither Party may terminate this Agreement for convenience during the first sixty (60) days after the Effective Date.",
                         "Except as expressly provided in this Article 11, neither party may terminate this Agreement before the expiration of the Term."] {
            #expect(terminations(sentence).isEmpty, "\(sentence)")
            #expect(understand(sentence).frames.contains { $0.action == .terminate && $0.modality == .prohibition }, "\(sentence)")
        }
        #expect(terminations("Either party may terminate this Agreement for convenience on sixty (60) days' prior written notice; neither party may assign this Agreement.").first?.trigger == .at_will)
    }

    /// "shall be terminable upon written notice in the event that …": a termination in the passive.
    @Test func terminableIsATermination() {
        #expect(!terminations("This Agreement shall be terminable upon written notice in the event that the Client's store is closed by the marketplace.").isEmpty)
    }

    /// A joint venture's members: "either Member may elect to dissolve the Company and terminate this Agreement".
    @Test func eitherMemberMayTerminate() {
        let term = terminations("If the Members cannot resolve a Deadlock within forty-five (45) days, either Member may elect to dissolve the Company and terminate this Agreement.").first
        #expect(term?.party?.role == .either)
    }

    /// A cause quoted from the sentence's opening reads as one "if", whether "If" is followed by a space or a comma.
    @Test func aCauseOpeningWithIfReadsWithOneIf() throws {
        let term = try #require(terminations("If, after the expiry of the Term, the Client continues to use the Services, this Agreement shall continue until terminated by either party on twenty-eight days' written notice.").first)
        #expect(term.summary.en.contains("if after the expiry"))
        #expect(!term.summary.en.lowercased().contains("if if"))
    }

    /// An order form (or an insertion order) is the contract a deal is signed on; an order placed under it is not.
    @Test func anOrderFormIsTheContract() {
        #expect(!terminations("The Agency may terminate this Order Form at any time and for any reason on 5 days' notice.").isEmpty)
        #expect(terminations("The Client may cancel any purchase order before it ships.").isEmpty)
        // A service order is a service under a master agreement; ending it ends part of the contract.
        #expect(!terminations("If the Agency fails to meet the availability service level three times in six months, the Client may terminate the affected Service Order by written notice.").isEmpty)
        // An insertion order is the contract an advertising campaign is bought on.
        #expect(!terminations("The Agency may cancel this Insertion Order at any time if any advertisement supplied by the Client breaches the advertising code.").isEmpty)
    }

    /// Words set off by commas after the modal are an aside: the modal governs the verb after them. A modal that is
    /// itself an aside ("may, at its option, renew …, subject to") still governs the verb right after it.
    @Test func anAsideAfterTheModal() throws {
        let term = try #require(terminations("If availability falls below 99.0% in any three (3) months, the Client may, in addition to receiving Service Credits, terminate this Agreement upon written notice.").first)
        #expect(term.party?.role == .client)
        #expect(understand("Following the maintenance term, the Client may, at its option, renew maintenance for subsequent periods of one (1) year each, subject to adjustments proposed by the Agency.")
            .keyTerms.contains { $0.family == .auto_renewal })
    }

    /// "Client may end it only when the Term expires": an end at expiry, not an exit at will; "Agency may end this SOW
    /// at any time" is one.
    @Test func endingOnlyWhenTheTermExpiresIsNoExitAtWill() {
        let frames = understand("Agency may end this SOW at any time, for any reason, on 10 days' written notice. Client may end it only when the Term expires.").frames
            .filter { $0.action == .terminate }
        #expect(frames.first { $0.actor?.role == .provider }?.trigger == .at_will)
        #expect(frames.first { $0.actor?.role == .client }?.trigger == .expiry)
    }

    @Test func aRightWithAnAsideBeforeItsVerbIsARight() throws {
        let frame = try #require(understand("The Agency shall be entitled (but not obliged) to terminate this Agreement at any time for any reason.").frames
            .first { $0.action == .terminate })
        #expect(frame.modality == .right)
        #expect(frame.actor?.role == .provider)
    }

    @Test func talkAboutWhatFollowsTheEndIsNoTermination() {
        for sentence in [
            "Upon the expiration or termination of this Agreement for any reason, the Agency shall return all Client materials.",
            "Sections 5, 7 and 9 shall survive any expiration or termination of this Agreement.",
            "Termination or expiration of this Agreement shall not relieve either party of obligations incurred prior to termination.",
            "For two years following the termination of this Agreement, the Agency will not solicit any employee of the Client.",
            "The Client shall pay all fees accrued prior to the effective date of expiration or termination of this Agreement.",
        ] {
            #expect(terminations(sentence).isEmpty, "\(sentence)")
        }
    }

    /// A holdover "terminable by Licensor upon thirty (30) days' written notice" gives Licensor a right, as "may be
    /// terminated by Licensor" does.
    @Test func terminableByAPartyIsItsRight() throws {
        let sentence = "If Licensee continues to operate any Restaurant after expiration of the Term, this Agreement shall continue on a "
            + "month-to-month basis, terminable by Licensor upon thirty (30) days' written notice."
        let frame = try #require(understand(sentence).frames.first { $0.action == .terminate })
        #expect(frame.modality == .right)
        #expect(frame.actor?.text == "Licensor")
        #expect(!terminations(sentence).isEmpty)
    }

    /// Ending a contract under this one (a sublicence, a subcontractor's arrangements) ends nothing of this Agreement.
    @Test func endingASublicenseOrASubcontractIsNoTermination() {
        for sentence in [
            "Licensee may terminate any Sublicense in accordance with its terms, provided that the termination of a Sublicense shall not affect this Agreement.",
            "Manufacturer may terminate its arrangements with any Approved Subcontractor upon notice to Company.",
        ] {
            #expect(terminations(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func terminationItselfIsStillRead() {
        for sentence in [
            "Either party may terminate this Agreement upon the expiration of the Initial Term by giving sixty (60) days' notice.",
            "The Client may give written notice of termination at any time.",
        ] {
            #expect(!terminations(sentence).isEmpty, "\(sentence)")
        }
    }

    /// The contract ending with its term is its duration: the frame is read (trigger expiry), no termination term is.
    @Test func endingWithTheTermIsNoTerminationTerm() {
        for sentence in [
            "This Agreement shall terminate automatically upon the expiration of the Term.",
            "This Agreement terminates on the expiry of the Initial Term unless renewed in writing.",
        ] {
            #expect(terminations(sentence).isEmpty, "\(sentence)")
            #expect(understand(sentence).frames.contains { $0.action == .terminate && $0.trigger == .expiry }, "\(sentence)")
        }
    }

    @Test func aRightUnderAConditionIsForCause() throws {
        for sentence in [
            "The Agency may terminate this Agreement upon thirty (30) days' written notice in the event that distribution of the Services is permanently discontinued.",
            "The Client may terminate this Agreement immediately by giving notice if the Agency's key person dies or becomes disabled.",
        ] {
            let frame = try #require(understand(sentence).frames.first { $0.action == .terminate }, "\(sentence)")
            #expect(frame.trigger == .for_cause, "\(sentence)")
            #expect(frame.cause != nil)
        }
    }

    @Test func aRightThatIntroducesAListIsForCause() throws {
        for sentence in ["The Agency may terminate this Agreement:", "This Agreement may be terminated immediately by the Agency under any of the following conditions:"] {
            let frame = try #require(understand(sentence).frames.first { $0.action == .terminate }, "\(sentence)")
            #expect(frame.trigger == .for_cause, "\(sentence)")
        }
        let atWill = try #require(understand("The Agency may terminate this Agreement at any time, for any reason, as follows:").frames.first { $0.action == .terminate })
        #expect(atWill.trigger == .at_will)
    }

    @Test func aBarRunsOverNoTimeOfTermination() {
        for sentence in ["The Client shall not be relieved of any monies due as of the date of termination.",
                         "The Client shall not be relieved of any obligation accrued prior to termination."] {
            #expect(!understand(sentence).frames.contains { $0.action == .terminate }, "\(sentence)")
        }
    }

    @Test func aDistantNounOfTerminationIsAnotherVerbsObject() {
        #expect(!understand("The Agency shall have the right to use technical and managerial methods to manage orders and provide its own means for business inquiries and cancellation.").frames.contains { $0.action == .terminate })
        #expect(understand("Either party shall have the right to give written notice of termination to the other party.").frames.contains { $0.action == .terminate && $0.modality == .right })
    }

    @Test func aRightAtWillStaysAtWill() throws {
        for sentence in [
            "The Agency may terminate this Agreement at any time, for any reason, upon five (5) days' notice to the Client.",
            "The Agency may terminate this Agreement if it determines, in its sole discretion, that the Services are no longer viable.",
            "The Client may terminate this Agreement for convenience on thirty (30) days' notice if it so elects.",
        ] {
            let frame = try #require(understand(sentence).frames.first { $0.action == .terminate }, "\(sentence)")
            #expect(frame.trigger == .at_will, "\(sentence)")
        }
    }

    @Test func aHeadingNamingWhoTerminatesIsNoPassiveRight() {
        #expect(!understand("Section 8.3 Termination by Agency.").frames.contains { $0.action == .terminate && $0.modality == .right })
        #expect(understand("This Agreement may be terminated by the Agency at any time.").frames.contains { $0.action == .terminate && $0.actor?.role == .provider })
    }

    @Test func anIrrevocableLicenceBarsNoTermination() {
        for sentence in [
            "The Agency grants the Client an irrevocable, non-exclusive, worldwide license to use the Materials.",
            "The Client agrees that its offer shall remain irrevocable for sixty (60) days.",
        ] {
            #expect(!understand(sentence).frames.contains { $0.action == .terminate }, "\(sentence)")
        }
    }

    /// "hereby waives any right it may have to terminate": a waiver is a bar, no right to end the contract.
    @Test func aWaivedRightToTerminateIsNone() {
        #expect(terminations("To the extent permitted by law, the Client hereby waives any right it may have to terminate this Agreement on the ground of the Agency's failure to provide training.").isEmpty)
    }

    /// UK drafting ends a lease or an agreement by "determining" it; the bare verb ("as determined by") ends nothing.
    @Test func determiningTheAgreementEndsIt() {
        for sentence in [
            "The Client may determine this Agreement on the Break Date by giving to the Agency not less than three months' prior written notice.",
            "The Agency shall be entitled forthwith to determine this Agreement by notice in writing if the Client ceases to trade.",
        ] {
            #expect(!terminations(sentence).isEmpty, "\(sentence)")
        }
        #expect(terminations("The Monthly Fee shall be as determined by the Agency in the Schedule.").isEmpty)
        // "shall determine automatically": the agreement ends by itself on the event.
        #expect(!terminations("If Amazon permanently deactivates the Amazon Account, this agreement shall determine automatically on the date of such deactivation.").isEmpty)
    }

    /// "Neither party shall be entitled to terminate": the bar on both, not the "entitled to" inside it.
    /// Plain terms: "You can end this contract at any time" is the client's exit at will.
    @Test func endingThisContractIsTermination() {
        let terms = terminations("You can end this contract at any time by telling us in writing, and we will stop charging you from the end of the current billing month.")
        #expect(terms.contains { $0.trigger == .at_will })
    }

    /// "The Parties may at any time agree in writing to end this Agreement": ending by consent, nobody's exit at will.
    @Test func agreeingInWritingToEndIsEndingByConsent() {
        let terms = terminations("The Parties may at any time agree in writing to end this Agreement early, in which case the terms of the wind-down shall be set out in that agreement.")
        #expect(!terms.isEmpty && terms.allSatisfy { $0.trigger == .by_agreement })
    }

    @Test func neitherPartyEntitledIsABar() {
        #expect(terminations("Neither party shall be entitled to terminate this Agreement merely because the other party has failed to meet a sales forecast.").isEmpty)
    }
}
