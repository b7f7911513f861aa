import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// A rule as GitHub code scanning shows it (its page "SARIF support for code scanning"): a readable name, short and
/// full descriptions without `{placeholders}`, help in text and Markdown, tags and a `security-severity` score.
struct SARIFRuleDescriptor {
    let rule: Rule
    let labels: Labels

    /// GitHub keeps 10 tags of a rule and rejects a rule with more than 20.
    static let maxTags = 10

    var json: [String: Any] {
        let language = labels.language
        let title = Self.neutral(rule.title[language], captures: rule.captures, language: language)
        let message = Self.neutral(rule.message[language], captures: rule.captures, language: language)
        let short = title.isEmpty ? rule.id : title
        var properties: [String: Any] = [
            "tags": tags, "family": rule.family, "severity": rule.severity.rawValue,
        ]
        if let score = Self.securitySeverity(rule.severity) { properties["security-severity"] = score }
        return [
            "id": rule.id,
            "name": Self.readableName(rule.id),
            "shortDescription": ["text": short],
            "fullDescription": ["text": message.isEmpty ? short : message],
            "help": ["text": helpText(fallback: short), "markdown": helpMarkdown(title: short)],
            "defaultConfiguration": ["level": SARIFRenderer.level(rule.severity)],
            "properties": properties,
        ]
    }

    /// The family, "contract-risk", then the rule's own tags, without repeats. "security" is there because GitHub
    /// reads `security-severity` (and ranks alerts as critical/high/medium/low) only for rules tagged security.
    private var tags: [String] {
        var seen = Set<String>()
        return ([rule.family, "contract-risk", "security"] + rule.tags).filter { seen.insert($0).inserted }.prefix(Self.maxTags).map { $0 }
    }

    private func helpText(fallback: String) -> String {
        let language = labels.language
        var parts: [String] = []
        let explanation = Self.neutral(rule.explanation[language], captures: rule.captures, language: language)
        let advice = Self.neutral(rule.advice[language], captures: rule.captures, language: language)
        if !explanation.isEmpty { parts.append(explanation) }
        if !advice.isEmpty { parts.append(labels.adviceLead + advice) }
        return parts.isEmpty ? fallback : parts.joined(separator: "\n\n")
    }

    private func helpMarkdown(title: String) -> String {
        let language = labels.language
        var lines = ["**\(Self.markdownEscaped(title))**", ""]
        let explanation = Self.neutral(rule.explanation[language], captures: rule.captures, language: language)
        let advice = Self.neutral(rule.advice[language], captures: rule.captures, language: language)
        if !explanation.isEmpty { lines += ["### \(labels.why)", "", Self.markdownEscaped(explanation), ""] }
        if !advice.isEmpty { lines += ["### \(labels.ask)", "", Self.markdownEscaped(advice), ""] }
        lines.append("\(labels.family(rule.family)) · \(labels.severity(rule.severity)) · `\(rule.id)`")
        return lines.joined(separator: "\n")
    }

    /// `ad_spend.no-approval-clause` → `AdSpendNoApprovalClause`.
    static func readableName(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// GitHub's scale: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low; info has no score.
    static func securitySeverity(_ severity: Severity) -> String? {
        switch severity {
        case .high: "8.0"
        case .medium: "5.0"
        case .low: "2.0"
        case .info: nil
        }
    }

    /// A rule's template with each `{name}` or `{name.field}` written as what kind of value goes there
    /// ("Requires (period) notice"), for descriptions that belong to no one finding.
    static func neutral(_ template: String, captures: [String: PlaceholderKind], language: Language) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            let reference = rest[after..<close]
            if !reference.isEmpty, reference.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) {
                let name = String(reference.split(separator: ".").first ?? "")
                out += placeholder(captures[name], language: language)
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private static func placeholder(_ kind: PlaceholderKind?, language: Language) -> String {
        let zh = language == .zh
        let word: String
        switch kind {
        case .duration?: word = zh ? "期限" : "period"
        case .money?: word = zh ? "金额" : "amount"
        case .percent?: word = zh ? "比例" : "rate"
        case .number?: word = zh ? "数量" : "number"
        case .party?: word = zh ? "一方" : "a party"
        case .date?: word = zh ? "日期" : "date"
        case nil: word = "…"
        }
        return zh ? "（\(word)）" : "(\(word))"
    }

    /// Rule text is plain text: characters Markdown would read as markup are escaped.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
