import ClauseGuardRules

/// What a run's settings turn down compared with the rule pack as written: disabled rules and families, lowered
/// severities, changed thresholds, a raised minimum severity. Each line names where it came from, and goes to
/// stderr and into every report, so a report made clean by a config file never looks like a clean contract.
public enum SettingsAudit {
    public struct Source: Sendable {
        public var name: String
        public var disable: [String] = []
        public var severity: [String: Severity] = [:]
        public var params: [String: Double] = [:]

        public init(name: String, disable: [String] = [], severity: [String: Severity] = [:], params: [String: Double] = [:]) {
            self.name = name; self.disable = disable; self.severity = severity; self.params = params
        }
    }

    public static func weakenings(of rules: RuleSet, by sources: [Source], minimumSeverity: Severity) -> (notes: [String], warnings: [String]) {
        var notes: [String] = []
        var warnings: [String] = []
        for source in sources {
            for id in source.disable.sorted() {
                let matched = rules.rules.filter { $0.id == id || $0.family == id }.count
                if matched == 0 {
                    warnings.append("\(source.name): disable '\(id)' matches no rule id or family")
                } else {
                    notes.append("disabled by \(source.name): \(id) (\(matched) rule\(matched == 1 ? "" : "s"))")
                }
            }
            for (id, severity) in source.severity.sorted(by: { $0.key < $1.key }) {
                guard let rule = rules.rule(id: id) else {
                    warnings.append("\(source.name): severity for '\(id)', which is not a rule id")
                    continue
                }
                if severity < rule.severity {
                    notes.append("severity lowered by \(source.name): \(id) \(rule.severity.rawValue) → \(severity.rawValue)")
                }
            }
            for (name, value) in source.params.sorted(by: { $0.key < $1.key }) {
                notes.append("threshold changed by \(source.name): \(name) = \(value)")
            }
        }
        if minimumSeverity > .info {
            notes.append("findings below \(minimumSeverity.rawValue) are left out of the report")
        }
        return (notes, warnings)
    }
}
