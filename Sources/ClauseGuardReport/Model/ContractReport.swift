import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText
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

/// A contract's grade, from its worst risky clause and, separately, the protections it lacks; never a sum, so many
/// small findings do not add up to 高风险 and one clause reported by two rules counts once.
///
/// - `clauses`: the most severe risky clause (high, medium, low; info counts as none).
/// - `protections`: what the lacking protections are worth: a missing high-severity protection makes it medium,
///   a missing medium or low one low.
/// - `level`: the higher of the two. A contract can be 高风险 only for a clause it contains.
/// - `score`: for sorting a batch only: each distinct risky clause by its worst severity (high 10, medium 4, low 1)
///   plus each missing protection (high 4, medium 2, low 1).
public struct RiskScore: Codable, Sendable, Hashable {
    public enum Level: String, Codable, Sendable, Comparable, CaseIterable {
        case none, low, medium, high
        var rank: Int { Level.allCases.firstIndex(of: self)! }
        public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
    }

    public var score: Int
    public var level: Level
    public var clauses: Level
    public var protections: Level
    /// Findings by severity, as reported (a clause two rules report counts twice here, once in the level).
    public var counts: [String: Int]

    public init(findings: [Finding]) {
        var counts: [String: Int] = [:]
        // A clause is its block and excerpt, compared by bytes (see UTF8Key); a finding without a place, its rule.
        var worstByClause: [ClauseKey: Severity] = [:]
        var score = 0
        var protections = Level.none
        for finding in findings {
            counts[finding.severity.rawValue, default: 0] += 1
            if finding.kind == .missing {
                switch finding.severity {
                case .high: score += 4; protections = max(protections, .medium)
                case .medium: score += 2; protections = max(protections, .low)
                case .low: score += 1; protections = max(protections, .low)
                case .info: break
                }
                continue
            }
            let clause = finding.location.map { ClauseKey(block: $0.blockIndex, text: UTF8Key($0.excerpt)) }
                ?? ClauseKey(block: nil, text: UTF8Key(finding.ruleID))
            worstByClause[clause] = max(worstByClause[clause] ?? .info, finding.severity)
        }
        var clauses = Level.none
        for severity in worstByClause.values {
            switch severity {
            case .high: score += 10; clauses = max(clauses, .high)
            case .medium: score += 4; clauses = max(clauses, .medium)
            case .low: score += 1; clauses = max(clauses, .low)
            case .info: break
            }
        }
        self.score = score
        self.counts = counts
        self.clauses = clauses
        self.protections = protections
        level = max(clauses, protections)
    }

    private struct ClauseKey: Hashable {
        let block: Int?
        let text: UTF8Key
    }
}
