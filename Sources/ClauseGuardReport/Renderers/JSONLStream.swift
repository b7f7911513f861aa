import ClauseGuardRules

/// JSON Lines: a `StreamHeader` line, then each contract as the JSON report writes it, on one line, with its
/// `position` in the whole run's file list. Streamed, so a batch of any size runs in flat memory; a `--shard`
/// worker writes it and `clauseguard merge` reads it back.
public struct JSONLStream: ReportStream {
    public init() {}

    /// Nothing without the run's header: scan and merge call `begin(header:)`.
    public func begin() -> String { "" }
    public func begin(header: StreamHeader) -> String { header.line }

    public func contract(_ contract: ContractReport, first: Bool) -> [UInt8] { line(contract, position: nil) }
    public func contract(_ contract: ContractReport, position: Int, first: Bool) -> [UInt8] { line(contract, position: position) }

    public func end(_ batch: BatchReport) throws -> String { "" }

    private func line(_ contract: ContractReport, position: Int?) -> [UInt8] {
        var writer = ContractJSONWriter(compact: true)
        writer.write(contract, indent: 0, position: position)
        return writer.bytes + [0x0A]
    }
}

/// JSON Lines for a whole batch at once: the header of a run over exactly these contracts, then the stream's lines.
public struct JSONLRenderer: ReportRenderer {
    public var rules: RuleSet
    public var options: RenderOptions
    public init(rules: RuleSet, options: RenderOptions) { self.rules = rules; self.options = options }

    public func render(_ report: BatchReport) throws -> String {
        let stream = JSONLStream()
        let header = StreamHeader(batch: report, rules: rules, failOn: options.failOn, shard: nil, files: report.contracts.count,
                                  inputs: PathListHash(report.contracts.map(\.path)))
        var out = stream.begin(header: header)
        for (i, contract) in report.contracts.enumerated() {
            out += String(decoding: stream.contract(contract, position: i, first: i == 0), as: UTF8.self)
        }
        return out + (try stream.end(report))
    }
}
