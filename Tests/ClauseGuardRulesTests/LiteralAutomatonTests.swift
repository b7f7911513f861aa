import Testing
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
}
