import ClauseGuardText

/// Checks that need the whole loaded rule (not one YAML node): examples present, every pattern exercised.
public enum RuleLinter {
    public static func lint(_ rules: RuleSet) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for rule in rules.rules {
            func warn(_ message: String) {
                out.append(Diagnostic(file: rule.origin.file, line: rule.origin.line, level: .warning, message: message, ruleID: rule.id))
            }
            let positives = rule.examples.filter { if case .finding = $0.expect { true } else { false } }
            let negatives = rule.examples.count - positives.count
            if positives.isEmpty { warn("rule has no positive example") }
            if negatives == 0 { warn("rule has no negative example") }
            for (name, text) in [("message", rule.message), ("explanation", rule.explanation), ("advice", rule.advice)] {
                if text.zh.isEmpty || text.en.isEmpty { warn("'\(name)' needs both zh and en text") }
            }
            // An `any` pattern none of the positive examples exercises may never match anything.
            let texts: [String] = positives.compactMap { if case .text(let t) = $0.input { NormalizedText(t).text } else { nil } }
            if !texts.isEmpty && positives.count == texts.count && rule.kind == .match {
                for pattern in rule.any where !texts.contains(where: { pattern.regex.matches($0) }) {
                    warn("pattern '\(pattern.source)' matches none of the rule's positive examples")
                }
            }
        }
        return out
    }
}
