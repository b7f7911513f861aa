import ClauseGuardModel
import ClauseGuardText

/// What a rule found in a contract: where, the values it extracted, and what to tell the reader.
public struct Finding: Codable, Sendable, Hashable {
    public var ruleID: String
    public var family: String
    public var severity: Severity
    public var kind: Rule.Kind
    public var title: LocalizedText
    /// The rule's message with the extracted values filled in.
    public var message: LocalizedText
    public var explanation: LocalizedText
    public var advice: LocalizedText
    /// Where the match is; nil for a `missing` finding (a protection the contract lacks).
    public var location: FindingLocation?
    /// Extracted values by placeholder name.
    public var values: [String: ExtractedValue]
    /// Things the reader should know about the matched text: hidden, inserted or changed in a redline.
    public var notes: [String]
    /// Identity that survives unrelated edits: rule id + normalised clause text (not line numbers).
    public var fingerprint: String
    /// Set when a suppression (ignore file or Word comment) accepted this finding.
    public var suppression: String?
    /// For a missing protection: the contract's article where it belongs (第十一条 合同的解除与终止, "12. TERMINATION"),
    /// when the contract has one for the rule's family.
    public var place: String?
}

public struct FindingLocation: Codable, Sendable, Hashable {
    /// Index of the block where the match starts.
    public var blockIndex: Int
    /// 1-based paragraph number in reading order (blockIndex + 1), for tools that want lines.
    public var paragraph: Int
    public var clausePath: [String]
    /// The citation: `第八条 违约责任 › 2`, `8.2(a)`.
    public var clause: String
    public var part: PartKind
    public var partName: String
    /// The original text around the match (its sentence, or its paragraph for wider scopes), as written.
    public var excerpt: String
    /// The matched words within `excerpt` (UTF-8 offsets), for highlighting.
    public var highlights: [TextSpan]
    /// The matched words as written.
    public var matched: String
    /// The page where the matched block starts, for contracts read from a paged format (PDF); nil otherwise.
    public var page: Int? = nil

    /// The clause citation with its page when the contract has pages: `page 3, 第八条 › 2`; the clause alone
    /// otherwise, and `page 3` for text before the first clause.
    public var citation: String { citation(orPreamble: "") }

    /// The citation, naming text before the first clause `preamble` (a report's word for it).
    public func citation(orPreamble preamble: String) -> String {
        let named = clause.isEmpty ? preamble : clause
        guard let page else { return named }
        return named.isEmpty ? "page \(page)" : "page \(page), \(named)"
    }
}
