import Testing
import ClauseGuardModel
@testable import ClauseGuardIngest

/// Text saved from a paginated original breaks a sentence at the page end, with the page number between its halves;
/// the halves are read as one block, and nothing else is joined.
@Suite struct SentencesAcrossPageBreaksTests {
    private func blocks(_ text: String) throws -> [String] {
        try PlainTextReader().read(bytes: Array(text.utf8), name: "c.txt", format: .txt).blocks.map(\.text)
    }

    @Test func aSentenceCutByAPageNumberIsOneBlock() throws {
        let text = """
            8.1 Term.
            Either party may cancel this Agreement effective on the last day of the Initial Term, or

                                      10    11

            any Renewal Term, by serving written notice of such termination at least ninety (90) days prior to the end of the term.
            8.2 Developer Termination.
            """
        #expect(try blocks(text) == [
            "8.1 Term.",
            "Either party may cancel this Agreement effective on the last day of the Initial Term, or any Renewal Term, by serving written notice of such termination at least ninety (90) days prior to the end of the term.",
            "8.2 Developer Termination.",
        ])
    }

    @Test func aSentenceCutWithoutAPageNumberIsOneBlockToo() throws {
        let text = """
            11.2 The Company reserves the right in its sole and absolute discretion to give written notice to
            terminate your employment forthwith.
            """
        #expect(try blocks(text).count == 1)
    }

    @Test func sentencesThatEndAndListLabelsStayApart() throws {
        let text = """
            The Customer may terminate this Agreement on thirty days' notice.
            any reference to a party includes its successors.
            The following events are defaults of the Customer, namely
            iv) failure to pay any sum when due;
            Page 3 of 12
            Schedule A
            """
        #expect(try blocks(text) == [
            "The Customer may terminate this Agreement on thirty days' notice.",
            "any reference to a party includes its successors.",
            "The following events are defaults of the Customer, namely",
            "iv) failure to pay any sum when due;",
            "Page 3 of 12",
            "Schedule A",
        ])
    }

    @Test(arguments: ["6", "10    11", "- 7 -", "Page 3 of 12", "3 | Page"])
    func pageNumbersAreKnown(_ line: String) {
        #expect(SentencesAcrossPageBreaks.isPageNumber(line))
    }

    @Test(arguments: ["Schedule 2", "30 days", "", "2019-2020 Season Schedule of Games"])
    func otherShortLinesAreNoPageNumbers(_ line: String) {
        #expect(!SentencesAcrossPageBreaks.isPageNumber(line))
    }
}
