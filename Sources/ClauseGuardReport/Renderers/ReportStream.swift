import Foundation

/// A format written one contract at a time, so a batch of any size runs in flat memory: `begin`, then for each
/// report `contract` (on any thread) and `deliver` (in input order), then `finish` with the batch's header and
/// summary (its `contracts` is empty). A format whose top depends on the whole batch spills the parts and writes
/// them after its top in `finish`; the others write each part as it is delivered.
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
    /// Takes one contract and its part, in input order: the part goes to the output, or to the spill.
    func deliver(_ contract: ContractReport, part: [UInt8], to output: ReportSink)
    /// Writes everything after the last part: `end`, or the top, the spilled parts and the end.
    func finish(_ batch: BatchReport, to output: ReportSink) throws
}

extension ReportStream {
    public func begin(header: StreamHeader) -> String { begin() }
    public func contract(_ contract: ContractReport, position: Int, first: Bool) -> [UInt8] { self.contract(contract, first: first) }
    public func deliver(_ contract: ContractReport, part: [UInt8], to output: ReportSink) { output.write(part) }
    public func finish(_ batch: BatchReport, to output: ReportSink) throws { output.write(try end(batch)) }
}

/// Where a streamed report is written, in order: the run's output file, or a buffer.
public protocol ReportSink: AnyObject {
    func write(_ bytes: [UInt8])
    func write(_ text: String)
}

/// A report streamed into memory (tests, and `end` of a spilling format).
public final class ReportBuffer: ReportSink {
    public private(set) var bytes: [UInt8] = []
    public init() {}
    public func write(_ bytes: [UInt8]) { self.bytes += bytes }
    public func write(_ text: String) { bytes += Array(text.utf8) }
    public var text: String { String(decoding: bytes, as: UTF8.self) }
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
