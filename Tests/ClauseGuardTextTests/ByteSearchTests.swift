import Testing
import ClauseGuardText

/// The byte search (`String.has`, `firstOffset`) must find exactly what a naive search finds, in short texts (memchr on
/// the last byte of the needle's first character, then a compare) and in long ones (memmem), Chinese and ASCII mixed.
@Suite struct ByteSearchTests {
    /// Characters sharing lead bytes (续 约 终 止 all start E7/E4…) and ASCII, so candidates often match in part.
    private static let alphabet = Array("aab续约续终止乙方甲 .é").map(String.init)

    private func text(_ rng: inout SeededGenerator, _ length: Int) -> [UInt8] {
        Array((0..<length).map { _ in Self.alphabet.randomElement(using: &rng)! }.joined().utf8)
    }

    private func naive(_ haystack: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count - start else { return nil }
        return (start...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test(arguments: [5, 40, 900, 3000])
    func agreesWithNaiveSearch(length: Int) {
        var rng = SeededGenerator(seed: UInt64(length))
        for _ in 0..<300 {
            let haystack = text(&rng, Int.random(in: 0...length, using: &rng))
            // Needles from the text itself (found) and made up (mostly not found), 1 to 4 characters.
            var needle = text(&rng, Int.random(in: 1...4, using: &rng))
            if !haystack.isEmpty, Bool.random(using: &rng) {
                let a = Int.random(in: 0..<haystack.count, using: &rng)
                needle = Array(haystack[a..<min(haystack.count, a + Int.random(in: 1...9, using: &rng))])
            }
            let start = haystack.isEmpty ? 0 : Int.random(in: 0..<haystack.count, using: &rng)
            let found = haystack.withUnsafeBufferPointer { $0.firstOffset(of: needle, from: start) }
            #expect(found == naive(haystack, needle, from: start), "\(String(decoding: haystack, as: UTF8.self)) / \(String(decoding: needle, as: UTF8.self)) from \(start)")
            // `has` on Strings, when the needle is whole characters.
            let (h, n) = (String(decoding: haystack, as: UTF8.self), String(decoding: needle, as: UTF8.self))
            if n.utf8.elementsEqual(needle) { #expect(h.has(n) == (naive(haystack, needle, from: 0) != nil)) }
        }
    }
}
