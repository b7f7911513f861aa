import Testing
@testable import ClauseGuardText

/// A freelancer's "I" read as the "we" of an agency's plain terms; roman numerals and exhibit numbers stay.
@Suite struct FirstPersonSingularTests {
    private func read(_ text: String) -> String { FirstPersonSingular.applied(to: NormalizedText(text)).text }

    @Test func theWriterIsWe() {
        #expect(read("I can end our arrangement at any time.") == "we can end our arrangement at any time.")
        #expect(read("If you pay late, I'll add a late fee.") == "If you pay late, we'll add a late fee.")
        #expect(read("I’m free to stop at any time, and I may keep the deposit.") == "we're free to stop at any time, and we may keep the deposit.")
    }

    @Test func numeralsAndNamesStay() {
        for text in ["The fees are set out in Exhibit I hereto.", "Phase I ends in May.", "(I) the Client fails to pay;",
                     "Schedule I.", "as listed in Part I and Part II"] {
            #expect(read(text) == NormalizedText(text).text, "\(text)")
        }
    }
}
