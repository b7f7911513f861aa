import ClauseGuardText

/// One sentence's normalised bytes with its lexicon hits and the parties it names, the input of frame building.
struct SentenceReading {
    struct Mention {
        var start: Int
        var end: Int
        var actor: FrameActor
        /// "对方" / "the other party": the side opposite the actor.
        var isOther: Bool
    }

    let bytes: [UInt8]
    let hits: [LexiconHit]
    let mentions: [Mention]
    /// Byte offsets of , ; : (sub-clause boundaries; NFKC made the full-width ones ASCII).
    let boundaries: [Int]
    let chinese: Bool

    /// `bytes` and their lexicon `hits` come from the caller, which reads them first to skip sentences without an
    /// action word (most of them) before any of the rest is built.
    init(bytes: [UInt8], hits: [LexiconHit], index: LexiconIndex, parties: PartyMap, definedLabels: [String]) {
        self.bytes = bytes
        self.hits = hits
        chinese = index.lexicon.language == "zh"
        var mentions: [Mention] = []
        for hit in hits {
            // Only party words become mentions: their text is made only for them.
            func words() -> String { String(decoding: bytes[hit.start..<hit.end], as: UTF8.self) }
            for category in hit.categories {
                switch category {
                case .letter(let letter): mentions.append(Mention(start: hit.start, end: hit.end, actor: FrameActor(text: words(), role: parties.role(of: letter)), isOther: false))
                case .role(let role): mentions.append(Mention(start: hit.start, end: hit.end, actor: FrameActor(text: words(), role: role), isOther: false))
                case .both: mentions.append(Mention(start: hit.start, end: hit.end, actor: FrameActor(text: words(), role: .both), isOther: false))
                case .either: mentions.append(Mention(start: hit.start, end: hit.end, actor: FrameActor(text: words(), role: .either), isOther: false))
                case .other: mentions.append(Mention(start: hit.start, end: hit.end, actor: FrameActor(text: words(), role: nil), isOther: true))
                default: continue
                }
                break
            }
        }
        // A contract's own defined names ("Inktomi", "the Company") are not lexicon words.
        for label in definedLabels {
            for range in WholeWords.occurrences(of: Array(label.utf8), in: bytes)
            where !mentions.contains(where: { $0.start < range.upperBound && range.lowerBound < $0.end }) {
                mentions.append(Mention(start: range.lowerBound, end: range.upperBound, actor: FrameActor(text: label, role: parties.role(of: label)), isOther: false))
            }
        }
        self.mentions = mentions.sorted { $0.start < $1.start }
        let bytes = self.bytes
        boundaries = bytes.indices.filter { bytes[$0] == 0x2C || bytes[$0] == 0x3B || bytes[$0] == 0x3A }
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// Start of the sub-clause holding `offset`.
    func segmentStart(_ offset: Int) -> Int { (boundaries.last { $0 < offset }).map { $0 + 1 } ?? 0 }
    func segmentEnd(_ offset: Int) -> Int { boundaries.first { $0 >= offset } ?? bytes.count }

    /// Whether `offset` is inside round or square brackets opened after `from` (NFKC made （） ASCII): examples
    /// (包括…) and cited captions ("Section 8.2 [No Consequential Damages]") are not the clause.
    func inBrackets(_ offset: Int, from: Int) -> Bool {
        var depth = 0
        for byte in bytes[from..<offset] {
            if byte == 0x28 || byte == 0x5B { depth += 1 } else if byte == 0x29 || byte == 0x5D { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    func has(_ category: LexiconCategory, in range: Range<Int>? = nil) -> Bool {
        hits.contains { hit in hit.categories.contains(category) && (range.map { $0.contains(hit.start) } ?? true) }
    }

    /// Whether an expiry word (到期, 届满) starts at `offset`.
    func expiry(startsAt offset: Int) -> Bool {
        hits.contains { $0.start == offset && $0.categories.contains(.trigger(.expiry)) }
    }

    func firstHit(_ category: LexiconCategory, in range: Range<Int>) -> LexiconHit? {
        hits.first { $0.categories.contains(category) && range.contains($0.start) }
    }
}
