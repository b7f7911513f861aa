import ClauseGuardRules
import ClauseGuardText

/// What a batch's summary tables say about one contract (its row in the summary, the index and the family matrix),
/// without its findings or text: a streamed report keeps one per contract until the end, not the contract.
public struct ContractRow: Sendable {
    public var path: String
    public var error: String?
    public var notRead: String?
    public var language: Language?
    public var risk: RiskScore.Level
    public var score: Int
    /// Risky-clause findings (kind `match`) by severity, and all of them.
    public var matches: [Severity: Int]
    public var matchCount: Int
    public var missingCount: Int
    /// The family matrix's cell for each family among the contract's findings.
    public var families: [String: FamilyMatrix.Cell]

    public init(_ contract: ContractReport) {
        path = contract.path
        error = contract.error
        notRead = contract.notRead
        language = contract.primaryLanguage
        risk = contract.risk.level
        score = contract.risk.score
        var matches: [Severity: Int] = [:], matchCount = 0, missingCount = 0
        for finding in contract.findings {
            if finding.kind == .match { matches[finding.severity, default: 0] += 1; matchCount += 1 } else { missingCount += 1 }
        }
        self.matches = matches
        self.matchCount = matchCount
        self.missingCount = missingCount
        var families: [String: FamilyMatrix.Cell] = [:]
        for family in Set(contract.findings.map(\.family)) {
            let found = contract.findings.filter { $0.family == family && $0.kind == .match }
            if let worst = found.map(\.severity).max() {
                families[family] = .risky(worst, count: found.count)
            } else if let missing = contract.findings.first(where: { $0.family == family && $0.kind == .missing }) {
                families[family] = .missing(missing.severity)
            } else {
                families[family] = .clean
            }
        }
        self.families = families
    }

    /// Risky-clause findings of one severity.
    public func matches(_ severity: Severity) -> Int { matches[severity] ?? 0 }
}
