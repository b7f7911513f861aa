import Testing
import ClauseGuardUnderstanding

/// English wordings the frame reader used to misread: a party named only to be excluded, a bar stated as a property
/// of the term with its agent after it, a passive agent after "by the", a refund refused, and indemnities as an
/// action of their own.
@Suite struct EnglishFrameReadingTests {
    private let parties = "This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\")."

    private func frames(_ sentence: String) -> [ClauseFrame] {
        PackageLexicons.understand([parties, sentence]).frames
    }

    @Test func aPartyNamedOnlyToBeExcludedIsNotTheActor() throws {
        let f = frames("The Agency, and not the Client, may terminate this Agreement for convenience on ten (10) days' notice.")
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor?.role == .provider)
        #expect(frame.modality == .right)
        #expect(frame.trigger == .at_will)
    }

    @Test func partiesOfferedAsAlternativesEachHoldTheRight() throws {
        let f = frames("Subject to Clause 15.3, either the Client or the Agency may terminate this Agreement for convenience on 30 days' written notice.")
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor?.role == .either)
        #expect(frame.modality == .right)
    }

    @Test func aBarWordedAsAPropertyOfTheTermNamesItsAgent() throws {
        let f = frames("The Initial Term is non-cancellable by the Client.")
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.modality == .prohibition)
        #expect(frame.actor?.role == .client)
    }

    @Test func aBarWordedAsAPropertyWithoutAgentBarsNoOne() {
        let f = frames("All Fees are non-cancellable and non-refundable.")
        #expect(!f.contains { $0.action == .terminate })
        #expect(f.contains { $0.action == .no_refund })
    }

    @Test func thePassiveAgentMayComeWithAnArticle() throws {
        let f = frames("This Agreement may be terminated by the Agency at any time.")
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger == .at_will)
    }

    @Test func aRefusedRefundIsMoneyKept() throws {
        let f = frames("No Fees shall be refunded upon termination of this Agreement.")
        let frame = try #require(f.first { $0.action == .no_refund })
        #expect(!frame.negated)
        #expect(!f.contains { $0.action == .refund })
    }

    @Test func aSubjectWithNoNegatesTheModalsAction() throws {
        let barred = frames("11.2 No party may terminate this Agreement for convenience.")
        #expect(try #require(barred.first { $0.action == .terminate }).negated)
        let timed = frames("No later than thirty (30) days before expiry, the Client may terminate this Agreement.")
        #expect(try #require(timed.first { $0.action == .terminate }).negated == false)
        let adverbial = frames("In no event will the Agency be obliged to refund any part of the Fees.")
        #expect(adverbial.contains { $0.action == .no_refund })
    }

    /// A subject with "no" joined by "and", or set off from its modal by a short aside ("and no breach, however
    /// serious, shall entitle either party to terminate"), still negates what the modal governs; a modal that is itself
    /// a negative ("…, no compensation, no refund") is read as it stands.
    @Test func aNoSubjectAfterAndOrBeforeAnAside() throws {
        let barred = frames("The remedies for breach shall be limited to damages, and no breach, however serious, shall entitle either party to terminate this Agreement.")
        #expect(try #require(barred.first { $0.action == .terminate }).negated)
        let kept = frames("The Agency may terminate this Agreement upon notice, and no Fees shall be refunded.")
        #expect(kept.contains { $0.action == .no_refund })
        #expect(kept.first { $0.action == .terminate }?.negated == false)
    }

    @Test func anIndemnityIsItsOwnActionNotAPenalty() throws {
        let f = frames("The Client shall indemnify and hold the Agency harmless from all claims, fines and penalties.")
        let frame = try #require(f.first { $0.modality == .duty })
        #expect(frame.action.rawValue == "indemnify")
        #expect(frame.actor?.role == .client)
    }

    @Test(arguments: ["You'll cover us for any loss linked to your store.", "You’ll cover us for any loss linked to your store."])
    func aContractedWillIsADuty(sentence: String) throws {
        let f = PackageLexicons.understand(["This Agreement is made between Acme Retail Inc. (\"you\") and Northwind Digital LLC (\"Agency\").", sentence]).frames
        let frame = try #require(f.first { $0.action == .indemnify })
        #expect(frame.actor?.role == .client)
        #expect(frame.modality == .duty)
    }

    @Test func aContractedCannotIsABar() throws {
        let frame = try #require(frames("The Client can't terminate this Agreement before the end of the Initial Term.").first { $0.action == .terminate })
        #expect(frame.actor?.role == .client)
        #expect(frame.modality == .prohibition)
    }

    /// Consumer terms give the right as "You have the right to cancel"; the same words denied ("shall not have the right
    /// to", "does not have the right to") are a bar, not a right that outlasts its "not".
    @Test func aRightHadAndARightDenied() throws {
        let had = try #require(frames("The Client has a cooling-off period: you have the right to cancel this subscription within 14 days, without giving any reason.").first { $0.action == .terminate })
        #expect(had.modality == .right)
        for sentence in ["The Client shall not have the right to terminate this Agreement before the end of the Initial Term.",
                         "The Client does not have the right to cancel this subscription."] {
            let denied = try #require(frames(sentence).first { $0.action == .terminate }, "\(sentence)")
            #expect(denied.modality == .prohibition, "\(sentence)")
        }
    }
}
