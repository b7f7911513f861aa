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

    public init(_ report: BatchReport) {
        let families = Set(report.contracts.flatMap { $0.findings.map(\.family) }).sorted()
        self.families = families
        rows = report.contracts.map { contract in
            Row(path: contract.path, cells: families.map { family in
                if contract.error != nil { return .unreadable }
                let matches = contract.findings.filter { $0.family == family && $0.kind == .match }
                if let worst = matches.map(\.severity).max() { return .risky(worst, count: matches.count) }
                if let missing = contract.findings.first(where: { $0.family == family && $0.kind == .missing }) { return .missing(missing.severity) }
                return .clean
            })
        }
    }
}
