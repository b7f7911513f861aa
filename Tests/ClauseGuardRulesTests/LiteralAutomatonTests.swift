import ClauseGuardText
import Foundation
import Testing
import ClauseGuardIngest
import ClauseGuardModel
@testable import ClauseGuardRules

/// The automaton must say exactly what a naive substring search says, unit by unit.
@Suite struct LiteralAutomatonTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    private static let alphabet = Array("abAB续约自动乙方 .").map(String.init)

    private func randomText(_ rng: inout SplitMix, _ length: Int) -> String {
        (0..<length).map { _ in Self.alphabet.randomElement(using: &rng)! }.joined()
    }

    private func naive(_ unit: String, _ literal: String, caseless: Bool) -> Bool {
        let folded = caseless ? String(String.UnicodeScalarView(unit.unicodeScalars.map {
            $0.isASCII && $0.properties.isUppercase ? Unicode.Scalar($0.value | 0x20)! : $0
        })) : unit
        return folded.contains(literal)
    }

    @Test(arguments: [false, true])
    func agreesWithNaiveSearch(caseless: Bool) {
        var rng = SplitMix(state: caseless ? 7 : 11)
        for _ in 0..<200 {
            let literals = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                let l = randomText(&rng, Int.random(in: 1...4, using: &rng))
                return caseless ? l.lowercased() : l
            }
            let units = (0..<Int.random(in: 1...70, using: &rng)).map { _ in randomText(&rng, Int.random(in: 0...12, using: &rng)) }
            let automaton = LiteralAutomaton(literals: literals.map { Array($0.utf8) }, foldingASCIICase: caseless)
            var joined: [UInt8] = [], starts: [Int] = []
            for unit in units { starts.append(joined.count); joined += Array(unit.utf8) + [0] }
            let found = automaton.scan(joined, starts: starts)
            for literal in Set(literals) {
                let id = automaton.ids[Array(literal.utf8)]!
                for (u, unit) in units.enumerated() {
                    #expect(found[id].contains(u) == naive(unit, literal, caseless: caseless), "\(literal) in \(unit)")
                }
            }
        }
    }

    @Test func occursSaysWhetherAnyLiteralIsInTheText() {
        var rng = SplitMix(state: 23)
        for _ in 0..<300 {
            let literals = (0..<Int.random(in: 1...6, using: &rng)).map { _ in randomText(&rng, Int.random(in: 1...4, using: &rng)) }
            let text = randomText(&rng, Int.random(in: 0...20, using: &rng))
            let automaton = LiteralAutomaton(literals: literals.map { Array($0.utf8) })
            let found = Array(text.utf8).withUnsafeBufferPointer { automaton.occurs(in: $0) }
            #expect(found == literals.contains { text.contains($0) }, "\(literals) in \(text)")
        }
    }

    @Test func unitSetsIntersectUniteAndIterate() {
        var a = UnitSet.none(130), b = UnitSet.all(130)
        for i in [0, 63, 64, 129] { a.insert(i) }
        #expect(Array(a) == [0, 63, 64, 129])
        #expect(Array(b).count == 130)
        b.formIntersection(a)
        #expect(Array(b) == [0, 63, 64, 129])
        var c = UnitSet.none(130)
        c.insert(5)
        c.formUnion(a)
        #expect(Array(c) == [0, 5, 63, 64, 129] && !c.isEmpty && UnitSet.none(3).isEmpty)
    }

    /// The scopes share one automaton pass over the document; the hits must equal those of scanning each scope's
    /// own text. Run with the shipped pack over the samples, the evaluation contracts and awkward text (literals
    /// across sentence ends, empty and comment blocks, repeated and overlapping literals).
    @Test func sharedScopeHitsEqualEachScopesOwnScan() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let rules = RuleLoader.load(paths: [root.appendingPathComponent("Rules").path]).rules.rules
        let automata = LiteralAutomata(patterns: rules.flatMap { $0.any + $0.all + $0.not + $0.requires }, searchBudget: 0)
        let tables = try #require(automata.tables(forTextOf: 1))
        var documents: [ContractDocument] = []
        for folder in ["SampleContracts", "tools/samples/eval"] {
            let dir = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where !name.hasSuffix(".yaml") {
                documents.append(try ContractReader().read(path: dir.appendingPathComponent(name).path))
            }
        }
        documents.append(try RuleFixture.document("""
        第一条 甲方应支付违约金。乙方有权解除合同。The Agreement renews automatically. Either party may terminate.

        第二条 提前三十日书面通知。书面通知书面通知。provider may terminate at any time at any time
        乙方
        有权
        """))
        var checked = 0
        for document in documents {
            let units = TextUnits(document: document, normalized: document.blocks.map { NormalizedText($0.text) }, literals: automata)
            for scope in [Scope.sentence, .clause, .document] {
                let index = units.index(scope)
                for automaton in [tables.exact, tables.caseless] {
                    let shared = index.hits(automaton), own = index.hits(automaton, shared: false)
                    #expect(shared == own, "\(document.source) \(scope)")
                    checked += own.words.filter { $0 != 0 }.count
                }
            }
        }
        #expect(checked > 1000)
    }

    /// A small contract's literals are searched for one by one instead of building the automata (a tenth of a one-file
    /// scan's start-up): every pattern's candidate units must be the same either way, in every scope.
    @Test func literalsSearchedOneByOneFindTheSameUnitsAsTheAutomata() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let patterns = RuleLoader.load(paths: [root.appendingPathComponent("Rules").path]).rules.rules
            .flatMap { $0.any + $0.all + $0.not + $0.requires }
        let searched = LiteralAutomata(patterns: patterns, searchBudget: .max), built = LiteralAutomata(patterns: patterns, searchBudget: 0)
        var documents: [ContractDocument] = []
        for folder in ["SampleContracts", "tools/samples/eval"] {
            let dir = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where !name.hasSuffix(".yaml") {
                documents.append(try ContractReader().read(path: dir.appendingPathComponent(name).path))
            }
        }
        documents.append(try RuleFixture.document("第一条 甲方应支付违约金。The Agreement RENEWS Automatically.\n\n乙方\n有权"))
        var candidates = 0
        for document in documents {
            let normalized = document.blocks.map { NormalizedText($0.text) }
            let bySearch = TextUnits(document: document, normalized: normalized, literals: searched)
            let byAutomata = TextUnits(document: document, normalized: normalized, literals: built)
            for scope in [Scope.sentence, .clause, .document] {
                for pattern in patterns {
                    let a = bySearch.candidates(pattern, scope).map(Array.init), b = byAutomata.candidates(pattern, scope).map(Array.init)
                    #expect(a == b, "\(document.source) \(scope) \(pattern.source)")
                    candidates += b?.count ?? 0
                }
            }
        }
        #expect(searched.tables(forTextOf: 1) == nil, "the search budget was never spent")
        #expect(candidates > 1000)
    }
}
