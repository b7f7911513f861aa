import Foundation

/// The full report as JSON (documented by `docs/report.schema.json`). Keys are sorted and nothing depends on
/// time, so the same inputs give byte-identical output.
public struct JSONRenderer: ReportRenderer {
    public init() {}

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The same JSON on one line (JSON Lines).
    static var compactEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    public func render(_ report: BatchReport) throws -> String {
        String(decoding: try Self.encoder.encode(report), as: UTF8.self) + "\n"
    }
}
