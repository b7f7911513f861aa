import Foundation
import ClauseGuardRules

/// One row per finding (and one per unreadable file), for a spreadsheet. RFC 4180 quoting; UTF-8 with a BOM so
/// Excel shows Chinese correctly.
public struct CSVRenderer: ReportRenderer, Sendable {
    public var options: RenderOptions
    public init(options: RenderOptions) { self.options = options }

    static let header = ["file", "risk", "severity", "family", "rule", "kind", "clause", "paragraph", "message", "matched", "values", "advice", "suppressed", "fingerprint", "error"]

    public func render(_ report: BatchReport) throws -> String {
        "\u{FEFF}" + ([Self.header] + report.contracts.flatMap(rows(for:))).map(Self.line).joined()
    }

    static func line(_ fields: [String]) -> String { fields.map(quote).joined(separator: ",") + "\r\n" }

    /// The rows of one contract: one per finding (suppressed ones marked), or one for an unreadable file.
    func rows(for contract: ContractReport) -> [[String]] {
        if let error = contract.error {
            return [[contract.path, "", "", "", "", "error", "", "", "", "", "", "", "", "", error]]
        }
        let chinese = options.chinese(for: contract)
        return (contract.findings + contract.suppressed).map { finding in
            let values = finding.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.display(chinese: chinese))" }.joined(separator: "; ")
            return [contract.path, contract.risk.level.rawValue, finding.severity.rawValue, finding.family, finding.ruleID,
                    finding.kind.rawValue, finding.location?.clause ?? "", finding.location.map { String($0.paragraph) } ?? "",
                    finding.message.text(chinese: chinese), finding.location?.matched ?? "", values,
                    finding.advice.text(chinese: chinese), finding.suppression ?? "", finding.fingerprint, ""]
        }
    }

    static func quote(_ field: String) -> String {
        // A leading = + - @ would run as a formula in a spreadsheet: prefix a quote.
        var value = field
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The lawyer's matrix as CSV: one row per contract, one column per family (`high`, `medium`, `low`, `missing`,
/// `clean`, `unreadable`), so a spreadsheet filter shows which files lack a protection or share a risky clause.
/// The last column holds the reason a file could not be read, so the matrix alone lists every failure.
public struct MatrixCSVRenderer: ReportRenderer {
    public init() {}

    public func render(_ report: BatchReport) throws -> String {
        let matrix = FamilyMatrix(report)
        var rows = [["file", "risk", "score"] + matrix.families + ["error"]]
        for (contract, row) in zip(report.contracts, matrix.rows) {
            let cells = row.cells.map { cell -> String in
                switch cell {
                case .clean: "clean"
                case .risky(let severity, let count): "\(severity.rawValue) (\(count))"
                case .missing: "missing"
                case .unreadable: "unreadable"
                }
            }
            rows.append([row.path, contract.error == nil ? contract.risk.level.rawValue : "unreadable",
                         contract.error == nil ? String(contract.risk.score) : ""] + cells + [contract.error ?? ""])
        }
        return "\u{FEFF}" + rows.map { $0.map(CSVRenderer.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
