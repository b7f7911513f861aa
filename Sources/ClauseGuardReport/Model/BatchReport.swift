import ClauseGuardRules

/// The report of one run: every contract, in the order the paths were given and discovered, plus a summary.
public struct BatchReport: Codable, Sendable {
    public static let schemaVersion = "2.0"

    public var schemaVersion: String = BatchReport.schemaVersion
    public var tool: ToolInfo
    /// Whose side the risk is judged from: client (merchant, 甲方) or provider.
    public var perspective: String
    public var language: String
    public var contracts: [ContractReport]
    public var summary: Summary
    /// Files skipped while discovering (lock files, non-contracts), by reason.
    public var skipped: [String: Int]
    /// The config, ignore and baseline files applied and what they turned down (keyed after "contracts", which
    /// the streamed JSON writes first).
    public var settings: RunConfiguration

    public struct ToolInfo: Codable, Sendable {
        public var name = "clauseguard"
        public var version: String
        public var rules: Int
        /// The built-in rule pack's version (a hash of its files), absent with --no-default-rules.
        public var rulePack: String?
    }

    /// Counts over the batch, kept up to date one contract at a time so a streamed report needs no list of them.
    public struct Summary: Codable, Sendable {
        public var contracts = 0
        public var unreadable = 0
        public var findings = 0
        public var suppressed = 0
        public var bySeverity: [String: Int] = [:]
        public var byFamily: [String: Int] = [:]
        public var byLevel: [String: Int] = [:]

        public init() {}

        public mutating func add(_ contract: ContractReport) {
            contracts += 1
            if contract.error != nil { unreadable += 1 } else { byLevel[contract.risk.level.rawValue, default: 0] += 1 }
            findings += contract.findings.count
            suppressed += contract.suppressed.count
            for finding in contract.findings {
                bySeverity[finding.severity.rawValue, default: 0] += 1
                byFamily[finding.family, default: 0] += 1
            }
        }

        /// Highest severity of any finding, for exit codes.
        public var worstSeverity: Severity? {
            Severity.allCases.reversed().first { bySeverity[$0.rawValue, default: 0] > 0 }
        }
    }

    public init(version: String, ruleCount: Int, rulePack: String? = nil, perspective: Perspective, language: String,
                contracts: [ContractReport], skipped: [String: Int], summary: Summary? = nil,
                configuration: RunConfiguration = RunConfiguration()) {
        tool = ToolInfo(version: version, rules: ruleCount, rulePack: rulePack)
        self.perspective = perspective.rawValue
        self.language = language
        self.contracts = contracts
        self.skipped = skipped
        self.settings = configuration
        self.summary = summary ?? contracts.reduce(into: Summary()) { $0.add($1) }
    }

    /// Highest severity of any finding, for exit codes.
    public var worstSeverity: Severity? { summary.worstSeverity }
}
