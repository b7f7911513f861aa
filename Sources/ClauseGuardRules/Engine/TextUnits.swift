import ClauseGuardModel
import ClauseGuardText

/// The normalised text of a contract cut into the units rules match on (sentences, clauses, the document),
/// with the map from unit offsets back to each block's original text. Built once per document.
final class TextUnits {
    struct Segment {
        /// Start of this block's text within the unit (UTF-8).
        var unitStart: Int
        var blockIndex: Int
        /// Start within the block's normalised text.
        var blockStart: Int
        var length: Int
    }

    struct Unit {
        var text: String
        var segments: [Segment]
    }

    let blocks: [Block]
    let normalized: [NormalizedText]
    private(set) lazy var sentences: [Unit] = makeSentences()
    private(set) lazy var clauses: [Unit] = makeClauses()
    private(set) lazy var document: [Unit] = [makeUnit(blocks.indices.filter { isContract(blocks[$0]) })]

    /// Each block's clause as a report names it (第三条 › 3.2), made once however many findings the block holds.
    private var clauseDisplays: [Int: String] = [:]

    func clauseDisplay(_ block: Int) -> String {
        if let display = clauseDisplays[block] { return display }
        let display = blocks[block].clauseDisplay
        clauseDisplays[block] = display
        return display
    }

    /// `sentences` must split the texts of `normalized` (the analyzer shares one with the frames); by default the
    /// units split them themselves.
    init(document: ContractDocument, normalized: [NormalizedText], literals: LiteralAutomata, sentences: SentenceSplits? = nil) {
        self.literals = literals
        blocks = document.blocks
        self.normalized = normalized
        splits = sentences ?? SentenceSplits(normalized.map(\.text))
    }

    /// Each block's sentences as ranges of its normalised text, split once for the sentence units, the excerpts of
    /// findings and (shared) the frames.
    private let splits: SentenceSplits

    /// A block's sentences for rules: the split sentences, with a question joined to the sentence that answers it
    /// ("Don't want to renew? Tell us at least 90 days before your end date." / 不想做了？提前两个月说。): in FAQ-style terms
    /// the question is the answer's subject, and neither half says the clause alone.
    private func normalizedSentences(_ block: Int) -> [Range<Int>] {
        if let joined = questionJoined[block] { return joined }
        let joined = Self.joiningQuestions(splits[block], in: normalized[block].text)
        questionJoined[block] = joined
        return joined
    }

    private var questionJoined: [Int: [Range<Int>]] = [:]

    private static func joiningQuestions(_ sentences: [Range<Int>], in text: String) -> [Range<Int>] {
        // NFKC has made ？ an ASCII "?"; a byte search (a generic scan of the UTF-8 view cost 0.8 % of a scan).
        guard sentences.count > 1, text.has("?") else { return sentences }
        let bytes = Array(text.utf8)
        var out: [Range<Int>] = []
        out.reserveCapacity(sentences.count)
        var i = 0
        while i < sentences.count {
            if i + 1 < sentences.count, endsWithQuestionMark(bytes, sentences[i]) {
                // "会自动续约吗？答：不会。" / "Does it renew automatically? A: No.": an answer that only says no denies the
                // question, whose words then say nothing of the contract; the rules read the answer alone.
                out.append(answersNo(bytes, sentences[i + 1]) ? sentences[i + 1] : sentences[i].lowerBound..<sentences[i + 1].upperBound)
                i += 2
            } else {
                out.append(sentences[i])
                i += 1
            }
        }
        return out
    }

    /// Whether the answer opens with a bare "no" (答：不会。, "A: No. Your plan ends…"), after an answer label.
    private static func answersNo(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var text = Substring(String(decoding: bytes[range], as: UTF8.self)).drop { $0 == " " }
        if let label = ["答:", "答", "A:", "A.", "A "].first(where: { text.hasPrefix($0) }) { text = text.dropFirst(label.count).drop { $0 == " " } }
        let first = text.prefix { !" .。,!;".contains($0) }
        return noAnswers.contains(first.lowercased())
    }

    /// Bare denials; 不包括 / 不含 deny what a question says a base holds (提成基数包括退款订单吗？答：不包括。).
    private static let noAnswers: Set<String> = ["不会", "不能", "不可以", "不行", "不是", "不需要", "不用", "没有", "否", "不",
                                                 "不包括", "不包含", "不含", "不计入", "no", "nope"]

    /// "?" or "？" (EF BC 9F) as the sentence's last character.
    private static func endsWithQuestionMark(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        if bytes[last] == 0x3F { return true }
        return range.count >= 3 && bytes[last - 2] == 0xEF && bytes[last - 1] == 0xBC && bytes[last] == 0x9F
    }

    func units(for scope: Scope) -> [Unit] {
        switch scope {
        case .sentence: sentences
        case .clause: clauses
        case .document: document
        }
    }

    private let literals: LiteralAutomata
    /// The literal automata, or nil when this contract's literals are searched for one by one.
    private lazy var automata = literals.tables(forTextOf: normalized.reduce(0) { $0 + $1.text.utf8.count })
    private lazy var sentenceIndex = makeIndex(.sentence)
    private lazy var clauseIndex = makeIndex(.clause)
    private lazy var documentIndex = makeIndex(.document)

    func index(_ scope: Scope) -> LiteralIndex {
        switch scope {
        case .sentence: sentenceIndex
        case .clause: clauseIndex
        case .document: documentIndex
        }
    }

    private func makeIndex(_ scope: Scope) -> LiteralIndex {
        let texts = units(for: scope).map(\.text)
        guard let automata, !automata.exact.hasNewlineLiteral, !automata.caseless.hasNewlineLiteral else {
            return LiteralIndex(units: texts, automata: automata)
        }
        return LiteralIndex(units: texts, automata: automata) { [unowned self] in self.sharedHits($0)[scope] }
    }

    /// The hits of one automaton in each scope.
    private struct ScopedHits {
        var sentence: LiteralHits
        var clause: LiteralHits
        var document: LiteralHits

        subscript(scope: Scope) -> LiteralHits {
            switch scope {
            case .sentence: sentence
            case .clause: clause
            case .document: document
            }
        }
    }

    /// Per automaton (by identity), computed on first use.
    private var shared: [ObjectIdentifier: ScopedHits] = [:]

    /// One automaton pass over the document unit gives the hits of all three scopes: clauses and the document
    /// join blocks with newlines and no literal holds one, so every occurrence lies inside one block; it belongs
    /// to that block's clause, and to the sentence that contains both its ends.
    private func sharedHits(_ automaton: LiteralAutomaton) -> ScopedHits {
        if let cached = shared[ObjectIdentifier(automaton)] { return cached }
        let whole = document[0]
        var sentenceHits = LiteralHits(literals: automaton.ids.count, units: sentences.count)
        var clauseHits = LiteralHits(literals: automaton.ids.count, units: clauses.count)
        var documentHits = LiteralHits(literals: automaton.ids.count, units: 1)
        var clauseOfBlock = [Int](repeating: -1, count: blocks.count)
        for (c, clause) in clauses.enumerated() { for segment in clause.segments { clauseOfBlock[segment.blockIndex] = c } }
        var blockStart = [Int](repeating: 0, count: blocks.count)
        for segment in whole.segments { blockStart[segment.blockIndex] = segment.unitStart }
        let sentenceRanges = sentences.map { unit -> Range<Int> in
            let segment = unit.segments[0]
            let start = blockStart[segment.blockIndex] + segment.blockStart
            return start..<(start + segment.length)
        }
        let segments = whole.segments, lengths = automaton.lengths
        var segment = 0, sentence = 0
        automaton.forEachHit(in: Array(whole.text.utf8)) { id, end in
            documentHits.insert(0, id)
            while segment + 1 < segments.count, segments[segment + 1].unitStart <= end { segment += 1 }
            let clause = clauseOfBlock[segments[segment].blockIndex]
            if clause >= 0 { clauseHits.insert(clause, id) }
            while sentence + 1 < sentenceRanges.count, sentenceRanges[sentence + 1].lowerBound <= end { sentence += 1 }
            if sentence < sentenceRanges.count, sentenceRanges[sentence].lowerBound <= end - lengths[id] + 1,
               end < sentenceRanges[sentence].upperBound {
                sentenceHits.insert(sentence, id)
            }
        }
        let result = ScopedHits(sentence: sentenceHits, clause: clauseHits, document: documentHits)
        shared[ObjectIdentifier(automaton)] = result
        return result
    }

    /// The units of `scope` where the pattern's prefilter holds; nil when it has none (every unit may match).
    func candidates(_ pattern: CompiledPattern, _ scope: Scope) -> UnitSet? {
        evaluate(pattern.prefilter, caseless: pattern.prefilterIsCaseless, index(scope))
    }

    private func evaluate(_ prefilter: Prefilter, caseless: Bool, _ index: LiteralIndex) -> UnitSet? {
        switch prefilter {
        case .any:
            return nil
        case .literal(let text):
            return index.units(containing: text, caseless: caseless)
        case .and(let parts):
            var result: UnitSet?
            for part in parts {
                guard let set = evaluate(part, caseless: caseless, index) else { continue }
                if result == nil { result = set } else { result!.formIntersection(set) }
                if result!.isEmpty { break }
            }
            return result
        case .or(let parts):
            var result = UnitSet.none(index.unitCount)
            for part in parts {
                guard let set = evaluate(part, caseless: caseless, index) else { return nil }
                result.formUnion(set)
            }
            return result
        }
    }

    /// Maps a match in a unit back to (block, original UTF-8 range in that block's text).
    func locate(_ range: Range<Int>, in unit: Unit) -> (block: Int, original: Range<Int>)? {
        guard let segment = unit.segments.last(where: { $0.unitStart <= range.lowerBound }) ?? unit.segments.first else { return nil }
        let start = max(0, range.lowerBound - segment.unitStart)
        let end = min(segment.length, range.upperBound - segment.unitStart)
        let local = (segment.blockStart + start)..<(segment.blockStart + max(start, end))
        return (segment.blockIndex, normalized[segment.blockIndex].originalRange(of: local))
    }

    /// The original text of the sentence in `block` that contains the original UTF-8 offset.
    func sentenceRange(inBlock block: Int, containing offset: Int) -> Range<Int> {
        let sentences = originalSentences(block)
        // A match starting where one sentence ends belongs to the next one.
        return sentences.first { $0.contains(offset) } ?? sentences.last { $0.upperBound == offset } ?? 0..<blocks[block].text.utf8.count
    }

    /// A block's sentences as original ranges, split once per block however many findings it holds.
    private var sentenceCache: [Int: [Range<Int>]] = [:]

    private func originalSentences(_ block: Int) -> [Range<Int>] {
        if let cached = sentenceCache[block] { return cached }
        let text = normalized[block]
        let sentences = normalizedSentences(block).map { text.originalRange(of: $0) }
        sentenceCache[block] = sentences
        return sentences
    }

    private func isContract(_ block: Block) -> Bool { block.part != .comment }

    private func makeSentences() -> [Unit] {
        var out: [Unit] = []
        for (i, block) in blocks.enumerated() where isContract(block) {
            let text = normalized[i].text
            for range in normalizedSentences(i) {
                let sentence = text.utf8Slice(range)
                out.append(Unit(text: sentence, segments: [Segment(unitStart: 0, blockIndex: i, blockStart: range.lowerBound, length: range.count)]))
            }
        }
        return out
    }

    /// Consecutive blocks of the same article form one clause; blocks before the first article each stand alone.
    private func makeClauses() -> [Unit] {
        var groups: [[Int]] = []
        var currentKey: ArraySlice<String>?
        for (i, block) in blocks.enumerated() where isContract(block) {
            let key = block.articlePath
            if !key.isEmpty, key == currentKey {
                groups[groups.count - 1].append(i)
            } else {
                groups.append([i])
            }
            currentKey = key.isEmpty ? nil : key
        }
        return groups.map(makeUnit)
    }

    private func makeUnit(_ indices: [Int]) -> Unit {
        var text = ""
        var segments: [Segment] = []
        for i in indices {
            if !text.isEmpty { text += "\n" }
            let normalizedText = normalized[i].text
            segments.append(Segment(unitStart: text.utf8.count, blockIndex: i, blockStart: 0, length: normalizedText.utf8.count))
            text += normalizedText
        }
        return Unit(text: text, segments: segments)
    }
}
