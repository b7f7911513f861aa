import Foundation

/// A paragraph normalised for rule matching, with a map back to the original text.
///
/// - NFKC per character (full-width ASCII → half-width, U+3000 → space, ① → 1, ㈠ → (一), ﬁ → fi …);
///   `。` `、` `“”` `‘’` are NFKC-invariant and stay.
/// - Every whitespace run becomes one ASCII space; a run is removed when one neighbour is CJK
///   (Han, CJK punctuation, full-width punctuation) and the other is CJK, an ASCII digit or the text boundary.
/// - Leading and trailing whitespace is trimmed; zero-width spaces and BOMs are dropped.
/// - Pinyin a machine conversion put after a character (協(xié)議) is dropped (`PinyinGlosses`).
/// - An option left unticked on a form (□ …) is blanked, a filled field (提前【90】日) loses its brackets (`FormFields`).
/// - Characters OCR confuses are read as meant where the neighbours say so (90曰, 己付: `ScanLookalikes`).
/// - A word broken by a hyphen and a space ("termi- nate") is read whole (`BrokenHyphens`).
/// - 帐 in money words (帐户, 对帐) is read as 账 (`VariantCharacters`).
///
/// Linear in the input: one pass over the unicode scalars, one offset table.
public struct NormalizedText: Sendable {
    public let original: String
    /// The text rules match on.
    public let text: String
    /// Spans of `text`, in order, each mapped to the span of `original` it came from.
    private let spans: [Span]
    private let originalCount: Int

    /// One piece of output. `identity` spans are byte-for-byte copies (offsets inside map linearly);
    /// other spans map as a whole (any offset inside maps to the whole original piece).
    struct Span: Sendable {
        var normStart: Int
        var normLength: Int
        var origStart: Int
        var origLength: Int
        var identity: Bool
    }

    public init(_ original: String) {
        self.init(original, allowingShortcut: true)
        self = BrokenHyphens.read(VariantCharacters.read(ScanLookalikes.read(FormFields.read(PinyinGlosses.removed(from: self)))))
    }

    /// `allowingShortcut: false` always runs the full normaliser (tests compare the two).
    init(_ original: String, allowingShortcut: Bool) {
        self.original = original
        self.originalCount = original.utf8.count
        // Most paragraphs are already normal (no full-width forms, no stray spaces): one check, one span.
        if allowingShortcut, Builder.isAlreadyNormal(original) {
            text = original
            spans = originalCount == 0 ? [] : [Span(normStart: 0, normLength: originalCount, origStart: 0, origLength: originalCount, identity: true)]
            return
        }
        // Chinese paragraphs with full-width punctuation: the same answer from one pass over the bytes.
        if allowingShortcut, let (out, spans) = Self.normalizedBytes(original) {
            text = String(decoding: out, as: UTF8.self)
            self.spans = spans
            return
        }
        var builder = Builder()
        builder.run(original)
        self.text = String(decoding: builder.out, as: UTF8.self)
        self.spans = builder.spans
    }

    private init(original: String, text: String, spans: [Span], originalCount: Int) {
        self.original = original; self.text = text; self.spans = spans; self.originalCount = originalCount
    }

    /// The same text with every `a` written `b` and every `b` written `a` (both of one UTF-8 length, so the offset
    /// map still holds): a contract whose 甲方 is the provider is matched as if its letters ran the usual way.
    public func swapping(_ a: String, _ b: String) -> NormalizedText {
        let x = Array(a.utf8), y = Array(b.utf8)
        precondition(x.count == y.count && !x.isEmpty, "swapped words must have one UTF-8 length")
        guard text.contains(a) || text.contains(b) else { return self }
        var bytes = Array(text.utf8)
        var i = 0
        while i + x.count <= bytes.count {
            if bytes[i..<(i + x.count)].elementsEqual(x) {
                bytes.replaceSubrange(i..<(i + x.count), with: y); i += x.count
            } else if bytes[i..<(i + y.count)].elementsEqual(y) {
                bytes.replaceSubrange(i..<(i + y.count), with: x); i += y.count
            } else {
                i += 1
            }
        }
        return NormalizedText(original: original, text: String(decoding: bytes, as: UTF8.self), spans: spans, originalCount: originalCount)
    }

    /// The same text with every one of `words` written `replacement`, except where `unless` says the word at that range
    /// of the text's bytes is part of another word (运营方案 is a plan, not 运营方; "Acme" in "Acmeville"): a role word
    /// read as the letter the rules are written with (商家, 委托方 as 甲方). The offset map goes on mapping every byte to
    /// the original: a rewritten word maps as a whole to the word it replaced, so reports quote the contract's own words.
    public func replacing(_ words: [String], with replacement: String,
                          unless compound: (_ bytes: [UInt8], _ word: Range<Int>) -> Bool = { _, _ in false }) -> NormalizedText {
        let target = Array(replacement.utf8)
        // Longer words first, so a word inside another ("Acme" in "Acme Retail") does not cut it.
        let sources = words.map { Array($0.utf8) }.filter { !$0.isEmpty && $0 != target }.sorted { $0.count > $1.count }
        guard !sources.isEmpty else { return self }
        // One pass over the bytes, comparing only where a word's first byte is: most texts hold none of the words,
        // and this runs for every sentence a frame rule reads (a String search here was 6 % of a scan).
        let firstBytes = Set(sources.map { $0[0] })
        let old = Array(text.utf8)
        var cuts: [Range<Int>] = []
        var i = 0
        while i < old.count {
            if firstBytes.contains(old[i]),
               let word = sources.first(where: { i + $0.count <= old.count && old[i..<(i + $0.count)].elementsEqual($0) }),
               !compound(old, i..<(i + word.count)) {
                cuts.append(i..<(i + word.count))
                i += word.count
            } else {
                i += 1
            }
        }
        return replacing(ranges: cuts, in: old, with: target)
    }

    /// The same text with each word of a table written as its own replacement, in one pass: at each offset the first
    /// entry whose word stands there (a table lists a longer word before a shorter one it holds: 唔使 before 唔). Each
    /// rewritten word maps back as a whole to the word it replaced.
    public func replacing(table: [(word: String, replacement: String)]) -> NormalizedText {
        let entries = table.map { (Array($0.word.utf8), Array($0.replacement.utf8)) }.filter { !$0.0.isEmpty }
        let firstBytes = Set(entries.map { $0.0[0] })
        let old = Array(text.utf8)
        var edits: [(range: Range<Int>, target: [UInt8])] = []
        var i = 0
        while i < old.count {
            if firstBytes.contains(old[i]), let (word, target) = entries.first(where: { old.starts(with: $0.0, at: i) }) {
                edits.append((i..<(i + word.count), target))
                i += word.count
            } else {
                i += 1
            }
        }
        return replacing(edits, in: old)
    }

    /// The same text with each of `ranges` (UTF-8, ascending, apart) written `replacement`; each maps back as a whole to
    /// the original of its range.
    public func replacing(ranges: [Range<Int>], with replacement: String) -> NormalizedText {
        replacing(ranges: ranges, in: Array(text.utf8), with: Array(replacement.utf8))
    }

    /// The same text with each edit's range (UTF-8, ascending, apart) written as its own replacement, in one pass; each
    /// maps back as a whole to the original of its range.
    public func replacing(_ edits: [(range: Range<Int>, replacement: String)]) -> NormalizedText {
        replacing(edits.map { ($0.range, Array($0.replacement.utf8)) }, in: Array(text.utf8))
    }

    /// `old` is the text's bytes, `target` the replacement's.
    private func replacing(ranges: [Range<Int>], in old: [UInt8], with target: [UInt8]) -> NormalizedText {
        replacing(ranges.map { ($0, target) }, in: old)
    }

    private func replacing(_ edits: [(range: Range<Int>, target: [UInt8])], in old: [UInt8]) -> NormalizedText {
        guard !edits.isEmpty else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(old.count)
        var position = 0
        for edit in edits {
            bytes += old[position..<edit.range.lowerBound]
            bytes += edit.target
            position = edit.range.upperBound
        }
        bytes += old[position...]
        let newText = String(decoding: bytes, as: UTF8.self)
        // A word of its replacement's length leaves every offset where it was; only the others cut the offset map.
        let cuts = edits.filter { $0.range.count != $0.target.count }.map { ($0.range, $0.target.count) }
        return NormalizedText(original: original, text: newText, spans: cuts.isEmpty ? spans : spans(cutting: cuts), originalCount: originalCount)
    }

    /// The offset map of the text with each cut (ascending, apart) replaced by its `length` bytes: the text between the
    /// cuts keeps its spans, shifted; each replacement is one span mapping to the original of its cut.
    private func spans(cutting cuts: [(range: Range<Int>, length: Int)]) -> [Span] {
        var out: [Span] = []
        out.reserveCapacity(spans.count + 2 * cuts.count)
        var shift = 0
        func copy(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            var k = spanIndex(containing: range.lowerBound)
            while k < spans.count, spans[k].normStart < range.upperBound {
                let span = spans[k]
                let lo = max(range.lowerBound, span.normStart), hi = min(range.upperBound, span.normStart + span.normLength)
                if lo < hi {
                    out.append(span.identity
                        ? Span(normStart: lo + shift, normLength: hi - lo, origStart: span.origStart + (lo - span.normStart), origLength: hi - lo, identity: true)
                        : Span(normStart: lo + shift, normLength: hi - lo, origStart: span.origStart, origLength: span.origLength, identity: false))
                }
                k += 1
            }
        }
        var position = 0
        for (cut, length) in cuts {
            copy(position..<cut.lowerBound)
            let source = originalRange(of: cut)
            out.append(Span(normStart: cut.lowerBound + shift, normLength: length, origStart: source.lowerBound,
                            origLength: source.count, identity: false))
            shift += length - cut.count
            position = cut.upperBound
        }
        copy(position..<(spans.last.map { $0.normStart + $0.normLength } ?? 0))
        return out
    }

    /// The same text with the dots of abbreviations ("Ltd.", "Inc.", "e.g.") written as spaces (the offset map still
    /// holds): rule patterns read [^.] as "within the sentence", and "Brightline Digital Ltd. (…) may…" is one.
    public func withoutAbbreviationDots() -> NormalizedText {
        // A byte search (memmem): the generic element search over the view cost 2 % of reading a contract.
        guard text.has(".") else { return self }
        var bytes = Array(text.utf8)
        let dots = SentenceSplitter.abbreviationDots(in: bytes)
        guard !dots.isEmpty else { return self }
        for dot in dots { bytes[dot] = 0x20 }
        return NormalizedText(original: original, text: String(decoding: bytes, as: UTF8.self), spans: spans, originalCount: originalCount)
    }

    /// The same text with characters replaced by others of the same UTF-8 length (the offset map still holds):
    /// Traditional characters read as Simplified.
    public func replacingScalars(_ map: [Unicode.Scalar: Unicode.Scalar]) -> NormalizedText {
        guard !map.isEmpty, text.unicodeScalars.contains(where: { map[$0] != nil }) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(map[scalar] ?? scalar) }
        return NormalizedText(original: original, text: String(out), spans: spans, originalCount: originalCount)
    }

    /// Maps a UTF-8 byte range of `text` back to the UTF-8 byte range of `original` it came from
    /// (covering whole original characters), so reports can quote the original words.
    public func originalRange(of normalizedRange: Range<Int>) -> Range<Int> {
        guard !spans.isEmpty else { return 0..<0 }
        let total = spans[spans.count - 1].normStart + spans[spans.count - 1].normLength
        let lo = max(0, min(normalizedRange.lowerBound, total))
        let hi = max(lo, min(normalizedRange.upperBound, total))
        let start: Int
        if lo >= total {
            let last = spans[spans.count - 1]
            start = last.origStart + last.origLength
        } else {
            let s = spans[spanIndex(containing: lo)]
            start = s.identity ? s.origStart + (lo - s.normStart) : s.origStart
        }
        if hi == lo { return start..<start }
        let e = spans[spanIndex(containing: hi - 1)]
        let end = e.identity ? e.origStart + (hi - e.normStart) : e.origStart + e.origLength
        return start..<max(start, min(end, originalCount))
    }

    /// Index of the span whose normalised bytes contain `offset` (0 ≤ offset < total).
    private func spanIndex(containing offset: Int) -> Int {
        var lo = 0, hi = spans.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if spans[mid].normStart <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

// MARK: - Building

extension NormalizedText {
    /// What a character counts as when deciding whether the whitespace next to it is dropped.
    enum Neighbour { case boundary, cjk, digit, other }

    struct Builder {
        var out: [UInt8] = []
        var spans: [Span] = []
        /// Pending whitespace run (original byte range), emitted or dropped when the next character arrives.
        var pendingWhitespace: Range<Int>? = nil
        var pendingIsSingleSpace = false
        var last: Neighbour = .boundary
        /// NFKC results for characters outside the fast paths, per normalisation.
        var cache: [String: [Unicode.Scalar]] = [:]

        // Current segment: a starter plus following combining marks. The starter is kept apart so the common
        // segment, one scalar, touches no array.
        var starter: Unicode.Scalar? = nil
        var marks: [Unicode.Scalar] = []
        var segmentStart = 0
        var segmentEnd = 0
        /// The last span, still growing while identity copies follow each other; appended when one does not.
        var openSpan: Span? = nil

        /// True when normalising would return the text unchanged: every character is its own NFKC form, and each
        /// space is single, inside the text, and not between characters whose spacing is removed.
        static func isAlreadyNormal(_ original: String) -> Bool {
            var previous: Neighbour = .boundary
            var pendingSpace = false
            for s in original.unicodeScalars {
                if s == " " {
                    if pendingSpace || previous == .boundary { return false }
                    pendingSpace = true
                    continue
                }
                guard !isWhitespace(s), !isIgnorable(s), fastPath(s) == s else { return false }
                let kind = classify(s, original: s)
                if pendingSpace {
                    switch (previous, kind) {
                    case (.cjk, .cjk), (.cjk, .digit), (.digit, .cjk): return false
                    default: pendingSpace = false
                    }
                }
                previous = kind
            }
            return !pendingSpace
        }

        mutating func run(_ original: String) {
            out.reserveCapacity(original.utf8.count)
            var offset = 0
            for scalar in original.unicodeScalars {
                let width = UTF8.width(scalar)
                if starter != nil, Self.mayCombine(scalar.value),
                   scalar.properties.canonicalCombiningClass != .notReordered {
                    marks.append(scalar)
                    segmentEnd = offset + width
                } else {
                    flushSegment()
                    starter = scalar
                    segmentStart = offset
                    segmentEnd = offset + width
                }
                offset += width
            }
            flushSegment()
            if let open = openSpan { spans.append(open); openSpan = nil }
            // Trailing whitespace is trimmed: the pending run is simply dropped.
        }

        mutating func flushSegment() {
            guard let first = starter else { return }
            starter = nil
            let start = segmentStart, end = segmentEnd
            if marks.isEmpty {
                let s = first
                if Self.isWhitespace(s) {
                    addWhitespace(start..<end, isSpace: s == " ")
                    return
                }
                if Self.isIgnorable(s) { return }
                if let fast = Self.fastPath(s) {
                    emitSingle(fast, original: s, start: start, end: end)
                    return
                }
            }
            let segment = [first] + marks
            marks.removeAll(keepingCapacity: true)
            let key = String(String.UnicodeScalarView(segment))
            let normalised: [Unicode.Scalar]
            if let cached = cache[key] {
                normalised = cached
            } else {
                normalised = Array(key.precomposedStringWithCompatibilityMapping.unicodeScalars)
                cache[key] = normalised
            }
            if normalised.isEmpty { return }
            if normalised.allSatisfy(Self.isWhitespace) {
                addWhitespace(start..<end, isSpace: false)
                return
            }
            emit(normalised, original: segment, start: start, end: end)
        }

        mutating func addWhitespace(_ range: Range<Int>, isSpace: Bool) {
            if let pending = pendingWhitespace {
                pendingWhitespace = pending.lowerBound..<range.upperBound
                pendingIsSingleSpace = false
            } else {
                pendingWhitespace = range
                pendingIsSingleSpace = isSpace
            }
        }

        /// The common case, one scalar in and one out, without allocating arrays.
        mutating func emitSingle(_ normalised: Unicode.Scalar, original: Unicode.Scalar, start: Int, end: Int) {
            let kind = Self.classify(normalised, original: original)
            flushWhitespace(before: kind)
            let normStart = out.count
            Self.appendUTF8(normalised, to: &out)
            appendSpan(normStart: normStart, normLength: out.count - normStart, origStart: start, origLength: end - start,
                       identity: normalised == original)
            last = kind
        }

        mutating func emit(_ normalised: [Unicode.Scalar], original: [Unicode.Scalar], start: Int, end: Int) {
            let first = Self.classify(normalised[0], original: original[0])
            flushWhitespace(before: first)
            let normStart = out.count
            for s in normalised { Self.appendUTF8(s, to: &out) }
            let identity = normalised == original
            appendSpan(normStart: normStart, normLength: out.count - normStart, origStart: start, origLength: end - start, identity: identity)
            last = Self.classify(normalised[normalised.count - 1], original: original[original.count - 1])
        }

        /// Emits or drops the pending whitespace run now that the next character is known.
        mutating func flushWhitespace(before first: Neighbour) {
            if let ws = pendingWhitespace {
                pendingWhitespace = nil
                let drop: Bool
                switch (last, first) {
                case (.boundary, _): drop = true
                case (.cjk, .cjk), (.cjk, .digit), (.digit, .cjk): drop = true
                default: drop = false
                }
                if !drop {
                    appendSpan(normStart: out.count, normLength: 1, origStart: ws.lowerBound, origLength: ws.count,
                               identity: pendingIsSingleSpace)
                    out.append(0x20)
                }
            }
        }

        mutating func appendSpan(normStart: Int, normLength: Int, origStart: Int, origLength: Int, identity: Bool) {
            if identity, let open = openSpan, open.identity,
               open.normStart + open.normLength == normStart,
               open.origStart + open.origLength == origStart {
                openSpan!.normLength += normLength
                openSpan!.origLength += origLength
                return
            }
            if let open = openSpan { spans.append(open) }
            openSpan = Span(normStart: normStart, normLength: normLength, origStart: origStart, origLength: origLength,
                            identity: identity)
        }

        // MARK: Character classes

        @inline(__always)
        static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            let v = s.value
            if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
            // Unicode White_Space outside ASCII, listed so the hot path needs no property lookup.
            switch v {
            case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
            default: return false
            }
        }

        /// Blocks that hold combining marks; everything else (ASCII, Han, kana…) starts a new segment for sure.
        @inline(__always)
        static func mayCombine(_ v: UInt32) -> Bool {
            // ASCII, Latin-1 and Han (most of every contract) leave at the first test.
            if v < 0x300 || (v >= 0x3100 && v < 0xFE20) { return false }
            return (0x300...0x36F).contains(v) || (0x483...0x489).contains(v) || (0x591...0x5C7).contains(v)
                || (0x610...0x6ED).contains(v) || (0x900...0xDFF).contains(v) || (0x1AB0...0x1AFF).contains(v)
                || (0x1DC0...0x1DFF).contains(v) || (0x20D0...0x20FF).contains(v) || (0x302A...0x302F).contains(v)
                || (0x3099...0x309A).contains(v) || (0xFE20...0xFE2F).contains(v)
        }

        /// Zero-width characters that are dropped outright (they separate nothing visible).
        static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x200B, 0xFEFF, 0x2060, 0x00AD: return true
            default: return false
            }
        }

        /// NFKC of the commonest scalars without calling into Foundation.
        @inline(__always)
        static func fastPath(_ s: Unicode.Scalar) -> Unicode.Scalar? {
            let v = s.value
            if v < 0x80 { return s }
            if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) { return s }   // Han: NFKC-invariant
            if (0xFF01...0xFF5E).contains(v) { return Unicode.Scalar(v - 0xFEE0) }           // full-width ASCII
            if (0x3001...0x3035).contains(v) { return s }                                    // CJK punctuation
            switch v {
            case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x00B7, 0x00A5, 0x20AC: return s
            default: return nil
            }
        }

        /// CJK text, and the curly quotes Chinese text is quoted with: no space belongs next to them either.
        static func isCJK(_ v: UInt32) -> Bool {
            CJK.isCJK(v) || v == 0x201C || v == 0x201D || v == 0x2018 || v == 0x2019
        }

        static func classify(_ normalised: Unicode.Scalar, original: Unicode.Scalar) -> Neighbour {
            let n = normalised.value
            if n >= 0x30 && n <= 0x39 { return .digit }
            if n < 0x80 {
                // Full-width letters count as Latin; full-width punctuation (，：（ …) as CJK.
                let o = original.value
                if (0xFF01...0xFF5E).contains(o) || (0x3000...0x303F).contains(o) || (0x3200...0x33FF).contains(o) {
                    let isLetter = (n >= 0x41 && n <= 0x5A) || (n >= 0x61 && n <= 0x7A)
                    return isLetter ? .other : .cjk
                }
                return .other
            }
            return isCJK(n) || isCJK(original.value) ? .cjk : .other
        }

        @inline(__always)
        static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
            let v = s.value
            switch v {
            case 0..<0x80:
                out.append(UInt8(v))
            case 0x80..<0x800:
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            case 0x800..<0x10000:
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            default:
                out.append(UInt8(0xF0 | (v >> 18)))
                out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
    }
}
