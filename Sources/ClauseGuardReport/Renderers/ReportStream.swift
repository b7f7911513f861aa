import Foundation

/// A format that can be written one contract at a time, so a batch of any size runs in flat memory:
/// `begin`, then `contract` for each report in order, then `end` with the batch's header and summary
/// (its `contracts` is empty).
public protocol ReportStream: Sendable {
    func begin() -> String
    /// One contract's part of the report as UTF-8 bytes, ready to write: the JSON writer produces bytes, and
    /// making a String of them only to turn it back into bytes costs about 3 % of a scan.
    func contract(_ contract: ContractReport, first: Bool) -> [UInt8]
    func end(_ batch: BatchReport) throws -> String
    /// `begin` for a format that opens with the run's header (JSON Lines); the others ignore it.
    func begin(header: StreamHeader) -> String
    /// `contract` for a format that records each contract's place in the whole run (JSON Lines shards).
    func contract(_ contract: ContractReport, position: Int, first: Bool) -> [UInt8]
}

extension ReportStream {
    public func begin(header: StreamHeader) -> String { begin() }
    public func contract(_ contract: ContractReport, position: Int, first: Bool) -> [UInt8] { self.contract(contract, first: first) }
}

/// The JSON report, streamed. Keys are sorted, and "contracts" sorts first, so the array can be written before the
/// summary is known; the bytes equal `JSONRenderer`'s for the same report.
public struct JSONStream: ReportStream {
    public init() {}

    public func begin() -> String { "{\n  \"contracts\" : [" }

    public func contract(_ contract: ContractReport, first: Bool) -> [UInt8] {
        var writer = ContractJSONWriter(prefix: first ? "\n    " : ",\n    ")
        writer.write(contract, indent: 4)
        return writer.bytes
    }

    public func end(_ batch: BatchReport) throws -> String {
        // The rest of the object, encoded without its contracts, joined after the array.
        let rest = String(decoding: try JSONRenderer.encoder.encode(Tail(batch)), as: UTF8.self)
        let closing = batch.summary.contracts == 0 ? "\n\n  ]," : "\n  ],"
        return closing + rest.dropFirst(1) + "\n"
    }

    private struct Tail: Encodable {
        var schemaVersion: String, tool: BatchReport.ToolInfo, perspective: String, language: String
        var summary: BatchReport.Summary, skipped: [String: Int], settings: RunConfiguration
        init(_ b: BatchReport) {
            schemaVersion = b.schemaVersion; tool = b.tool; perspective = b.perspective; language = b.language
            summary = b.summary; skipped = b.skipped; settings = b.settings
        }
    }
}

/// The CSV report, streamed: the header, then each contract's rows.
public struct CSVStream: ReportStream {
    public var renderer: CSVRenderer
    public init(options: RenderOptions) { renderer = CSVRenderer(options: options) }

    public func begin() -> String { "\u{FEFF}" + CSVRenderer.line(CSVRenderer.header) }
    public func contract(_ contract: ContractReport, first: Bool) -> [UInt8] {
        Array(renderer.rows(for: contract).map(CSVRenderer.line).joined().utf8)
    }
    public func end(_ batch: BatchReport) throws -> String { "" }
}
