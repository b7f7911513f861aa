/// Aho–Corasick over the bytes of every prefilter literal of a rule set: one pass over a contract's text finds
/// which units hold which literals, however many literals the rules need (a search per literal would read the
/// whole text once per literal). Built once per rule set and shared read-only by all workers. The table is dense
/// over byte classes (bytes no literal uses share one class) with 16-bit states, so it stays small enough for the CPU cache.
public final class LiteralAutomaton: Sendable {
    /// Literal bytes → id; ids index the result of `scan`. A literal that did not fit (over 32,767 states) is
    /// absent, and the caller searches for it another way.
    public let ids: [[UInt8]: Int]
    /// The same ids by text, for lookups straight from a prefilter (no byte array to build and hash).
    public let idsByText: [UTF8Key: Int]
    /// Byte length of each literal, by id.
    public let lengths: [Int]
    /// True when some literal holds a newline: hits of one text then cannot be shared between scopes that join
    /// blocks with newlines and scopes that do not.
    public let hasNewlineLiteral: Bool
    /// Byte → class.
    private let classes: [UInt16]
    private let classCount: Int
    /// (state × classCount + class) → next state, with `outputFlag` set when that state ends a literal, so the
    /// scan reads nothing else for the bytes that end none (nearly all).
    private let table: [UInt16]
    private static let outputFlag: UInt16 = 0x8000
    /// Ids of the literals ending in each state (its own and those reached through failure links), flattened:
    /// state s outputs `outputIDs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputIDs: [Int32]

    /// With `foldingASCIICase`, the literals must be lower-case and A–Z in the text step like a–z, so caseless
    /// literals are found without a lower-cased copy of the text.
    public init(literals: some Sequence<[UInt8]>, foldingASCIICase: Bool = false) {
        let unique = Array(Set(literals.filter { !$0.isEmpty })).sorted { $0.lexicographicallyPrecedes($1) }
        var classes = [UInt16](repeating: 0, count: 256)
        var classCount = 1
        for byte in Set(unique.joined()).sorted() {
            classes[Int(byte)] = UInt16(classCount)
            classCount += 1
        }
        if foldingASCIICase {
            for upper in 0x41...0x5A { classes[upper] = classes[upper | 0x20] }
        }

        let none = UInt16.max
        var table = [UInt16](repeating: none, count: classCount)
        // At most one state per literal byte: reserving that much up front saves copying the table as it grows
        // (a tenth of start-up); pages never written are never touched.
        table.reserveCapacity(min(unique.reduce(1) { $0 + $1.count }, Int(Self.outputFlag)) * classCount)
        var outputs: [[Int32]] = [[]]
        var ids: [[UInt8]: Int] = [:]
        // States fit in 15 bits: the table's top bit marks states with an output (see `forEachHit`).
        for literal in unique where outputs.count + literal.count < Int(Self.outputFlag) {
            let id = ids.count
            ids[literal] = id
            var state = 0
            for byte in literal {
                let slot = state * classCount + Int(classes[Int(byte)])
                if table[slot] == none {
                    table[slot] = UInt16(outputs.count)
                    outputs.append([])
                    table += repeatElement(none, count: classCount)
                }
                state = Int(table[slot])
            }
            outputs[state].append(Int32(id))
        }
        // Breadth first, so a state's failure target (shallower) is complete before the state itself. The dense fill
        // visits every state × class slot once; on unchecked buffers it was most of building the rule pack's tables
        // (start-up).
        var failure = [Int](repeating: 0, count: outputs.count)
        var queue = [Int](repeating: 0, count: outputs.count)
        var tail = 0
        for c in 0..<classCount {
            if table[c] == none { table[c] = 0 } else { queue[tail] = Int(table[c]); tail += 1 }
        }
        var head = 0
        table.withUnsafeMutableBufferPointer { table in
            failure.withUnsafeMutableBufferPointer { failure in
                queue.withUnsafeMutableBufferPointer { queue in
                    while head < tail {
                        let state = queue[head]
                        head += 1
                        if !outputs[failure[state]].isEmpty { outputs[state] += outputs[failure[state]] }
                        let row = state &* classCount, fallbackRow = failure[state] &* classCount
                        for c in 0..<classCount {
                            let next = table[row &+ c], fallback = table[fallbackRow &+ c]
                            if next == none {
                                table[row &+ c] = fallback
                            } else {
                                failure[Int(next)] = Int(fallback)
                                queue[tail] = Int(next)
                                tail += 1
                            }
                        }
                    }
                }
            }
        }
        self.ids = ids
        idsByText = Dictionary(uniqueKeysWithValues: ids.map { (UTF8Key(String(decoding: $0.key, as: UTF8.self)), $0.value) })
        var lengths = [Int](repeating: 0, count: ids.count)
        for (literal, id) in ids { lengths[id] = literal.count }
        self.lengths = lengths
        hasNewlineLiteral = ids.keys.contains { $0.contains(0x0A) }
        self.classes = classes
        self.classCount = classCount
        let hasOutput = outputs.map { !$0.isEmpty }
        table.withUnsafeMutableBufferPointer { table in
            hasOutput.withUnsafeBufferPointer { hasOutput in
                for slot in table.indices where hasOutput[Int(table[slot])] { table[slot] |= Self.outputFlag }
            }
        }
        self.table = table
        var start: [Int32] = [0]
        for output in outputs { start.append(start[start.count - 1] + Int32(output.count)) }
        outputStart = start
        outputIDs = outputs.flatMap { $0 }
    }

    /// Whether any literal occurs in `bytes`; stops at the first.
    public func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !ids.isEmpty else { return false }
        let stride = classCount
        return table.withUnsafeBufferPointer { table in
            classes.withUnsafeBufferPointer { classes in
                var state = 0
                for position in 0..<bytes.count {
                    let next = table[state &* stride &+ Int(classes[Int(bytes[position])])]
                    if next & Self.outputFlag != 0 { return true }
                    state = Int(next & 0x7FFF)
                }
                return false
            }
        }
    }

    /// Calls `visit(id, position of the literal's last byte)` for every occurrence, in text order.
    @inline(__always)
    public func forEachHit(in text: [UInt8], _ visit: (Int, Int) -> Void) {
        guard !ids.isEmpty else { return }
        let stride = classCount
        table.withUnsafeBufferPointer { table in
            classes.withUnsafeBufferPointer { classes in
                outputStart.withUnsafeBufferPointer { outputStart in
                    outputIDs.withUnsafeBufferPointer { outputIDs in
                        text.withUnsafeBufferPointer { bytes in
                            var state = 0
                            for position in 0..<bytes.count {
                                let next = table[state &* stride &+ Int(classes[Int(bytes[position])])]
                                state = Int(next & 0x7FFF)
                                guard next & Self.outputFlag != 0 else { continue }
                                let first = Int(outputStart[state]), end = Int(outputStart[state &+ 1])
                                for k in first..<end { visit(Int(outputIDs[k]), position) }
                            }
                        }
                    }
                }
            }
        }
    }
}
