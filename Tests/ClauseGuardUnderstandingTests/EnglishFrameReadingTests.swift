import Testing
import ClauseGuardUnderstanding

/// English wordings the frame reader used to misread: a party named only to be excluded, a bar stated as a property
/// of the term with its agent after it, and indemnities as an action of their own.
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

    @Test func aBarWordedAsAPropertyOfTheTermNamesItsAgent() throws {
        let f = frames("The Initial Term is non-cancellable by the Client.")
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.modality == .prohibition)
        #expect(frame.actor?.role == .client)
    }

    @Test func aBarWordedAsAPropertyWithoutAgentHasNoActor() throws {
        let f = frames("Purchase orders are non-cancellable.")
        let frame = try #require(f.first { $0.action == .terminate })
        #expect(frame.actor == nil)
    }

    @Test func anIndemnityIsItsOwnActionNotAPenalty() throws {
        let f = frames("The Client shall indemnify and hold the Agency harmless from all claims, fines and penalties.")
        let frame = try #require(f.first { $0.modality == .duty })
        #expect(frame.action.rawValue == "indemnify")
        #expect(frame.actor?.role == .client)
    }
}
