import ClauseGuardText
import CByteSearch
import Synchronization

/// A set of unit indices (sentences, clauses) as a bit set: rules intersect and unite these per contract.
struct UnitSet: Sequence {
    private(set) var words: [UInt64]
    let count: Int

    static func all(_ count: Int) -> UnitSet {
        var set = UnitSet(words: Array(repeating: ~0, count: (count + 63) / 64), count: count)
        if count % 64 != 0 { set.words[set.words.count - 1] = (1 << UInt64(count % 64)) - 1 }
        return set
    }

    static func none(_ count: Int) -> UnitSet { UnitSet(words: Array(repeating: 0, count: (count + 63) / 64), count: count) }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    func contains(_ index: Int) -> Bool { words[index >> 6] & (1 << UInt64(index & 63)) != 0 }

    mutating func insert(_ index: Int) { words[index >> 6] |= 1 << UInt64(index & 63) }

    mutating func formIntersection(_ other: UnitSet) {
        for i in words.indices { words[i] &= other.words[i] }
    }

    mutating func formUnion(_ other: UnitSet) {
        for i in words.indices { words[i] |= other.words[i] }
    }

    func makeIterator() -> AnyIterator<Int> {
        var word = 0
        var bits = words.first ?? 0
        let words = words
        return AnyIterator {
            while bits == 0 {
                word += 1
                guard word < words.count else { return nil }
                bits = words[word]
            }
            let bit = bits.trailingZeroBitCount
            bits &= bits - 1
            return word * 64 + bit
        }
    }
}

/// The exact and the caseless literals of a rule set, each as one automaton, built when a run's contracts are big
/// enough to repay it. Building them was a tenth of a one-file scan's start-up, while looking each literal up
/// (memmem) in a few hundred bytes of contract costs far less; the answers are the same either way.
final class LiteralAutomata: Sendable {
    struct Tables: Sendable {
        let exact: LiteralAutomaton
        let caseless: LiteralAutomaton
    }

    /// The patterns whose prefilter literals the tables hold; their literals are gathered only when the tables are
    /// built (gathering them for every pattern was a tenth of a one-file scan).
    private let patterns: [CompiledPattern]
    /// The tables once built, and the contract bytes searched literal by literal before that.
    private let state = Mutex<(tables: Tables?, searchedBytes: Int)>((nil, 0))
    /// Text a run may search literal by literal before the automata are built: a literal search reads the text once
    /// per literal, so past a few pages the automata (about 10 ms to build) cost less.
    static let searchBudget = 16 << 10
    private let searchBudget: Int

    /// `searchBudget`: the run's contract bytes searched literal by literal before the automata are built (tests pin
    /// either way with 0 or `.max`).
    init(patterns: [CompiledPattern], searchBudget: Int = LiteralAutomata.searchBudget) {
        self.searchBudget = searchBudget
        self.patterns = patterns
    }

    /// The tables for a contract of `bytes` of text: nil while the run's contracts so far (this one included) fit
    /// the search budget, in which case the caller searches each literal itself; built (once, for the whole run) after.
    func tables(forTextOf bytes: Int) -> Tables? {
        state.withLock { state in
            if let tables = state.tables { return tables }
            if bytes <= searchBudget - state.searchedBytes {
                state.searchedBytes += bytes
                return nil
            }
            let exactLiterals = patterns.filter { !$0.prefilterIsCaseless }.flatMap { $0.prefilter.literals }.map { Array($0.utf8) }
            let caselessLiterals = patterns.filter(\.prefilterIsCaseless).flatMap { $0.prefilter.literals }.map { Array($0.utf8) }
            let tables = Tables(exact: LiteralAutomaton(literals: exactLiterals),
                                caseless: LiteralAutomaton(literals: caselessLiterals, foldingASCIICase: true))
            state.tables = tables
            return tables
        }
    }
}

/// The units of one scope joined into one byte string, so finding which units hold which literals is one
/// automaton pass over the contract instead of one search per unit per pattern.
final class LiteralIndex {
    private let units: [String]
    /// Where each unit starts in `joined`; units are separated by a NUL byte, which no literal contains.
    private let starts: [Int]
    /// nil: every literal is searched for in the text (a small contract; see `LiteralAutomata`).
    private let automata: LiteralAutomata.Tables?
    /// Where the hits come from: by default a scan of this index's own text; `TextUnits` shares one scan of the
    /// document between its scopes.
    private let provider: ((LiteralAutomaton) -> LiteralHits)?
    private lazy var joined: [UInt8] = {
        var joined: [UInt8] = []
        for unit in units { joined.append(contentsOf: unit.utf8); joined.append(0) }
        return joined
    }()
    private lazy var lowered: [UInt8] = joined.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    private lazy var exactHits = hits(automata!.exact)
    private lazy var caselessHits = hits(automata!.caseless)
    /// Literals the automata do not know (none when the index serves the rule set it was built for).
    private var otherHits: [Key: UnitSet] = [:]

    private struct Key: Hashable {
        var literal: [UInt8]
        var caseless: Bool
    }

    init(units: [String], automata: LiteralAutomata.Tables?, provider: ((LiteralAutomaton) -> LiteralHits)? = nil) {
        var starts: [Int] = []
        starts.reserveCapacity(units.count)
        var offset = 0
        for unit in units {
            starts.append(offset)
            offset += unit.utf8.count + 1
        }
        self.units = units
        self.starts = starts
        self.automata = automata
        self.provider = provider
    }

    /// The hits of `automaton` in this index's units: shared, or from a scan of its own text.
    func hits(_ automaton: LiteralAutomaton, shared: Bool = true) -> LiteralHits {
        if shared, let provider { return provider(automaton) }
        return automaton.scan(joined, starts: starts)
    }

    var unitCount: Int { starts.count }

    /// The units containing `literal`; with `caseless`, ASCII letters are compared folded (the literal is lower-case).
    func units(containing text: String, caseless: Bool) -> UnitSet {
        if let automata, let id = (caseless ? automata.caseless : automata.exact).idsByText[UTF8Key(text)] {
            return caseless ? caselessHits[id] : exactHits[id]
        }
        let literal = Array(text.utf8)
        let key = Key(literal: literal, caseless: caseless)
        if let cached = otherHits[key] { return cached }
        let found = search(literal, in: caseless ? lowered : joined)
        otherHits[key] = found
        return found
    }

    private func search(_ literal: [UInt8], in haystack: [UInt8]) -> UnitSet {
        var set = UnitSet.none(starts.count)
        guard !literal.isEmpty else { return .all(starts.count) }
        haystack.withUnsafeBytes { h in
            literal.withUnsafeBytes { n in
                var offset = 0
                var unit = 0
                while offset < h.count {
                    let hit = cg_find_bytes(h.baseAddress! + offset, h.count - offset, n.baseAddress!, n.count)
                    guard hit >= 0 else { break }
                    let position = offset + hit
                    // Hits come in increasing order, so the owning unit is found by walking forward.
                    while unit + 1 < starts.count, starts[unit + 1] <= position { unit += 1 }
                    set.insert(unit)
                    // One hit per unit is enough: continue at the next unit.
                    guard unit + 1 < starts.count else { break }
                    offset = starts[unit + 1]
                }
            }
        }
        return set
    }
}
