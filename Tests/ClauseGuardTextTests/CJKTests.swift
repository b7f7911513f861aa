import Testing
import ClauseGuardText

/// The one definition of CJK text, at the edges of each range it takes and of the ranges next to them.
@Suite struct CJKTests {
    @Test func ideographsCoverTheUnifiedBlockExtensionsAndCompatibilityIdeographs() {
        for v: UInt32 in [0x4E00, 0x9FFF, 0x3400, 0x4DBF, 0xF900, 0xFAFF, 0x20000, 0x2A6DF, 0x2F800, 0x3134A] {
            #expect(CJK.isIdeograph(v), "U+\(String(v, radix: 16))")
            #expect(CJK.isCJK(v), "U+\(String(v, radix: 16))")
        }
        // Kangxi radicals (NFKC folds them to ideographs before anyone asks), Yijing hexagrams, Yi, Hangul, kana.
        for v: UInt32 in [0x2F00, 0x4DC0, 0xA000, 0xAC00, 0x3042, 0x3001, 0xFF0C, 0x41, 0xE9] {
            #expect(!CJK.isIdeograph(v), "U+\(String(v, radix: 16))")
        }
    }

    @Test func cjkTextIncludesItsPunctuationKanaAndFullWidthForms() {
        // 　 、 。 〿 あ ヿ ㈠ ㎡ ︰ ， Ａ ｶ ￮
        for v: UInt32 in [0x3000, 0x3001, 0x3002, 0x303F, 0x3042, 0x30FF, 0x3220, 0x33A1, 0xFE30, 0xFF0C, 0xFF21, 0xFF76, 0xFFEE] {
            #expect(CJK.isCJK(v), "U+\(String(v, radix: 16))")
        }
        // Latin, é, curly quotes, the em dash, Hangul syllables and jamo (Korean separates words with spaces), emoji,
        // and the blocks just outside each range.
        for v: UInt32 in [0x41, 0xE9, 0x201C, 0x2014, 0xAC00, 0xD7A3, 0x1100, 0x1F600, 0x2FFF, 0x3100, 0x4DC0, 0xA000, 0xFE2F, 0xFE50, 0xFFF0] {
            #expect(!CJK.isCJK(v), "U+\(String(v, radix: 16))")
        }
        #expect(CJK.isCJK("中" as Unicode.Scalar) && !CJK.isCJK("a" as Unicode.Scalar))
    }

    @Test func languageIsAValueWithBothLanguages() {
        #expect(Language.allCases == [.zh, .en])
        #expect(Language(rawValue: "zh") == .zh && Language(rawValue: "fr") == nil)
    }
}
