import Testing
import ClauseGuardText
@testable import ClauseGuardRules

/// The byte count of the language detector agrees with counting the decoded scalars.
@Suite struct LanguageCountsTests {
    static func scalarCounts(_ text: String) -> (han: Int, latin: Int, seen: Int) {
        var han = 0, latin = 0
        for s in text.unicodeScalars {
            let v = s.value
            if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { latin += 1 } else if CJK.isIdeograph(v) { han += 1 }
        }
        return (han, latin, text.unicodeScalars.count)
    }

    @Test(arguments: ["", "Party A may terminate.", "甲方有权解除本合同。", "Café née ½ — “quoted” €5", "㐀 豈 𠀀 😀 Ａｂｃ １２", "本合约 contract ZZ zz @[`{"])
    func bytesCountWhatScalarsCount(text: String) {
        var counts = LanguageDetector.Counts()
        var copy = text
        copy.withUTF8 { counts.add($0) }
        let expected = Self.scalarCounts(text)
        #expect(counts.han == expected.han)
        #expect(counts.latin == expected.latin)
        #expect(counts.seen == expected.seen)
    }
}
