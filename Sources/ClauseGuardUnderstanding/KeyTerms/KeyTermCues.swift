import ClauseGuardText

/// The words that decide whether a frame is a key term (lexicon `key_terms:`), from every lexicon (a contract may mix
/// languages): a penalty stated without a modal must name one (违约金, liquidated damages) or be priced and paid;
/// indemnities and tax clauses are not penalties; a renewal is about the contract's term, at its end, not another
/// thing's; in English a kept fee is a forfeiture only around the contract's end; interest (利息) is a penalty only for
/// a delay or a breach; a cue inside one of the lexicon's plain words is not read.
/// Found in one automaton pass per sentence.
public struct KeyTermCues: Sendable {
    public var penaltyWords: [String] = []
    public var payWords: [String] = []
    public var notPenalty: [String] = []
    public var termWords: [String] = []
    public var renewalCues: [String] = []
    public var exitWords: [String] = []
    public var interestWords: [String] = []
    /// Renewal only by the parties' new agreement (协商一致, 重新订立, mutual written agreement): no renewal term.
    public var agreedRenewal: [String] = []
    /// Clauses that outlive the contract (本条款继续有效, "shall survive termination"): about the end, not a way to it.
    public var survival: [String] = []
    /// Damages beyond a penalty set elsewhere (违约金不足以弥补损失的，守约方可另行主张赔偿): a penalty word inside one of
    /// these names that penalty, it sets none.
    public var beyondPenalty: [String] = []
    /// A renewal that is another thing's or is said not to apply to this contract (平台账户按月自动续订…与本合同服务期限无关,
    /// "the automatic renewal provisions of the marketplace subscription shall not apply to this Agreement"): no renewal
    /// term of this contract.
    public var renewalElsewhere: [String] = []

    public init() {}

    /// Which kinds of cue a sentence holds.
    struct Found: OptionSet {
        let rawValue: Int
        static let penalty = Found(rawValue: 1 << 0), pay = Found(rawValue: 1 << 1), notPenalty = Found(rawValue: 1 << 2)
        static let term = Found(rawValue: 1 << 3), renewal = Found(rawValue: 1 << 4), exit = Found(rawValue: 1 << 5)
        static let interest = Found(rawValue: 1 << 6), agreedRenewal = Found(rawValue: 1 << 7), survival = Found(rawValue: 1 << 8)
        static let beyondPenalty = Found(rawValue: 1 << 9)
        /// A lexicon `plain:` word (续约的依据, 未支付): the cues inside it are not read, as frames do not read them.
        static let plain = Found(rawValue: 1 << 10)
        static let renewalElsewhere = Found(rawValue: 1 << 11)
    }

    private var automaton: LiteralAutomaton?
    private var kinds: [Found] = []

    init(_ lexicons: [Lexicon]) {
        var byWord: [String: Found] = [:]
        for lexicon in lexicons {
            let c = lexicon.keyTermCues
            for (words, kind) in [(c.penaltyWords, Found.penalty), (c.payWords, .pay), (c.notPenalty, .notPenalty),
                                  (c.termWords, .term), (c.renewalCues, .renewal), (c.exitWords, .exit),
                                  (c.interestWords, .interest), (c.agreedRenewal, .agreedRenewal), (c.survival, .survival),
                                  (c.beyondPenalty, .beyondPenalty), (c.renewalElsewhere, .renewalElsewhere)] {
                for word in words { byWord[word.lowercased(), default: []].insert(kind) }
            }
            for word in lexicon.plain { byWord[word.lowercased(), default: []].insert(.plain) }
            penaltyWords += c.penaltyWords; payWords += c.payWords; notPenalty += c.notPenalty
            termWords += c.termWords; renewalCues += c.renewalCues; exitWords += c.exitWords; interestWords += c.interestWords
            agreedRenewal += c.agreedRenewal; survival += c.survival; beyondPenalty += c.beyondPenalty
            renewalElsewhere += c.renewalElsewhere
        }
        let automaton = LiteralAutomaton(literals: byWord.keys.map { Array($0.utf8) }, foldingASCIICase: true)
        var kinds = [Found](repeating: [], count: automaton.lengths.count)
        for (word, kind) in byWord { if let id = automaton.ids[Array(word.utf8)] { kinds[id] = kind } }
        self.automaton = automaton
        self.kinds = kinds
    }

    func find(in text: String) -> Found {
        guard let automaton else { return [] }
        var found: Found = []
        // Where the penalty words and the phrases naming a penalty set elsewhere stand (first and last byte), to see
        // whether any penalty word stands outside those phrases.
        var penaltyHits: [(start: Int, end: Int)] = []
        var beyondHits: [(start: Int, end: Int)] = []
        var hits: [(start: Int, end: Int, kind: Found)] = []
        var plainHits: [(start: Int, end: Int)] = []
        var endHits: [(start: Int, end: Int, kind: Found)] = []
        let bytes = Array(text.utf8)
        automaton.forEachHit(in: bytes) { id, end in
            let kind = kinds[id], start = end + 1 - automaton.lengths[id]
            if kind.contains(.plain) { plainHits.append((start, end)) }
            hits.append((start, end, kind.subtracting(.plain)))
        }
        for hit in hits {
            // A cue inside a plain word, and not the plain word itself, is not read (续费 in 手续费, 支付 in 未支付).
            if plainHits.contains(where: { $0.start <= hit.start && hit.end <= $0.end && ($0.start, $0.end) != (hit.start, hit.end) }) { continue }
            found.formUnion(hit.kind)
            if hit.kind.contains(.survival) || hit.kind.contains(.exit) { endHits.append(hit) }
            if hit.kind.contains(.penalty) { penaltyHits.append((hit.start, hit.end)) }
            if hit.kind.contains(.beyondPenalty) { beyondHits.append((hit.start, hit.end)) }
        }
        if found.contains(.survival), !Self.survivalIsAboutTheEnd(endHits, bytes) { found.remove(.survival) }
        if !beyondHits.isEmpty, penaltyHits.allSatisfy({ word in beyondHits.contains { $0.start <= word.start && word.end <= $0.end } }) {
            found.remove(.penalty)
        }
        return found
    }

    /// A survival cue is about the contract's end when its sub-clause names the end (本合同终止后，第八条仍然有效) and no
    /// other sub-clause names the end without one: in "丙方可提前二十五日通知…单方退出达人合作部分；自播直播间服务不受影响"
    /// the cue speaks of the service that goes on, and in "Either party may terminate …; Sections 4 and 5 shall survive
    /// termination" the first sub-clause is still a way to end the contract.
    private static let semicolon = Array(";".utf8), fullWidthSemicolon = Array("；".utf8)
    private static let commas = [Array(",".utf8), Array("，".utf8)], endWords = [Array("解除".utf8), Array("终止".utf8)]
    private static let rightWords = [Array("可".utf8), Array("有权".utf8)]

    private static func survivalIsAboutTheEnd(_ hits: [(start: Int, end: Int, kind: Found)], _ bytes: [UInt8]) -> Bool {
        // Sub-clauses are cut at semicolons (；and ;): the sentence is already cut at full stops. A survival cue that opens
        // its own comma's part with the end, after a right to it (…可提前30日通知对方解除本协议，解除不影响已生效投放单的
        // 执行), starts another; after a bare statement (本合同解除，解除不影响…) it is still about that end.
        let openers = hits.filter { hit in
            hit.kind.contains(.survival) && endWords.contains { bytes[hit.start..<hit.end].starts(with: $0) }
                && commas.contains { hit.start >= $0.count && bytes[(hit.start - $0.count)..<hit.start].elementsEqual($0) }
                && rightWords.contains { bytes[0..<hit.start].firstRange(of: $0) != nil }
        }.map { $0.start - 1 }
        let semicolons = bytes.ranges(of: Self.semicolon).map(\.lowerBound) + bytes.ranges(of: Self.fullWidthSemicolon).map(\.lowerBound) + openers
        func subClause(_ offset: Int) -> Int { semicolons.filter { $0 < offset }.count }
        var withSurvival: Set<Int> = [], withExit: Set<Int> = []
        for hit in hits {
            if hit.kind.contains(.survival) { withSurvival.insert(subClause(hit.start)) }
            if hit.kind.contains(.exit) { withExit.insert(subClause(hit.start)) }
        }
        return !withSurvival.isDisjoint(with: withExit) && withExit.isSubset(of: withSurvival)
    }
}
