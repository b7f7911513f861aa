/// Turns a clause path into the citation a lawyer writes: decimal numbers replace their parents
/// (`8` › `8.2` → `8.2`) and bracketed sub-items attach to them (`8.2` › `(a)` → `8.2(a)`);
/// other entries are joined with ` › ` (`第八条 违约责任 › 2`).
public enum ClauseCitation {
    public static func display(_ path: [String]) -> String {
        var parts: [String] = []
        for entry in path {
            guard let last = parts.last else { parts.append(entry); continue }
            let lastNumber = leadingDecimal(last)
            if let number = leadingDecimal(entry), let parent = lastNumber, number.hasPrefix(parent + ".") {
                parts[parts.count - 1] = entry
            } else if entry.hasPrefix("("), lastNumber != nil || last.hasSuffix(")") {
                parts[parts.count - 1] = last.split(separator: " ").first.map(String.init)! + entry
            } else {
                parts.append(entry)
            }
        }
        return parts.joined(separator: " › ")
    }

    /// "8.2" from "8.2 Fees", "8" from "8. Term"; nil when the entry does not start with a decimal number.
    public static func leadingDecimal(_ entry: String) -> String? {
        var number = ""
        for ch in entry {
            if ch.isASCII && ch.isNumber { number.append(ch) }
            else if ch == "." && !number.isEmpty && !number.hasSuffix(".") { number.append(ch) }
            else { break }
        }
        while number.hasSuffix(".") { number.removeLast() }
        return number.isEmpty ? nil : number
    }
}
