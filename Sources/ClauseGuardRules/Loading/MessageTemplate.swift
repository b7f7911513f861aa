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
        guard !values.isEmpty, template.has("{") else { return template }
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
        guard !reference.isEmpty, isName(reference) else { return nil }
        let parts = nameAndField(reference)
        guard let value = values[parts.name] else { return nil }
        guard let field = parts.field else { return value.display(in: language) }
        switch value.field(field) {
        case .number(let n)?: return formatNumber(n)
        case .string(let s)?: return s
        case nil: return nil
        }
    }

    /// `notice.days` → ("notice", "days"), split at the first "." by its byte (a Character split cost more than the
    /// rest of filling the message); a reference that starts or ends with "." is split as `split(separator:)` does.
    private static func nameAndField(_ reference: Substring) -> (name: String, field: String?) {
        let bytes = reference.utf8
        guard bytes.first != UInt8(ascii: "."), bytes.last != UInt8(ascii: "."), let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else {
            let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.count > 1 ? parts[1] : nil)
        }
        return (String(reference[..<dot]), String(reference[reference.index(after: dot)...]))
    }

    /// Letters, digits, `_` and `.` only; an ASCII reference is checked byte by byte.
    private static func isName(_ reference: Substring) -> Bool {
        let bytes = reference.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return reference.allSatisfy(isNameCharacter) }
        return bytes.allSatisfy(isASCIINameByte)
    }

    /// A letter, digit, `_` or `.`; ASCII by its byte (the Unicode properties cost more than the rest of filling a message).
    private static func isNameCharacter(_ c: Character) -> Bool {
        if let ascii = c.asciiValue { return isASCIINameByte(ascii) }
        return c.isLetter || c.isNumber
    }

    private static func isASCIINameByte(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F || b == 0x2E }

    public static func formatNumber(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    }
}

