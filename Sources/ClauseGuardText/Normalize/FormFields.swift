/// Contracts filled in on a form (e-signature templates, model contracts, order forms): an option left unticked is no
/// term, and a value typed into a field is read without the field's brackets.
///
/// - An unticked box (□, ☐, "[ ]") and its option's words, up to the next box, `;`, `。` or the end, are blanked with
///   spaces of the same length for matching: "☑ 已付服务费不予退还；□ 乙方按未履行天数比例退还" keeps no refund.
/// - A filled field inside a sentence loses its brackets: 提前【90】日 reads 提前90日, "[ 120 ] days" reads "120 days".
///   A bracketed heading (【费用】 opening a block or after punctuation) and redactions ("[***]") stay.
/// Reports quote the original: every edit maps back to the words it replaced.
enum FormFields {
    private static let unticked: [[UInt8]] = [Array("□".utf8), Array("☐".utf8), Array("[ ]".utf8)]
    private static let boxes: [[UInt8]] = unticked + ["☑", "☒", "■", "✓", "✔", "√", "[X]", "[x]", "[√]", "[✓]", "[✔]"].map { Array($0.utf8) }
    private static let open = Array("【".utf8), close = Array("】".utf8), fullStop = Array("。".utf8)
    /// A field holds a value, not a paragraph.
    private static let maxField = 60

    static func read(_ text: NormalizedText) -> NormalizedText {
        // Checked on the string's own bytes: most paragraphs hold no field and are not copied.
        guard text.text.utf8.withContiguousStorageIfAvailable(mayHoldFields) ?? true else { return text }
        let bytes = Array(text.text.utf8)
        var edits: [(range: Range<Int>, replacement: String)] = []
        var i = 0
        while i < bytes.count {
            if let box = unticked.first(where: { bytes.starts(with: $0, at: i) }) {
                let end = optionEnd(bytes, after: i + box.count)
                edits.append((i..<end, String(repeating: " ", count: end - i)))
                i = end
            } else if bytes.starts(with: open, at: i), fillsASentence(bytes, at: i),
                      let shut = closing(bytes, after: i + open.count, of: close) {
                edits.append((i..<(i + open.count), ""))
                edits.append((shut..<(shut + close.count), ""))
                i = shut + close.count
            } else if bytes[i] == 0x5B, let shut = closing(bytes, after: i + 1, of: [0x5D]), let number = number(in: bytes[(i + 1)..<shut]) {
                // The spaces a form pads the field with go too ("[ 120 ] days" reads "120 days").
                edits.append((i..<(shut + 1), number))
                i = shut + 1
            } else {
                i += 1
            }
        }
        return edits.isEmpty ? text : text.replacing(edits)
    }

    /// One pass: a "[" or one of □ ☐ 【 (most paragraphs hold none).
    private static func mayHoldFields(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x5B { return true }
            if b & 0xFE == 0xE2, i + 2 < bytes.count,
               (b == 0xE2 && ((bytes[i + 1] == 0x96 && bytes[i + 2] == 0xA1) || (bytes[i + 1] == 0x98 && bytes[i + 2] == 0x90)))
                || (b == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x90) { return true }
            i += 1
        }
        return false
    }

    /// Where an unticked option's words end: before the next box, at `;` or `。`, or at the end.
    private static func optionEnd(_ bytes: [UInt8], after start: Int) -> Int {
        var j = start
        while j < bytes.count {
            if bytes[j] == 0x3B || bytes.starts(with: fullStop, at: j) { return j }
            if boxes.contains(where: { bytes.starts(with: $0, at: j) }) { return j }
            j += 1
        }
        return bytes.count
    }

    /// A field inside a sentence: the byte before 【 ends a word (a Han character, a letter or a digit), not a
    /// heading's start or punctuation.
    private static func fillsASentence(_ bytes: [UInt8], at i: Int) -> Bool {
        guard i > 0 else { return false }
        let b = bytes[i - 1]
        if b < 0x80 { return (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        // A Han character is three bytes led by E3–E9 (U+3400–U+9FFF); CJK punctuation (U+3000–U+303F) is not one.
        guard i >= 3, bytes[i - 3] >= 0xE3, bytes[i - 3] <= 0xE9 else { return false }
        return !(bytes[i - 3] == 0xE3 && bytes[i - 2] == 0x80)
    }

    /// The offset of `mark` closing a field opened before `start`, within a field's length and with no field opened
    /// again before it.
    private static func closing(_ bytes: [UInt8], after start: Int, of mark: [UInt8]) -> Int? {
        var j = start
        while j < bytes.count, j - start <= maxField {
            if bytes.starts(with: mark, at: j) { return j }
            if bytes.starts(with: open, at: j) || bytes[j] == 0x5B { return nil }
            j += 1
        }
        return nil
    }

    /// "[ 120 ]", "[90]", "[2,500]": the number typed into a field, without its padding; not "[***]" (a redaction) nor
    /// "[X]" (a tick).
    private static func number(in inner: ArraySlice<UInt8>) -> String? {
        let trimmed = inner.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
        guard let first = trimmed.first, first >= 0x30, first <= 0x39,
              trimmed.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E || $0 == 0x25 }) else { return nil }
        return String(decoding: Array(trimmed), as: UTF8.self)
    }
}
