import Foundation
import ClauseGuardText

/// Fills `{notice}` / `{notice.days}` in messages with extracted values.
public enum MessageTemplate {
    /// The `{name}` and `{name.field}` references in a template.
    static func references(in template: String) -> [String] {
        var out: [String] = []
        var current: String?
        for c in template {
            if c == "{" { current = "" }
            else if c == "}", let name = current {
                if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) { out.append(name) }
                current = nil
            } else if current != nil { current!.append(c) }
        }
        return out
    }

    public static func render(_ template: String, values: [String: ExtractedValue], chinese: Bool) -> String {
        // Most messages have nothing to fill in; skip the parse (it ran for every finding).
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = template
        for reference in references(in: template) {
            let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
            guard let value = values[parts[0]] else { continue }
            let replacement: String
            if parts.count > 1 {
                switch value.field(parts[1]) {
                case .number(let n)?: replacement = formatNumber(n)
                case .string(let s)?: replacement = s
                case nil: continue
                }
            } else {
                replacement = value.display(chinese: chinese)
            }
            result = result.replacingOccurrences(of: "{\(reference)}", with: replacement)
        }
        return result
    }

    static func formatNumber(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    }
}

