/// Characters a scanned contract's OCR confuses with the ones meant, where the neighbours say which was meant:
/// 90曰 is 90日 (a day after a figure), 己付 / 己经 is 已付 / 已经 (already, before a verb; 自己 stays oneself), "sixty (6O)
/// days" is (60) (a capital O in a word of digits, so "CO2", "O5B" and "the 1960s" stay). Same
/// length, so every offset keeps its place and reports quote the scan as it is.
enum ScanLookalikes {
    private static let figures: Set<Unicode.Scalar> = Set("0123456789零一二三四五六七八九十百两壹贰叁肆伍陆柒捌玖拾".unicodeScalars)
    /// What follows 已 (already) and never 自己 (oneself) in a contract.
    private static let afterAlready: Set<Unicode.Scalar> = Set("付支经收交缴发到满过完履退签".unicodeScalars)

    static func read(_ text: NormalizedText) -> NormalizedText {
        var out = text
        if out.text.has("曰") {
            out = out.replacing(["曰"], with: "日") { bytes, word in !(ScalarNeighbours.before(word.lowerBound, in: bytes).map(figures.contains) ?? false) }
        }
        if out.text.has("己") {
            out = out.replacing(["己"], with: "已") { bytes, word in
                ScalarNeighbours.before(word.lowerBound, in: bytes) == "自" || !(ScalarNeighbours.at(word.upperBound, in: bytes).map(afterAlready.contains) ?? false)
            }
        }
        // Most paragraphs hold no capital O beside a digit: one plain byte loop says so before any copy.
        if out.text.utf8.withContiguousStorageIfAvailable(hasZeroAsO) ?? hasZeroAsO(Array(out.text.utf8)) {
            out = out.replacing(["O"], with: "0") { bytes, word in !bytes.withUnsafeBufferPointer { oIsZero(at: word.lowerBound, in: $0) } }
        }
        return out
    }

    private static func hasZeroAsO(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices where bytes[i] == UInt8(ascii: "O") && oIsZero(at: i, in: bytes) { return true }
        return false
    }

    private static func hasZeroAsO(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(hasZeroAsO) }

    /// Whether the byte at `i` is a capital O standing for a zero: it stands in a word of digits and capital Os only,
    /// with at least one digit ("(6O)", "1O", not "O5B" or "3O0X").
    private static func oIsZero(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes[i] == UInt8(ascii: "O") else { return false }
        var start = i, end = i + 1, digits = 0
        while start > 0, bytes[start - 1].isASCIIDigit || bytes[start - 1] == UInt8(ascii: "O") {
            start -= 1
            if bytes[start].isASCIIDigit { digits += 1 }
        }
        while end < bytes.count, bytes[end].isASCIIDigit || bytes[end] == UInt8(ascii: "O") {
            if bytes[end].isASCIIDigit { digits += 1 }
            end += 1
        }
        let before = start > 0 ? bytes[start - 1] : 0x20, after = end < bytes.count ? bytes[end] : 0x20
        return digits > 0 && !isLetter(before) && !isLetter(after)
    }

    /// A letter beside the word, or any character outside ASCII (第3O条 stays as scanned).
    private static func isLetter(_ b: UInt8) -> Bool { b.isASCIILetter || b >= 0x80 }
}
