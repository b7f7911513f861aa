import ClauseGuardText

/// The text of `clauseguard rules explain ID`.
public enum RuleExplanation {
    public static func render(_ rule: Rule, languages: [Language]) -> String {
        var lines = ["\(rule.id)  [\(rule.family), \(rule.severity.rawValue)\(rule.providerSeverity.map { ", as provider: \($0.rawValue)" } ?? "")]"]
        lines.append("defined at \(rule.origin)")
        lines.append("kind: \(rule.kind == .missing ? "missing (fires when no \(rule.scope.rawValue) matches)" : "match"), scope: \(rule.scope.rawValue), languages: \(rule.languages.joined(separator: ", ")), perspective: \(rule.perspective.rawValue)")
        for lang in languages {
            let zh = lang == .zh
            lines.append("")
            lines.append("\(zh ? "标题" : "Title"): \(rule.title[lang])")
            lines.append("\(zh ? "提示" : "Message"): \(rule.message[lang])")
            if !rule.explanation.isEmpty { lines.append("\(zh ? "风险说明" : "Why"): \(rule.explanation[lang])") }
            if !rule.advice.isEmpty { lines.append("\(zh ? "建议" : "Advice"): \(rule.advice[lang])") }
        }
        lines.append("")
        for (name, patterns) in [("any", rule.any), ("all", rule.all), ("not", rule.not)] where !patterns.isEmpty {
            lines.append("\(name):")
            for p in patterns { lines.append("  - \(p.source)") }
        }
        if let condition = rule.conditionSource { lines.append("when: \(condition)") }
        if !rule.params.isEmpty {
            lines.append("params: " + rule.params.sorted { $0.key < $1.key }.map { "\($0.key) = \(MessageTemplate.formatNumber($0.value))" }.joined(separator: ", "))
        }
        if !rule.examples.isEmpty {
            lines.append("examples:")
            for example in rule.examples {
                let input: String
                switch example.input {
                case .text(let t): input = t
                case .file(let f): input = "file \(f)"
                }
                let expect: String
                switch example.expect {
                case .none: expect = "no finding"
                case .finding(let values): expect = values.isEmpty ? "finding" : "finding " + values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                }
                lines.append("  - \(input)  → \(expect)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
