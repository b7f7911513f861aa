import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardUnderstanding

/// Everything the report says about one contract. Renderers only format this; they decide nothing.
public struct ContractReport: Codable, Sendable {
    public var path: String
    public var format: String?
    public var languages: [String]
    public var risk: RiskScore
    /// Findings at or above the minimum severity, most severe first, then in reading order.
    public var findings: [Finding]
    /// Findings accepted by a baseline or a suppression: counted, never dropped silently.
    public var suppressed: [Finding]
    /// "not read: 1 embedded object, 1 altChunk"
    public var notRead: String?
    public var warnings: [String]
    /// Who is who and why (nil when the file was not read or no lexicon was loaded).
    public var parties: PartyMap?
    /// Every termination right, penalty, notice period and renewal of the contract, risky or not.
    public var keyTerms: [KeyTerm]
    /// Set when the file could not be read; then there are no findings.
    public var error: String?
    public var errorReason: String?

    public init(path: String, document: ContractDocument, analysis: Analyzer.Result, minimumSeverity: Severity) {
        self.path = path
        format = document.format.rawValue
        languages = analysis.languages
        let kept = analysis.findings.filter { $0.severity >= minimumSeverity }
        findings = Self.ordered(kept)
        suppressed = []
        risk = RiskScore(findings: findings)
        notRead = document.notReadSummary
        warnings = analysis.warnings
        parties = analysis.understanding?.parties
        keyTerms = analysis.understanding?.keyTerms ?? []
    }

    public init(path: String, error: IngestError) {
        self.path = path
        format = nil
        languages = []
        findings = []
        suppressed = []
        risk = RiskScore(findings: [])
        warnings = []
        keyTerms = []
        self.error = error.description
        errorReason = error.reason.rawValue
    }

    /// Moves findings accepted by `isSuppressed` into `suppressed` and re-scores.
    public mutating func suppress(where reason: (Finding) -> String?) {
        var kept: [Finding] = []
        for var finding in findings {
            if let why = reason(finding) {
                finding.suppression = why
                suppressed.append(finding)
            } else {
                kept.append(finding)
            }
        }
        findings = kept
        risk = RiskScore(findings: findings)
    }

    public var matchFindings: [Finding] { findings.filter { $0.kind == .match } }
    public var missingProtections: [Finding] { findings.filter { $0.kind == .missing } }

    static func ordered(_ findings: [Finding]) -> [Finding] {
        // Sort small keys rather than the findings: copying a finding in the comparator retains all its fields.
        let keys = findings.map { (severity: -$0.severity.rank, block: $0.location?.blockIndex ?? Int.max, rule: $0.ruleID) }
        let order = keys.indices.sorted { i, j in
            let a = keys[i], b = keys[j]
            if a.severity != b.severity { return a.severity < b.severity }
            if a.block != b.block { return a.block < b.block }
            if a.rule != b.rule { return a.rule < b.rule }
            return i < j
        }
        return order.map { findings[$0] }
    }
}

/// A contract's overall risk: a score from its findings and a level a merchant understands at a glance.
public struct RiskScore: Codable, Sendable, Hashable {
    public enum Level: String, Codable, Sendable, Comparable, CaseIterable {
        case none, low, medium, high
        var rank: Int { Level.allCases.firstIndex(of: self)! }
        public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
    }

    public var score: Int
    public var level: Level
    public var counts: [String: Int]

    /// Weights: high 10, medium 4, low 1, info 0. Level: high with any high finding, medium with 3+ mediums or
    /// a score of 12+, low with anything else.
    public init(findings: [Finding]) {
        var counts: [String: Int] = [:]
        var score = 0
        for finding in findings {
            counts[finding.severity.rawValue, default: 0] += 1
            switch finding.severity {
            case .high: score += 10
            case .medium: score += 4
            case .low: score += 1
            case .info: break
            }
        }
        self.score = score
        self.counts = counts
        if counts["high", default: 0] > 0 { level = .high }
        else if counts["medium", default: 0] >= 3 || score >= 12 { level = .medium }
        else if score > 0 { level = .low }
        else { level = .none }
    }
}
