/// Aho–Corasick over the bytes of every prefilter literal of a rule set: one pass over a contract's text finds
/// which units hold which literals, however many literals the rules need (a memmem per literal took a quarter of
/// the scan). Built once per rule set as a dense table (state × byte → state) and shared read-only by all workers.
final class LiteralAutomaton: Sendable {
    /// Literal bytes → id; ids index the result of `scan`.
    let ids: [[UInt8]: Int]
    private let table: [UInt32]
    /// Ids of the literals ending in each state (its own and those reached through failure links).
    private let outputs: [[Int32]]
    private let hasOutput: [Bool]

    /// With `foldingASCIICase`, the literals must be lower-case and A–Z in the text step like a–z, so caseless
    /// literals are found without a lower-cased copy of the text.
    init(literals: some Sequence<[UInt8]>, foldingASCIICase: Bool = false) {
        var ids: [[UInt8]: Int] = [:]
        let none = UInt32.max
        var table = [UInt32](repeating: none, count: 256)
        var outputs: [[Int32]] = [[]]
        for literal in literals where !literal.isEmpty && ids[literal] == nil {
            let id = ids.count
            ids[literal] = id
            var state = 0
            for byte in literal {
                let slot = state << 8 | Int(byte)
                if table[slot] == none {
                    table[slot] = UInt32(outputs.count)
                    outputs.append([])
                    table += repeatElement(none, count: 256)
                }
                state = Int(table[slot])
            }
            outputs[state].append(Int32(id))
        }
        // Breadth first, so a state's failure target (shallower) is complete before the state itself.
        var failure = [Int](repeating: 0, count: outputs.count)
        var queue: [Int] = []
        for byte in 0..<256 {
            if table[byte] == none { table[byte] = 0 } else { queue.append(Int(table[byte])) }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputs[state] += outputs[failure[state]]
            for byte in 0..<256 {
                let slot = state << 8 | byte
                let fallback = table[failure[state] << 8 | byte]
                if table[slot] == none {
                    table[slot] = fallback
                } else {
                    failure[Int(table[slot])] = Int(fallback)
                    queue.append(Int(table[slot]))
                }
            }
        }
        if foldingASCIICase {
            for state in 0..<outputs.count {
                for upper in 0x41...0x5A { table[state << 8 | upper] = table[state << 8 | (upper | 0x20)] }
            }
        }
        self.ids = ids
        self.table = table
        self.outputs = outputs
        hasOutput = outputs.map { !$0.isEmpty }
    }

    var literalCount: Int { ids.count }

    /// For each literal id, the units (delimited by `starts`) of `text` that contain it.
    func scan(_ text: [UInt8], starts: [Int]) -> [UnitSet] {
        var found = [UnitSet](repeating: .none(starts.count), count: ids.count)
        var unit = 0
        table.withUnsafeBufferPointer { table in
            hasOutput.withUnsafeBufferPointer { hasOutput in
                text.withUnsafeBufferPointer { bytes in
                    var state = 0
                    for position in 0..<bytes.count {
                        state = Int(table[state << 8 | Int(bytes[position])])
                        guard hasOutput[state] else { continue }
                        // A literal never spans the NUL between units, so its last byte is in the unit it belongs to.
                        while unit + 1 < starts.count, starts[unit + 1] <= position { unit += 1 }
                        for id in outputs[state] { found[Int(id)].insert(unit) }
                    }
                }
            }
        }
        return found
    }
}
