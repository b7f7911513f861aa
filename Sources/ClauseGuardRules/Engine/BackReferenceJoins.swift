import ClauseGuardText
import ClauseGuardUnderstanding

/// "乙方按成交金额的百分之六收取提成。上述成交金额不扣除退款。" / "The Client may terminate on written notice. Such
/// notice shall fall no earlier than six months…": a sentence that opens by pointing back (the lexicons'
/// `back_reference` words) says what the one before it means. In the view rules match, the stop between them is a
/// ";", so a pattern's "within the sentence" ([^。], [^.]) reads the two as one, for every rule, without each rule
/// spelling out the cross-reference.
struct BackReferenceJoins: Sendable {
    private let automaton: LiteralAutomaton

    init(_ lexicons: Lexicons) {
        let words = lexicons.byLanguage.values.flatMap(\.backReference.words).map { $0.lowercased() }
        automaton = LiteralAutomaton(literals: words.map { Array($0.utf8) }, foldingASCIICase: true)
    }

    /// `text` with each full stop before a pointing-back opener written as ";"; the text itself (no copy) when it has
    /// none, which is most texts.
    func applied(to text: NormalizedText) -> NormalizedText {
        guard !automaton.ids.isEmpty else { return text }
        var stops: [Range<Int>] = []
        var copy = text.text
        copy.withUTF8 { bytes in
            // Most blocks hold one sentence: no stop before their end, nothing to join (a memmem, not the automaton).
            guard Self.stopsBeforeEnd(bytes), automaton.occurs(in: bytes) else { return }
            automaton.forEachHit(in: Array(bytes)) { id, last in
                let opener = last + 1 - automaton.lengths[id]
                guard let stop = Self.stop(before: opener, in: bytes), stops.last?.lowerBound != stop.lowerBound else { return }
                stops.append(stop)
            }
        }
        guard !stops.isEmpty else { return text }
        return text.replacing(ranges: stops, with: ";")
    }

    private static let fullStop = Array("。".utf8), englishStop = Array(". ".utf8)

    /// Whether a sentence ends before the text does.
    private static func stopsBeforeEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let stop = bytes.firstOffset(of: fullStop), stop + 3 < bytes.count { return true }
        return bytes.firstOffset(of: englishStop) != nil
    }

    /// How far into its sentence an opener may stand: a short lead before it (自前述情形发生之日起, "For the purposes
    /// of the foregoing"), 4 Chinese characters or 24 letters, with no comma between.
    private static let chineseLead = 12, englishLead = 24

    /// The full stop (and the spaces after it) that ends the sentence before the one `opener` stands in, when the
    /// opener is that close to its start; nil otherwise. An English opener at the very start is a capital word
    /// ("Such notice"); "such" later in a sentence mid-way is no reference to the one before.
    private static func stop(before opener: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let english = bytes[opener] < 0x80
        var i = opener
        while i > 0, opener - i <= (english ? englishLead : chineseLead) {
            let b = bytes[i - 1]
            if i >= 3, b == 0x82, bytes[i - 2] == 0x80, bytes[i - 3] == 0xE3 { return (i - 3)..<i }
            // ". Such": the stop and the spaces after it, so the view's length changes and its sentences are split
            // anew (a view of the same length reuses the text's split).
            if b == 0x2E, i < opener, bytes[i] == 0x20 {
                var end = i
                while end < opener, bytes[end] == 0x20 { end += 1 }
                return english && end == opener && (0x61...0x7A).contains(bytes[opener]) ? nil : (i - 1)..<end
            }
            if b == 0x2C || b == 0x3B || b == 0x3A || b == 0x2E || b == 0x0A { return nil }
            i -= 1
        }
        return nil
    }
}
