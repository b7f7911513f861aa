import Foundation
import ClauseGuardModel
import ClauseGuardRules

/// One row per finding (and one per unreadable file, and one per file with content not read, kind `not-read`),
/// for a spreadsheet. RFC 4180 quoting; UTF-8 with a BOM so Excel shows Chinese correctly.
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
        let language = options.language(for: contract)
        // Content that was not read gets a row of its own, so a contract with no findings still shows it.
        let notRead = contract.notRead.map {
            [[contract.path, contract.risk.level.rawValue, "", "", "", "not-read", "", "", $0, "", "", "", "", "", ""]]
        } ?? []
        return notRead + (contract.findings + contract.suppressed).map { finding in
            let values = finding.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.display(in: language))" }.joined(separator: "; ")
            return [contract.path, contract.risk.level.rawValue, finding.severity.rawValue, finding.family, finding.ruleID,
                    finding.kind.rawValue, finding.location?.citation ?? "", finding.location.map { String($0.paragraph) } ?? "",
                    finding.message[language], finding.location?.matched ?? "", values,
                    finding.advice[language], finding.suppression ?? "", finding.fingerprint, ""]
        }
    }

    /// Lead characters that make a spreadsheet read a cell as a formula: OWASP's CSV-injection list (= + - @ tab
    /// CR), line feed, and the fullwidth forms some spreadsheets fold to ASCII.
    static let formulaLeads: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// One field: controls shown visibly (a spreadsheet is read by people), a formula lead defused with a quote,
    /// then RFC 4180 quoting.
    static func quote(_ field: String) -> String {
        var value = field.visibleControls
        if let first = field.unicodeScalars.first, formulaLeads.contains(first) { value = "'" + value }
        // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The lawyer's matrix as CSV: one row per contract, one column per family (`high`, `medium`, `low`, `missing`,
/// `clean`, `unreadable`), so a spreadsheet filter shows which files lack a protection or share a risky clause.
/// The last column holds the reason a file could not be read, so the matrix alone lists every failure; the
/// `notRead` column before it, what a readable file held that ClauseGuard could not read (an altChunk, an object).
public struct MatrixCSVRenderer: ReportRenderer, Sendable {
    public init() {}

    public func render(_ report: BatchReport) throws -> String { render(report.contracts.map(ContractRow.init)) }

    func render(_ contracts: [ContractRow]) -> String {
        let matrix = FamilyMatrix(rows: contracts)
        var rows = [["file", "risk", "score"] + matrix.families + ["notRead", "error"]]
        for (contract, row) in zip(contracts, matrix.rows) {
            let cells = row.cells.map { cell -> String in
                switch cell {
                case .clean: "clean"
                case .risky(let severity, let count): "\(severity.rawValue) (\(count))"
                case .missing: "missing"
                case .unreadable: "unreadable"
                }
            }
            rows.append([row.path, contract.error == nil ? contract.risk.rawValue : "unreadable",
                         contract.error == nil ? String(contract.score) : ""] + cells + [contract.notRead ?? "", contract.error ?? ""])
        }
        return "\u{FEFF}" + rows.map { $0.map(CSVRenderer.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
