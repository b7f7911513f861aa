import ClauseGuardText

/// One sentence's normalised bytes with its lexicon hits and the parties it names, the input of frame building.
struct SentenceReading {
    struct Mention {
        var start: Int
        var end: Int
        var actor: FrameActor
        /// "对方" / "the other party": the side opposite the actor.
        var isOther: Bool
        /// Named by a role word (委托方, 服务商, the Agency), not by a letter or a defined name.
        var byRoleWord = false
    }

    let bytes: [UInt8]
    /// `bytes` with A–Z read as a–z.
    let folded: [UInt8]
    /// See `isPlain`.
    let plain: Bool
    let hits: [LexiconHit]
    let mentions: [Mention]
    /// Byte offsets of , ; : (sub-clause boundaries; NFKC made the full-width ones ASCII).
    let boundaries: [Int]
    let chinese: Bool

    /// `bytes` and their lexicon `hits` come from the caller, which reads them first to skip sentences without an
    /// action word (most of them) before any of the rest is built.
    init(bytes: [UInt8], hits: [LexiconHit], index: LexiconIndex, parties: PartyMap, definedLabels: [String]) {
        self.bytes = bytes
        // Most Chinese sentences have no capital letter: they share the bytes.
        folded = bytes.contains { $0 &- 0x41 < 26 } ? bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 } : bytes
        plain = Self.isPlain(bytes)
        self.hits = hits
        chinese = index.lexicon.language == "zh"
        var mentions: [Mention] = []
        for hit in hits {
            // Only party words become mentions: their text is made only for them.
            func words() -> String { String(decoding: bytes[hit.start..<hit.end], as: UTF8.self) }
            for category in hit.categories {
                switch category {
                case .letter(let letter): mentions.append(Mention(start: hit.start, end: hit.end, actor: FrameActor(text: words(), role: parties.role(of: letter)), isOther: false))
                case .role(let role):
                    // 客户名单 / 运营方案: the role word starts another word.
                    if RoleWordCompounds.isCompound(bytes, hit.start..<hit.end) { break }
                    // A role word the contract defines as a party takes that party's side: "Seller" is a provider's
                    // word in a sales contract and the merchant in an agency's contract that serves the "Seller".
                    let text = words()
                    mentions.append(Mention(start: hit.start, end: hit.end, actor: FrameActor(text: text, role: parties.role(of: text) ?? role), isOther: false, byRoleWord: true))
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
        mentions.sort { $0.start < $1.start }
        // 乙方（代运营方） / 委托方（店铺所有人） / 乙方（托管服务商）: a party word in brackets right after a party is that
        // party's gloss, not a second party (taken for one, it became the actor of what follows: "应向乙方（代运营方）支付
        // 违约金，违约金按…"). A few characters may come before it inside the bracket (托管服务商).
        var glossed = Set<Int>()
        for i in mentions.indices where i > 0 && mentions[i - 1].end < mentions[i].start {
            let between = bytes[mentions[i - 1].end..<mentions[i].start]
            guard let open = between.firstIndex(of: UInt8(ascii: "(")),
                  between[between.startIndex..<open].allSatisfy({ $0 == 0x20 }),
                  mentions[i].start - open <= Self.glossLead,
                  !between[open...].contains(where: { $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ",") }) else { continue }
            glossed.insert(i)
            // 我方（委托方）: a merchant retelling its contract glosses its own "we" with its role; the gloss, a role word
            // that closes the bracket, says whose side the word before it is on (a letter keeps the contract's side).
            if mentions[i].byRoleWord, mentions[i - 1].byRoleWord, mentions[i].end < bytes.count,
               bytes[mentions[i].end] == UInt8(ascii: ")"), let role = mentions[i].actor.role {
                mentions[i - 1].actor.role = role
            }
        }
        self.mentions = mentions.indices.filter { !glossed.contains($0) }.map { mentions[$0] }
        let bytes = self.bytes
        boundaries = bytes.indices.filter { bytes[$0] == 0x2C || bytes[$0] == 0x3B || bytes[$0] == 0x3A }
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The bracket and up to four characters before a party word that glosses the party just before it (（托管服务商）).
    private static let glossLead = 13

    private static let closers = [",", ";", ":", "、", "。", ")"].map { Array($0.utf8) }

    /// Whether the bytes at `offset` end a sub-clause (, ; : 、 。 or a closing bracket) or the sentence.
    func closesSubClause(at offset: Int) -> Bool {
        offset >= bytes.count || Self.closers.contains { bytes[offset...].starts(with: $0) }
    }

    // Checks on the text around hits, in bytes when the sentence is `plain` (then a String built from a slice, lower-cased
    // or compared by characters, answers the same: every scalar is its own character and lower-cases to itself or,
    // for A–Z, to a–z), else through Strings as written. The words are lower-case where the check is caseless.

    /// Whether `word` occurs in `range`, case-insensitively: `text(range).lowercased().has(word)`.
    func holds(_ word: [UInt8], in range: Range<Int>) -> Bool {
        plain ? folded[range].contains(word) : text(range).lowercased().has(String(decoding: word, as: UTF8.self))
    }

    /// Whether `range` ends with `word`, case-insensitively: `text(range).lowercased().hasSuffix(word)`.
    func ends(_ range: Range<Int>, with word: [UInt8]) -> Bool {
        guard plain else { return text(range).lowercased().hasSuffix(String(decoding: word, as: UTF8.self)) }
        return word.count <= range.count && folded[(range.upperBound - word.count)..<range.upperBound].elementsEqual(word)
    }

    /// Whether `range` ends with `word` as written: `text(range).hasSuffix(word)`.
    func endsExactly(_ range: Range<Int>, with word: [UInt8]) -> Bool {
        guard plain else { return text(range).hasSuffix(String(decoding: word, as: UTF8.self)) }
        return word.count <= range.count && bytes[(range.upperBound - word.count)..<range.upperBound].elementsEqual(word)
    }

    /// Whether `range` starts with `word` as written: `text(range).hasPrefix(word)`.
    func starts(_ range: Range<Int>, with word: [UInt8]) -> Bool {
        guard plain else { return text(range).hasPrefix(String(decoding: word, as: UTF8.self)) }
        return word.count <= range.count && bytes[range.lowerBound..<(range.lowerBound + word.count)].elementsEqual(word)
    }

    /// Whether `range` starts with `word`, case-insensitively: `text(range).lowercased().hasPrefix(word)`.
    func startsCaseless(_ range: Range<Int>, with word: [UInt8]) -> Bool {
        guard plain else { return text(range).lowercased().hasPrefix(String(decoding: word, as: UTF8.self)) }
        return word.count <= range.count && folded[range.lowerBound..<(range.lowerBound + word.count)].elementsEqual(word)
    }

    /// `range` without the spaces and commas that end it (a clause's text before its boundary).
    func trimmingTrailing(_ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2C { end -= 1 }
        return range.lowerBound..<end
    }

    /// Whether `range` is `word` as written: `text(range) == word`.
    func equals(_ range: Range<Int>, _ word: [UInt8]) -> Bool {
        plain ? bytes[range].elementsEqual(word) : text(range) == String(decoding: word, as: UTF8.self)
    }

    /// Whether every scalar of `bytes` is printable ASCII or a caseless symbol, CJK ideograph or CJK / full-width
    /// punctuation that joins no neighbour into one character (no combining marks, joiners or compatibility ideographs):
    /// nearly every contract sentence.
    static func isPlain(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 {
                    guard lead >= 0x20 && lead != 0x7F else { return false }
                    i += 1
                    continue
                }
                let scalar: UInt32
                if lead & 0xE0 == 0xC0, i + 1 < b.count {
                    scalar = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                } else if lead & 0xF0 == 0xE0, i + 2 < b.count {
                    scalar = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                } else {
                    return false
                }
                guard isPlainScalar(scalar) else { return false }
            }
            return true
        }
    }

    /// A scalar of a plain sentence: printable ASCII, or a caseless symbol, CJK ideograph or CJK / full-width
    /// punctuation that joins no neighbour into one character.
    static func isPlainScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20...0x7E, 0xA0...0xBF, 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        default: return false
        }
    }

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

    /// "(甲方是商家，乙方是运营公司)甲方服务费晚交的…": an aside opening the sentence says who is who; the parties named
    /// in it act in nothing.
    func inOpeningAside(_ offset: Int) -> Bool {
        guard bytes.first == 0x28 else { return false }
        return inBrackets(offset, from: 0)
    }

    func has(_ category: LexiconCategory, in range: Range<Int>? = nil) -> Bool {
        hits.contains { hit in hit.categories.contains(category) && (range.map { $0.contains(hit.start) } ?? true) }
    }

    /// Whether an expiry word (到期, 届满) starts at `offset`.
    func expiry(startsAt offset: Int) -> Bool {
        hits.contains { $0.start == offset && $0.categories.contains(.trigger(.expiry)) }
    }

    /// Whether an expiry word (in `range`, or anywhere) says the term ends (期满, 到期时): 未到期 / 没到期 and 届满前 are times
    /// before it ends.
    func endsTheTerm(in range: Range<Int>? = nil) -> Bool {
        hits.contains { hit in
            hit.categories.contains(.trigger(.expiry)) && (range.map { $0.contains(hit.start) } ?? true)
                && !Self.not.contains { ends(0..<hit.start, with: $0) } && !Self.before.contains { starts(hit.end..<bytes.count, with: $0) }
        }
    }

    /// 未到期, and in plain words 合同没到期 / 没有到期.
    private static let not = ["未", "没", "没有"].map { Array($0.utf8) }
    private static let before = ["前", "之前", "以前"].map { Array($0.utf8) }

    func firstHit(_ category: LexiconCategory, in range: Range<Int>) -> LexiconHit? {
        hits.first { $0.categories.contains(category) && range.contains($0.start) }
    }
}
