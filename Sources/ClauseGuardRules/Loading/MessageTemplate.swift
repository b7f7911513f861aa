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

    public static func render(_ template: String, values: [String: ExtractedValue], language: Language) -> String {
        // Most messages have nothing to fill in; skip the parse (it ran for every finding).
        guard !values.isEmpty, template.utf8.contains(UInt8(ascii: "{")) else { return template }
        // One pass over the bytes: copy text, replace each `{reference}` that has a value, keep the others.
        var out = ""
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            out += rest[..<open]
            let afterOpen = rest.utf8.index(after: open)
            guard let close = rest.utf8[afterOpen...].firstIndex(of: UInt8(ascii: "}")) else {
                return out + rest[open...]
            }
            let name = rest[afterOpen..<close]
            if let inner = name.utf8.lastIndex(of: UInt8(ascii: "{")) {
                // "{a {b}": the reference is the innermost one.
                out += rest[open..<inner]
                rest = rest[inner...]
                continue
            }
            out += replacement(for: name, values, language: language) ?? String(rest[open...close])
            rest = rest[rest.utf8.index(after: close)...]
        }
        out += rest
        return out
    }

    private static func replacement(for reference: Substring, _ values: [String: ExtractedValue], language: Language) -> String? {
        guard !reference.isEmpty, reference.allSatisfy(isNameCharacter) else { return nil }
        let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
        guard let value = values[parts[0]] else { return nil }
        guard parts.count > 1 else { return value.display(in: language) }
        switch value.field(parts[1]) {
        case .number(let n)?: return formatNumber(n)
        case .string(let s)?: return s
        case nil: return nil
        }
    }

    /// A letter, digit, `_` or `.`; ASCII by its byte (the Unicode properties cost more than the rest of filling a message).
    private static func isNameCharacter(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return (ascii | 0x20) &- 0x61 < 26 || ascii &- 0x30 < 10 || ascii == 0x5F || ascii == 0x2E }
        return c.isLetter || c.isNumber
    }

    public static func formatNumber(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    }
}

