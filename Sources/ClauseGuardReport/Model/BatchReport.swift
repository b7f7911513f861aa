import ClauseGuardRules

/// The report of one run: every contract, in the order the paths were given and discovered, plus a summary.
public struct BatchReport: Codable, Sendable {
    public static let schemaVersion = "1.0"

    public var schemaVersion: String = BatchReport.schemaVersion
    public var tool: ToolInfo
    /// Whose side the risk is judged from: client (merchant, 甲方) or provider.
    public var perspective: String
    public var language: String
    public var contracts: [ContractReport]
    public var summary: Summary
    /// Files skipped while discovering (lock files, non-contracts), by reason.
    public var skipped: [String: Int]

    public struct ToolInfo: Codable, Sendable {
        public var name = "clauseguard"
        public var version: String
        public var rules: Int
    }

    public struct Summary: Codable, Sendable {
        public var contracts: Int
        public var unreadable: Int
        public var findings: Int
        public var suppressed: Int
        public var bySeverity: [String: Int]
        public var byFamily: [String: Int]
        public var byLevel: [String: Int]
    }

    public init(version: String, ruleCount: Int, perspective: Perspective, language: String,
                contracts: [ContractReport], skipped: [String: Int]) {
        tool = ToolInfo(version: version, rules: ruleCount)
        self.perspective = perspective.rawValue
        self.language = language
        self.contracts = contracts
        self.skipped = skipped
        var bySeverity: [String: Int] = [:], byFamily: [String: Int] = [:], byLevel: [String: Int] = [:]
        for contract in contracts {
            if contract.error == nil { byLevel[contract.risk.level.rawValue, default: 0] += 1 }
            for finding in contract.findings {
                bySeverity[finding.severity.rawValue, default: 0] += 1
                byFamily[finding.family, default: 0] += 1
            }
        }
        summary = Summary(contracts: contracts.count, unreadable: contracts.filter { $0.error != nil }.count,
                          findings: contracts.reduce(0) { $0 + $1.findings.count },
                          suppressed: contracts.reduce(0) { $0 + $1.suppressed.count },
                          bySeverity: bySeverity, byFamily: byFamily, byLevel: byLevel)
    }

    /// Highest severity of any finding, for exit codes.
    public var worstSeverity: Severity? {
        contracts.flatMap(\.findings).map(\.severity).max()
    }
}
