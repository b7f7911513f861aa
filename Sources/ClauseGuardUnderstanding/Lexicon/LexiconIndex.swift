import ClauseGuardText

/// What a lexicon word means; one word may mean several things (不予退还: an exclusion and the action no_refund).
public enum LexiconCategory: Sendable, Hashable {
    case letter(String), both, either, other
    case role(FrameRole)
    case clientHires, providerServes
    case modality(Modality)
    case action(FrameAction)
    case trigger(Trigger)
    case conditionBefore, conditionAfter, negation, exception
    case cue(ValueCue)
    case base(PenaltyBase)
    /// A word that means nothing to frames but hides the shorter words inside it (即可 is not the modal 可,
    /// 不限于 not a negation).
    case plain
}

/// One occurrence of a lexicon word in a text: UTF-8 byte range and what the word means.
public struct LexiconHit: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var categories: [LexiconCategory]

    /// The modality the word states (有权, 应, 不得…), if it is a modal.
    public var modality: Modality? {
        for case .modality(let modality) in categories { return modality }
        return nil
    }
}

/// A lexicon compiled into one Aho–Corasick automaton, so a sentence is read for every word in one pass
/// (a search per word would read it hundreds of times). Built once per run, shared read-only by all workers.
public final class LexiconIndex: Sendable {
    public let lexicon: Lexicon
    private let automaton: LiteralAutomaton
    /// By automaton id: the word's categories.
    private let categories: [[LexiconCategory]]
    /// English words match whole words only and case-insensitively.
    private let wordBoundaries: Bool

    public init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        var entries: [String: [LexiconCategory]] = [:]
        let caseless = lexicon.language != "zh"
        func add(_ words: [String], _ category: LexiconCategory) {
            for word in words {
                let key = caseless ? word.lowercased() : word
                if !(entries[key]?.contains(category) ?? false) { entries[key, default: []].append(category) }
            }
        }
        for letter in lexicon.letters { add([letter], .letter(letter)) }
        add(lexicon.both, .both); add(lexicon.either, .either); add(lexicon.other, .other)
        for (role, words) in lexicon.roleWords { add(words, .role(role)) }
        add(lexicon.clientHires, .clientHires); add(lexicon.providerServes, .providerServes)
        for (m, words) in lexicon.modalities { add(words, .modality(m)) }
        for (a, words) in lexicon.actions { add(words, .action(a)) }
        for (t, words) in lexicon.triggers { add(words, .trigger(t)) }
        add(lexicon.conditionsBefore, .conditionBefore); add(lexicon.conditionsAfter, .conditionAfter)
        add(lexicon.negation, .negation); add(lexicon.exceptions, .exception)
        for (c, words) in lexicon.cues { add(words, .cue(c)) }
        for (b, words) in lexicon.bases { add(words, .base(b)) }
        add(lexicon.plain, .plain)
        let automaton = LiteralAutomaton(literals: entries.keys.map { Array($0.utf8) }, foldingASCIICase: caseless)
        var byID = [[LexiconCategory]](repeating: [], count: automaton.lengths.count)
        for (word, cats) in entries { if let id = automaton.ids[Array(word.utf8)] { byID[id] = cats } }
        self.automaton = automaton
        categories = byID
        wordBoundaries = caseless
    }

    /// Every word occurrence in `bytes`, in order of start; where words overlap, the longest wins (不得 over 不,
    /// "shall not" over "shall"), and words of equal span merge their categories.
    public func hits(in bytes: [UInt8]) -> [LexiconHit] {
        var raw: [LexiconHit] = []
        raw.reserveCapacity(16)
        let lengths = automaton.lengths
        automaton.forEachHit(in: bytes) { id, last in
            let start = last - lengths[id] + 1, end = last + 1
            if wordBoundaries, !WholeWords.isBoundary(bytes, start, end) { return }
            raw.append(LexiconHit(start: start, end: end, categories: categories[id]))
        }
        raw.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out: [LexiconHit] = []
        out.reserveCapacity(raw.count)
        for hit in raw {
            if let last = out.last, hit.start < last.end {
                if hit.start == last.start && hit.end == last.end {
                    out[out.count - 1].categories += hit.categories.filter { !last.categories.contains($0) }
                } else if hit.end > last.end, hit.end - hit.start > last.end - last.start {
                    out[out.count - 1] = hit
                }
                continue
            }
            out.append(hit)
        }
        return out
    }
}
