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
        var used = [Bool](repeating: false, count: 256)
        for literal in unique { for byte in literal { used[Int(byte)] = true } }
        var classes = [UInt16](repeating: 0, count: 256)
        var classCount = 1
        for byte in 0..<256 where used[byte] {
            classes[byte] = UInt16(classCount)
            classCount += 1
        }
        if foldingASCIICase {
            for upper in 0x41...0x5A { classes[upper] = classes[upper | 0x20] }
        }

        let none = UInt16.max
        // One state per distinct prefix: in sorted order, each literal adds the bytes past what it shares with the one
        // before it. The table is sized once for that many rows (at most 32,767), so it is never copied as it grows.
        var prefixes = 1
        for k in unique.indices {
            var shared = 0
            if k > 0 {
                let literal = unique[k], previous = unique[k - 1]
                while shared < min(literal.count, previous.count), literal[shared] == previous[shared] { shared += 1 }
            }
            prefixes += unique[k].count - shared
        }
        let maxStates = min(prefixes, Int(Self.outputFlag))
        var table = [UInt16](repeating: none, count: maxStates * classCount)
        var outputs: [[Int32]] = [[]]
        outputs.reserveCapacity(maxStates)
        var ids: [[UInt8]: Int] = [:]
        ids.reserveCapacity(unique.count)
        // The trie's edges, parent by parent once gathered below: the failure links and the dense rows are built from
        // them, not by visiting every state × class slot.
        var edgeParent: [Int32] = [], edgeClass: [Int32] = [], edgeChild: [Int32] = []
        edgeParent.reserveCapacity(maxStates); edgeClass.reserveCapacity(maxStates); edgeChild.reserveCapacity(maxStates)
        // States fit in 15 bits: the table's top bit marks states with an output (see `forEachHit`).
        for literal in unique where outputs.count + literal.count < Int(Self.outputFlag) {
            let id = ids.count
            ids[literal] = id
            var state = 0
            for byte in literal {
                let c = Int(classes[Int(byte)])
                let slot = state * classCount + c
                if table[slot] == none {
                    table[slot] = UInt16(outputs.count)
                    edgeParent.append(Int32(state)); edgeClass.append(Int32(c)); edgeChild.append(Int32(outputs.count))
                    outputs.append([])
                }
                state = Int(table[slot])
            }
            outputs[state].append(Int32(id))
        }
        let stateCount = outputs.count
        table.removeLast(table.count - stateCount * classCount)
        // Each state's children (class, child), contiguous: state s owns childStart[s]..<childStart[s + 1].
        var childStart = [Int](repeating: 0, count: stateCount + 1)
        for parent in edgeParent { childStart[Int(parent) + 1] += 1 }
        for s in 0..<stateCount { childStart[s + 1] += childStart[s] }
        var fill = childStart
        var childClass = [Int](repeating: 0, count: edgeChild.count), childState = [Int](repeating: 0, count: edgeChild.count)
        for k in edgeChild.indices {
            let at = fill[Int(edgeParent[k])]
            fill[Int(edgeParent[k])] += 1
            childClass[at] = Int(edgeClass[k])
            childState[at] = Int(edgeChild[k])
        }
        // Breadth first, so a state's failure target (shallower) has its full row before the state itself: a state's
        // row is its failure target's row with its own children written over it (one copy per row instead of a
        // test per slot; building the lexicons' tables was a tenth of a one-file scan). A slot's `outputFlag` is set
        // as it is written: the child ends a literal of its own, or its failure target (whose slot in the failure
        // row already carries the flag) does.
        var failure = [Int](repeating: 0, count: stateCount)
        var queue = [Int](repeating: 0, count: stateCount)
        var tail = 0
        for c in 0..<classCount where table[c] == none { table[c] = 0 }
        for k in childStart[0]..<childStart[1] {
            let child = childState[k]
            if !outputs[child].isEmpty { table[childClass[k]] |= Self.outputFlag }
            queue[tail] = child
            tail += 1
        }
        var head = 0
        table.withUnsafeMutableBufferPointer { table in
            while head < tail {
                let state = queue[head]
                head += 1
                let fallback = failure[state]
                if !outputs[fallback].isEmpty { outputs[state] += outputs[fallback] }
                let row = state &* classCount, fallbackRow = fallback &* classCount
                _ = UnsafeMutableBufferPointer(rebasing: table[row..<(row &+ classCount)])
                    .update(fromContentsOf: UnsafeBufferPointer(rebasing: table[fallbackRow..<(fallbackRow &+ classCount)]))
                for k in childStart[state]..<childStart[state &+ 1] {
                    let child = childState[k], viaFailure = table[fallbackRow &+ childClass[k]]
                    failure[child] = Int(viaFailure & ~Self.outputFlag)
                    let ends = !outputs[child].isEmpty || viaFailure & Self.outputFlag != 0
                    table[row &+ childClass[k]] = UInt16(child) | (ends ? Self.outputFlag : 0)
                    queue[tail] = child
                    tail += 1
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
