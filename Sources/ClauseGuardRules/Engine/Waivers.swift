import ClauseGuardText
import ClauseGuardUnderstanding

/// Negation handled once for every rule: what a pattern finds does not hold when a waiver word lifts it. A protection
/// (a `not:` pattern, the wording a `missing:` rule looks for) lifted by "无需另行征得甲方同意" / "without the consent
/// of Client" is no protection (without this, the worst wording, "may top up, no approval needed", read as the
/// approval clause and got the cleanest report); a duty lifted by "甲方无需支付违约金" is no duty.
///
/// A waiver lifts a match that starts within a few words after it, in the same sub-clause (no `,` `;` `:` between).
/// It does not when the sentence also prohibits ("乙方未经…不得", "shall not, without the consent of Client,
/// increase"): there the waiver word is half of a double negation, and the sentence is the protection.
struct Waivers: Sendable {
    /// Lower-cased waiver words of every loaded language, longest first.
    private let words: [[UInt8]]
    private let prohibitions: [[UInt8]]
    /// Words that hide a prohibition inside them (不可撤销, irrevocable): no double negation.
    private let plain: [[UInt8]]
    /// All waiver words in one automaton (caseless): most matches have none near them, and one pass over the
    /// window says so before any copy or per-word search.
    private let anyWord: LiteralAutomaton

    /// How far after the waiver's end a lifted match may start: CJK characters (UTF-8: 3 bytes each) and English
    /// words ("without the prior written consent of").
    private static let maxGapCJK = 6
    private static let maxGapWords = 3

    init(_ lexicons: Lexicons) {
        let all = lexicons.byLanguage.keys.sorted().compactMap { lexicons[$0] }
        words = Self.bytes(all.flatMap(\.waivers))
        anyWord = LiteralAutomaton(literals: words, foldingASCIICase: true)
        prohibitions = Self.bytes(all.flatMap { $0.modalities[.prohibition] ?? [] })
        plain = Self.bytes(all.flatMap(\.plain))
    }

    /// The first match of `pattern` in `text` that no waiver lifts.
    func firstUnwaived(_ pattern: CompiledPattern, in text: String) throws -> RegexMatch? {
        try pattern.regex.firstMatch(in: text) { !lifted($0, of: pattern, in: text) }
    }

    /// Whether a waiver lifts this match of a protective pattern. A pattern that spells a waiver itself
    /// ("无需…另行付费" as the protection) has handled the negation and is taken as written.
    func lifted(_ match: RegexMatch, of pattern: CompiledPattern, in text: String) -> Bool {
        // The pattern's own spelling is read only for a match a waiver would lift (rare), not for every pattern of
        // the pack at start-up.
        !words.isEmpty && lifts(match.range, in: text) && !spellsWaiver(pattern)
    }

    /// Whether the pattern's source holds a waiver word itself, outside character classes: "[不需须]" lists
    /// characters, it spells no 不需.
    private func spellsWaiver(_ pattern: CompiledPattern) -> Bool {
        let source = Self.withoutCharacterClasses(Array(pattern.source.lowercased().utf8))
        return words.contains { Self.lastEnd(of: $0, in: source) != nil }
    }

    /// A regex source with each `[…]` class blanked (escaped brackets kept).
    private static func withoutCharacterClasses(_ source: [UInt8]) -> [UInt8] {
        var out = source, inClass = false, escaped = false
        for (i, byte) in source.enumerated() {
            if escaped { escaped = false; if inClass { out[i] = 0x20 }; continue }
            if byte == 0x5C { escaped = true; if inClass { out[i] = 0x20 }; continue }
            if !inClass, byte == 0x5B { inClass = true; out[i] = 0x20; continue }
            if inClass { if byte == 0x5D { inClass = false }; out[i] = 0x20 }
        }
        return out
    }

    /// Whether a waiver word lifts what `range` (UTF-8 offsets) says: one shortly before it in the same
    /// sub-clause, or one inside it in its last sub-clause ("推广费用，无需另行征得甲方同意" matched from 推广 to 同意).
    private func lifts(_ range: Range<Int>, in text: String) -> Bool {
        let lower = max(0, range.lowerBound - 90), upper = min(range.upperBound, range.lowerBound + 300)
        var text = text
        guard let window = text.withUTF8({ utf8 -> [UInt8]? in
            let window = UnsafeBufferPointer(rebasing: utf8[lower..<upper])
            return anyWord.occurs(in: window) ? Array(window) : nil
        }) else { return false }
        let matchStart = range.lowerBound - lower
        // The last sub-clause that the match reaches into; it may start before the match or inside it.
        let start = Self.afterLastBoundary(window[..<window.count])
        let region = window[start...].map(Self.lowered)
        let before = matchStart - start
        guard let waiverEnd = words.lazy.compactMap({ Self.lastEnd(of: $0, in: region) }).max() else { return false }
        guard waiverEnd >= before || Self.isShortGap(region[waiverEnd..<before]) else { return false }
        return !prohibited(Self.sentence(around: range, in: text))
    }

    private func prohibited(_ sentence: [UInt8]) -> Bool {
        var lowered = sentence.map(Self.lowered)
        guard prohibitions.contains(where: { Self.lastEnd(of: $0, in: lowered) != nil }) else { return false }
        // "授予乙方一项不可撤销的许可，…无须另行取得甲方同意": a plain word is blanked before the prohibitions are looked for.
        for word in plain { Self.blank(word, in: &lowered) }
        return prohibitions.contains { Self.lastEnd(of: $0, in: lowered) != nil }
    }

    private static func blank(_ word: [UInt8], in bytes: inout [UInt8]) {
        let starts = bytes.withUnsafeBufferPointer { b in
            sequence(first: b.firstOffset(of: word)) { $0.flatMap { b.firstOffset(of: word, from: $0 + word.count) } }.prefix { $0 != nil }.compactMap { $0 }
        }
        for start in starts { bytes.replaceSubrange(start..<(start + word.count), with: repeatElement(0x20, count: word.count)) }
    }

    // MARK: - Bytes

    private static func bytes(_ words: [String]) -> [[UInt8]] {
        Array(Set(words.map { Array($0.lowercased().utf8) })).sorted { $0.count > $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1)) }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    /// Sub-clause boundaries in normalised text: `,` `;` `:` (full-width forms are folded by NFKC), `。` and line ends.
    private static func isBoundary(_ bytes: ArraySlice<UInt8>, at i: Int) -> Bool {
        switch bytes[i] {
        case 0x2C, 0x3B, 0x3A, 0x0A: return true
        case 0xE3: return i + 2 < bytes.endIndex && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82  // 。
        default: return false
        }
    }

    /// Where the last sub-clause of `slice` starts (its index).
    private static func afterLastBoundary(_ slice: ArraySlice<UInt8>) -> Int {
        var start = slice.startIndex
        for i in slice.indices where isBoundary(slice, at: i) { start = i + 1 }
        // A window cut mid-character starts at the next character.
        while start < slice.endIndex, slice[start] & 0xC0 == 0x80 { start += 1 }
        return start
    }

    /// The index just past the last occurrence of `word` in `bytes`; English words only as whole words.
    private static func lastEnd(of word: [UInt8], in bytes: [UInt8]) -> Int? {
        guard word.count <= bytes.count else { return nil }
        // Most windows hold no waiver word at all: one forward search (memmem) says so before the walk back.
        guard bytes.contains(word) else { return nil }
        let isASCIIWord = word.first.map { $0 < 0x80 } ?? false
        var start = bytes.count - word.count
        while start >= 0 {
            if bytes[start] == word[0], bytes[start..<start + word.count].elementsEqual(word) {
                let end = start + word.count
                let before = start == 0 || !isLetter(bytes[start - 1])
                let after = end == bytes.count || !isLetter(bytes[end])
                if !isASCIIWord || (before && after) { return end }
            }
            start -= 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) }

    private static func isShortGap(_ gap: ArraySlice<UInt8>) -> Bool {
        let cjk = gap.filter { $0 >= 0xE0 }.count
        let words = gap.split(separator: 0x20).filter { $0.contains(where: isLetter) }.count
        return cjk <= maxGapCJK && words <= maxGapWords
    }

    /// The sentence around a range, or its part between semicolons, bounded to a few hundred bytes each side (a
    /// document-scope unit is a whole contract). A prohibition past a semicolon is another clause's: in "毋须事先取得甲方
    /// 同意；…甲方不得拒绝支付" it makes no double negation of the waiver.
    private static func sentence(around range: Range<Int>, in text: String) -> [UInt8] {
        let utf8 = text.utf8
        let lower = max(0, range.lowerBound - 300), upper = min(utf8.count, range.upperBound + 300)
        let window = Array(utf8[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)])
        let matchStart = range.lowerBound - lower, matchEnd = range.upperBound - lower
        var start = 0, end = window.count
        for i in 0..<window.count where isClauseEnd(window, i) {
            if i < matchStart { start = i + 1 } else if i >= matchEnd { end = i; break }
        }
        return Array(window[start..<end])
    }

    private static func isClauseEnd(_ bytes: [UInt8], _ i: Int) -> Bool {
        if bytes[i] == 0x0A || bytes[i] == 0x3B { return true }
        return bytes[i] == 0xE3 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82
    }
}
