import ClauseGuardModel
import ClauseGuardReport

/// The JSON Lines outputs of one run's workers, checked to belong together and read back as one run: either the N
/// shards of a `--shard I/N` run (any order on the command line; contracts interleaved back by position), or files
/// without `--shard` (each worker given its own list), whose contracts follow one another in command-line order.
public struct ShardMerge {
    public let shards: [ShardFile]
    /// The header one run over all the files would have written.
    public let header: StreamHeader
    private let sharded: Bool

    public init(_ shards: [ShardFile]) throws(MergeError) {
        guard let first = shards.first else { throw MergeError("no JSON Lines files to merge") }
        for other in shards.dropFirst() { try Self.checkSameRun(first, other) }
        self.shards = shards
        sharded = first.header.shard != nil
        var header = first.header
        header.shard = nil
        if sharded {
            try Self.checkShardsComplete(shards)
        } else {
            var inputs = PathListHash()
            var skipped: [String: Int] = [:]
            for shard in shards {
                inputs.append(PathListHash(value: UInt64(shard.header.inputs, radix: 16) ?? 0, count: shard.header.total))
                skipped.merge(shard.header.skipped, uniquingKeysWith: +)
            }
            header.inputs = inputs.hex
            header.total = inputs.count
            header.skipped = skipped
        }
        header.files = header.total
        self.header = header
    }

    /// Each contract, in the order one run would have reported it.
    public func forEach(_ body: (ContractReport) throws -> Void) throws {
        if !sharded {
            for shard in shards {
                var expected = 0
                while let (position, contract) = try shard.next() {
                    guard position == expected else {
                        throw MergeError("\(ErrorText.clipped(shard.path)): position \(position) where \(expected) was expected: a whole run numbers its contracts from 0 without gaps")
                    }
                    expected += 1
                    try body(contract)
                }
            }
            return
        }
        // Each shard holds its positions in ascending order: take the lowest head each time.
        var heads = try shards.map { try $0.next() }
        var expected = 0
        while let lowest = heads.indices.filter({ heads[$0] != nil }).min(by: { heads[$0]!.position < heads[$1]!.position }) {
            let (position, contract) = heads[lowest]!
            if let twin = heads.indices.first(where: { $0 != lowest && heads[$0]?.position == position }) {
                throw MergeError("\(ErrorText.clipped(shards[lowest].path)) and \(ErrorText.clipped(shards[twin].path)) both hold position \(position) (\(ErrorText.clipped(contract.path)))")
            }
            guard position == expected else {
                throw MergeError("no shard holds position \(expected) of \(header.total) (the next is \(position) in \(ErrorText.clipped(shards[lowest].path)))")
            }
            expected += 1
            try body(contract)
            heads[lowest] = try shards[lowest].next()
        }
    }

    /// Refuses files from different runs: another rule pack, version, rule set or settings would make a report
    /// that no run could have written.
    private static func checkSameRun(_ a: ShardFile, _ b: ShardFile) throws(MergeError) {
        let (x, y) = (a.header, b.header)
        let differences: [(String, String?, String?)] = [
            ("rule pack", x.tool.rulePack, y.tool.rulePack),
            ("clauseguard version", x.tool.version, y.tool.version),
            ("report schema", x.schemaVersion, y.schemaVersion),
            ("rules (--rules, --disable, config)", "\(x.tool.rules) rules, \(x.ruleSet)", "\(y.tool.rules) rules, \(y.ruleSet)"),
            ("perspective (--as)", x.perspective, y.perspective),
            ("language (--lang)", x.language, y.language),
            ("--fail-on", x.failOn, y.failOn),
            ("config, ignore or baseline", "\(x.settings)", "\(y.settings)"),
            ("--shard (with or without)", x.shard == nil ? "without" : "with", y.shard == nil ? "without" : "with"),
        ]
        if let (what, one, other) = differences.first(where: { $0.1 != $0.2 }) {
            throw MergeError("\(ErrorText.clipped(b.path)) was made with another \(what) (\(other ?? "none")) than \(ErrorText.clipped(a.path)) (\(one ?? "none")); merge only the outputs of one run")
        }
    }

    /// The shards of a `--shard` run must be all N of one file list, each once.
    private static func checkShardsComplete(_ shards: [ShardFile]) throws(MergeError) {
        var seen: [Int: String] = [:]
        var count: Int?
        let first = shards[0]
        for shard in shards {
            let text = shard.header.shard ?? ""
            guard let spec = try? ShardSpec(parsing: text) else {
                throw MergeError("\(ErrorText.clipped(shard.path)):1: bad shard \"\(ErrorText.clipped(text))\" in its header")
            }
            if let count, spec.count != count {
                throw MergeError("\(ErrorText.clipped(shard.path)) is shard \(spec) but \(ErrorText.clipped(first.path)) is of \(count) shards")
            }
            count = spec.count
            if let other = seen[spec.index] {
                throw MergeError("\(ErrorText.clipped(shard.path)) and \(ErrorText.clipped(other)) are both shard \(spec)")
            }
            seen[spec.index] = shard.path
            guard shard.header.inputs == first.header.inputs, shard.header.total == first.header.total, shard.header.skipped == first.header.skipped else {
                throw MergeError("\(ErrorText.clipped(shard.path)) was made from another list of files (\(shard.header.total)) than \(ErrorText.clipped(first.path)) (\(first.header.total)): give every worker the same paths and options")
            }
        }
        let missing = (1...(count ?? 1)).filter { seen[$0] == nil }
        if !missing.isEmpty {
            throw MergeError("missing shard\(missing.count > 1 ? "s" : "") \(missing.prefix(5).map { "\($0)/\(count ?? 1)" }.joined(separator: ", "))\(missing.count > 5 ? "…" : ""): merge needs the outputs of all \(count ?? 1) workers")
        }
    }
}
