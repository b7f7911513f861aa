/// What counts as Chinese-Japanese-Korean script, in one place. The normaliser (which spaces to drop), the pattern
/// linter (which spaces normalisation will drop), the plain-text reader (how soft-wrapped lines join), the language
/// detector and the value displays all ask here. Hangul is not included: Korean separates words with spaces.
/// Terminal column width (East Asian Width) is a different property and lives with the text table.
public enum CJK {
    /// Han ideographs: the unified block, extension A, extensions B and later (planes 2 and 3) and the BMP
    /// compatibility ideographs (豈 U+F900…).
    @inline(__always)
    public static func isIdeograph(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3FFFF).contains(v)
    }

    /// Han, kana, CJK punctuation and the full-width forms that Chinese and Japanese text is written with: the text
    /// between whose characters no space belongs.
    @inline(__always)
    public static func isCJK(_ v: UInt32) -> Bool {
        isIdeograph(v)
            || (0x3000...0x303F).contains(v)          // CJK symbols and punctuation: 　、。「」〔〕
            || (0x3040...0x30FF).contains(v)          // hiragana and katakana
            || (0x3200...0x33FF).contains(v)          // enclosed CJK (㈠) and CJK compatibility (㎡)
            || (0xFE30...0xFE4F).contains(v)          // CJK compatibility forms (vertical punctuation)
            || (0xFF00...0xFFEF).contains(v)          // full-width and half-width forms: ，（）ＡＢ１ｶ
    }

    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool { isCJK(scalar.value) }
    public static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool { isIdeograph(scalar.value) }
}
