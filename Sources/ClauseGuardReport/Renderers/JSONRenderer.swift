import Foundation

/// The full report as JSON (documented by `docs/report.schema.json`). Keys are sorted and nothing depends on
/// time, so the same inputs give byte-identical output.
public struct JSONRenderer: ReportRenderer {
    public init() {}
    public func render(_ report: BatchReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
