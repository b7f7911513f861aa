import Foundation
import ClauseGuardRules

/// The first line of a JSON Lines report: what made it and from which run, so `merge` can refuse shards that do not
/// belong together and rebuild, byte for byte, the report one run over all the files would have written.
public struct StreamHeader: Codable, Sendable {
    /// Marks the header line and versions the line format.
    public var clauseguardJSONL = 1
    /// The report schema the contract lines follow (their objects are the JSON report's contracts).
    public var schemaVersion = BatchReport.schemaVersion
    public var tool: BatchReport.ToolInfo
    /// A fingerprint of the active rules as reports show them: `merge` renders SARIF and JUnit from its own rules,
    /// which must be these.
    public var ruleSet: String
    public var perspective: String
    public var language: String
    public var failOn: String
    public var settings: RunConfiguration
    /// Files skipped while discovering the whole run's list, by reason.
    public var skipped: [String: Int]
    /// "2/7" for a `--shard` worker; absent for a whole run.
    public var shard: String?
    /// The contract lines that follow: a file with fewer was cut off.
    public var files: Int
    /// The files in the whole run's list, before the shard split.
    public var total: Int
    /// `PathListHash` of the whole run's list: every shard of one run has the same.
    public var inputs: String

    public init(batch: BatchReport, rules: RuleSet, failOn: Severity, shard: String?, files: Int, inputs: PathListHash) {
        tool = batch.tool
        ruleSet = Self.fingerprint(of: rules)
        perspective = batch.perspective
        language = batch.language
        self.failOn = failOn.rawValue
        settings = batch.settings
        skipped = batch.skipped
        self.shard = shard
        self.files = files
        total = inputs.count
        self.inputs = inputs.hex
    }

    /// Everything a report shows of the rules (SARIF's rule descriptors, JUnit's families), hashed.
    public static func fingerprint(of rules: RuleSet) -> String {
        let lines = rules.rules.map { rule in
            ([rule.id, rule.family, rule.severity.rawValue, rule.kind.rawValue] + rule.tags
             + [rule.title, rule.message, rule.explanation, rule.advice].flatMap { [$0.en, $0.zh] }).joined(separator: "\u{1F}")
        }
        return StableHash.hex(StableHash.fnv1a(lines.sorted().joined(separator: "\u{1E}")))
    }

    /// The header as written: one line of sorted keys.
    public var line: String {
        String(decoding: (try? JSONRenderer.compactEncoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }
}
