import ClauseGuardRules

/// Contracts × rule families, for lawyers scanning a folder: which files carry a risky clause of a family,
/// which lack a protection, which are clean — so the odd one out stands out.
public struct FamilyMatrix: Sendable {
    public enum Cell: Sendable, Equatable {
        case clean
        case risky(Severity, count: Int)
        case missing(Severity)
        case unreadable

        public var symbol: String {
            switch self {
            case .clean: "·"
            case .risky(let s, let n): "\(s == .high ? "●" : s == .medium ? "◐" : "○")\(n > 1 ? "\(n)" : "")"
            case .missing: "✗"
            case .unreadable: "?"
            }
        }
    }

    public struct Row: Sendable {
        public var path: String
        public var cells: [Cell]
    }

    public let families: [String]
    public let rows: [Row]

    public init(_ report: BatchReport) { self.init(rows: report.contracts.map(ContractRow.init)) }

    /// The matrix from the contracts' rows: a streamed report keeps those, not the contracts.
    public init(rows: [ContractRow]) {
        let families = Set(rows.flatMap(\.families.keys)).sorted()
        self.families = families
        self.rows = rows.map { row in
            Row(path: row.path, cells: families.map { family in row.error != nil ? .unreadable : row.families[family] ?? .clean })
        }
    }
}
