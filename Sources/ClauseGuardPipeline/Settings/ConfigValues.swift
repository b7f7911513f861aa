import Yams
import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// The value each `.clauseguard.yml` key takes, checked on the YAML nodes before decoding, so a wrong value is one
/// line naming the file, the line, the key and what is allowed, instead of the decoder's debug text.
/// docs/schemas/clauseguard.schema.json describes the same shapes for editors.
enum ConfigValue {
    case text
    case texts
    case choice([String])
    case severities
    case numbers

    static let severityNames = Severity.allCases.sorted { $0 > $1 }.map(\.rawValue)

    static let byKey: [String: ConfigValue] = [
        "rules": .texts, "disable": .texts, "include": .texts, "exclude": .texts,
        "severity": .severities, "params": .numbers,
        "fail_on": .choice(severityNames), "min_severity": .choice(severityNames),
        "lang": .choice(Language.allCases.map(\.rawValue)),
        "perspective": .choice(Perspective.allCases.map(\.rawValue)),
        "client": .text,
    ]

    /// Why `node` is not a valid value for `key`, or nil when it is.
    func problem(_ node: Node, key: String) -> String? {
        switch self {
        case .text:
            return Self.scalar(node) == nil ? "'\(key)' must be a text, e.g. \(key): 乙方" : nil
        case .texts:
            guard let items = node.sequence else { return "'\(key)' must be a list, e.g. \(key): [\(Self.example(key))]" }
            return items.contains { Self.scalar($0) == nil } ? "'\(key)' must be a list of texts" : nil
        case .choice(let allowed):
            guard let value = Self.scalar(node), allowed.contains(value) else {
                return "'\(key)' must be one of \(allowed.joined(separator: ", ")) (got \(Self.shown(node)))"
            }
            return nil
        case .severities:
            guard let mapping = node.mapping else { return "'\(key)' maps rule ids or families to a severity, e.g. severity: {penalty: high}" }
            for (name, value) in mapping {
                if let problem = ConfigValue.choice(Self.severityNames).problem(value, key: "\(key).\(name.string ?? "?")") { return problem }
            }
            return nil
        case .numbers:
            guard let mapping = node.mapping else { return "'\(key)' maps parameter names to numbers, e.g. params: {max_notice_days: 15}" }
            for (name, value) in mapping where Self.scalar(value).flatMap(Double.init) == nil {
                return "'\(key).\(name.string ?? "?")' must be a number (got \(Self.shown(value)))"
            }
            return nil
        }
    }

    private static func scalar(_ node: Node) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    private static func shown(_ node: Node) -> String {
        if let text = scalar(node) { return "'\(ErrorText.clipped(text, limit: 40))'" }
        return node.sequence != nil ? "a list" : "a mapping"
    }

    private static func example(_ key: String) -> String {
        switch key {
        case "rules": "team-rules"
        case "disable": "penalty.minimum-floor"
        default: "'drafts/'"
        }
    }
}
