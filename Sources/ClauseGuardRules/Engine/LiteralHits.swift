import ClauseGuardText

extension LiteralAutomaton {
    /// For each literal id, the units (delimited by `starts`) of `text` that contain it.
    func scan(_ text: [UInt8], starts: [Int]) -> LiteralHits {
        var hits = LiteralHits(literals: ids.count, units: starts.count)
        var unit = 0
        forEachHit(in: text) { id, position in
            // A literal never spans the NUL between units, so its last byte is in its unit.
            while unit + 1 < starts.count, starts[unit + 1] <= position { unit += 1 }
            hits.insert(unit, id)
        }
        return hits
    }
}

/// The result of a scan: one bit set per literal id, all in one flat array (one allocation per scan, not one
/// per literal).
struct LiteralHits: Equatable {
    private(set) var words: [UInt64]
    let wordsPerSet: Int
    let units: Int

    init(literals: Int, units: Int) {
        self.units = units
        wordsPerSet = (units + 63) / 64
        words = [UInt64](repeating: 0, count: literals * wordsPerSet)
    }

    @inline(__always)
    mutating func insert(_ unit: Int, _ id: Int) {
        words[id &* wordsPerSet &+ (unit >> 6)] |= UInt64(1) << UInt64(unit & 63)
    }

    subscript(id: Int) -> UnitSet {
        UnitSet(words: Array(words[(id * wordsPerSet)..<((id + 1) * wordsPerSet)]), count: units)
    }
}
