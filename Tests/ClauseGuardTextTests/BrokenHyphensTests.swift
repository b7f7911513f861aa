import Testing
@testable import ClauseGuardText

/// A word broken by a scan's hyphen is read whole and quoted as broken; a suspended compound stays as written.
@Suite struct BrokenHyphensTests {
    @Test func aBrokenWordIsReadWholeAndMapsBackToTheScan() throws {
        let text = NormalizedText("The Tenant may termi- nate this Lease on fif- teen (15) days' notice.")
        #expect(text.text == "The Tenant may terminate this Lease on fifteen (15) days' notice.")
        let utf8 = Array(text.text.utf8)
        let start = try #require(text.text.range(of: "terminate")).lowerBound.utf16Offset(in: text.text)
        let range = text.originalRange(of: start..<(start + "terminate".utf8.count))
        let original = Array(text.original.utf8)
        #expect(String(decoding: original[range], as: UTF8.self) == "termi- nate")
        #expect(utf8.count == text.original.utf8.count - 4)
    }

    @Test func aCompoundNumberKeepsItsHyphen() {
        #expect(NormalizedText("no less than twenty- one (21) days' notice").text == "no less than twenty-one (21) days' notice")
    }

    @Test(arguments: ["short- and long-term incentives", "pre- or post-closing covenants", "mid- to late-stage work",
                      "an e- mail address", "the 30- day period", "Section 4- A applies"])
    func suspendedCompoundsAndOtherHyphensStay(phrase: String) {
        #expect(NormalizedText(phrase).text == phrase)
    }
}
