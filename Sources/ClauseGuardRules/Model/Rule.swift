import ClauseGuardModel
import ClauseGuardText

/// One clause pattern loaded from a rule file. See `Rules/README.md` for the file format.
public struct Rule: Sendable {
    public var id: String
    public var family: String
    public var severity: Severity
    /// Severity when the contract is judged for the provider (`--as provider`); nil = same as `severity`.
    public var providerSeverity: Severity?
    /// Whose risk this rule describes; rules for the other side are not run.
    public var perspective: Perspective
    public var languages: [String]
    public var scope: Scope
    public var kind: Kind
    public var any: [CompiledPattern]
    public var all: [CompiledPattern]
    public var not: [CompiledPattern]
    /// The rule runs only on contracts where one of these matches (e.g. a store-management `missing:` rule only on
    /// contracts that mention a store); empty = every contract.
    public var requires: [CompiledPattern] = []
    /// The clause frames the rule is about (see `FrameSelector`); patterns, if any, must then hold in the frame's
    /// sentence. nil = a pattern rule.
    public var frame: FrameSelector?
    /// A pattern match is dropped when its sentence holds a frame this selects (`not_frame: { actor: provider,
    /// action: pay_penalty }`: a penalty the provider pays is no risk to the merchant).
    public var notFrame: FrameSelector?
    /// A pattern rule's other way to match: a sentence holding a frame this selects (and none of the `not:`
    /// patterns) is a finding too (`or_frame: { actor: provider, modality: right, action: change_price }` finds the
    /// wordings no pattern lists). One finding per block: a block the patterns matched is not reported again.
    public var orFrame: FrameSelector?
    public var condition: Condition?
    /// The condition as written, for `rules explain`.
    public var conditionSource: String?
    /// Named numbers a condition may use as `$name`; a config file can override them.
    public var params: [String: Double]
    public var title: LocalizedText
    public var message: LocalizedText
    public var explanation: LocalizedText
    public var advice: LocalizedText
    public var examples: [RuleExample]
    public var tags: [String]
    /// The file and line the rule was defined at.
    public var origin: SourceLocation
    /// The explanation and advice a provider reads (`--as provider`); nil = the client's.
    public var providerExplanation: LocalizedText?
    public var providerAdvice: LocalizedText?

    /// The explanation and advice for the side the report is written for.
    public func explanation(for side: Perspective) -> LocalizedText { side == .provider ? providerExplanation ?? explanation : explanation }
    public func advice(for side: Perspective) -> LocalizedText { side == .provider ? providerAdvice ?? advice : advice }

    public enum Kind: String, Sendable, Codable {
        /// Fires for each matching unit of text.
        case match
        /// Fires once per document when no unit matches: a protection the contract lacks.
        case missing
    }

    public func severity(for perspective: Perspective) -> Severity {
        perspective == .provider ? (providerSeverity ?? severity) : severity
    }

    /// Whether this rule runs when a contract is judged for `side`. A client rule also runs for the provider
    /// when it names a `provider_severity`: the author decided it matters to both sides.
    public func applies(to side: Perspective) -> Bool {
        perspective == .both || perspective == side || (side == .provider && providerSeverity != nil)
    }

    /// Placeholder names captured by any of the rule's patterns, with their kinds.
    public var captures: [String: PlaceholderKind] {
        var out: [String: PlaceholderKind] = frame == nil ? [:] : FrameSelector.captures
        for pattern in any + all { out.merge(pattern.placeholders) { a, _ in a } }
        return out
    }
}

public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, low, medium, high

    /// 0 for info … 3 for high (a switch: `allCases.firstIndex` built an array on every comparison).
    public var rank: Int {
        switch self {
        case .info: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

public enum Perspective: String, Sendable, Codable, CaseIterable {
    case client, provider, both
}

public enum Scope: String, Sendable, Codable, CaseIterable {
    /// One sentence (split at 。！？!? and at the end of English sentences).
    case sentence
    /// A numbered article with its sub-paragraphs (from the clause paths found at ingestion).
    case clause
    /// The whole contract.
    case document
}

public struct SourceLocation: Sendable, Codable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public init(file: String, line: Int) { self.file = file; self.line = line }
    public var description: String { "\(file):\(line)" }
}

/// A rule's own test: a text (or a .docx fixture) and what the rule must find in it.
public struct RuleExample: Sendable {
    public enum Input: Sendable { case text(String), file(String) }
    public enum Expectation: Sendable {
        /// The rule must not fire.
        case none
        /// The rule must fire, with these values (`notice.days: 60`, `party: 乙方`); empty = any values.
        case finding([String: String])
    }
    public var input: Input
    public var expect: Expectation
    public var line: Int
}
