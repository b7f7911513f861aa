import Foundation
import ClauseGuardModel
import ClauseGuardRules

/// Suppression written where lawyers work: a Word comment on the clause reading
/// `clauseguard: ignore RULE-ID — reason` accepts that rule's findings in the commented paragraphs.
public struct CommentSuppression {
    struct Entry {
        var ruleID: String
        var reason: String
        var blocks: Set<Int>
    }
    let entries: [Entry]

    public init(document: ContractDocument) {
        entries = document.comments.compactMap { comment in
            guard let (rule, reason) = Self.parse(comment.text) else { return nil }
            return Entry(ruleID: rule, reason: reason, blocks: Set(comment.blockIndices))
        }
    }

    /// "clauseguard: ignore penalty.minimum-floor — 已与客户确认" → ("penalty.minimum-floor", "已与客户确认")
    static func parse(_ text: String) -> (String, String)? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.lowercased().hasPrefix("clauseguard:") else { return nil }
        let rest = trimmed.dropFirst("clauseguard:".count).trimmingCharacters(in: .whitespaces)
        guard rest.lowercased().hasPrefix("ignore") else { return nil }
        let body = rest.dropFirst("ignore".count).trimmingCharacters(in: .whitespaces)
        let parts = body.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "—" })
        guard let rule = parts.first, !rule.isEmpty else { return nil }
        var reason = parts.count > 1 ? String(parts[1]) : ""
        reason = reason.trimmingCharacters(in: CharacterSet(charactersIn: " —–-:："))
        return (String(rule), reason)
    }

    public func reason(for finding: Finding) -> String? {
        guard let block = finding.location?.blockIndex else { return nil }
        guard let entry = entries.first(where: { ($0.ruleID == finding.ruleID || $0.ruleID == finding.family) && $0.blocks.contains(block) }) else {
            return nil
        }
        return "Word comment: " + (entry.reason.isEmpty ? "ignore \(entry.ruleID)" : entry.reason)
    }
}
