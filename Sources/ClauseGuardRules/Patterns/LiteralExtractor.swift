/// Finds a literal run that every match of a pattern must contain, so the matcher can skip text without it
/// using a byte search instead of running the regex. Conservative: when unsure, it returns nil (no prefilter).
enum LiteralExtractor {
    static let minimumScalars = 2

    static func requiredLiteral(in pattern: String) -> String? {
        let scalars = Array(pattern.unicodeScalars)
        // A top-level alternation means no single literal is required.
        if hasTopLevelAlternation(scalars) { return nil }
        var best = "", current = ""
        var i = 0
        var depth = 0
        func flush() {
            if current.unicodeScalars.count > best.unicodeScalars.count { best = current }
            current = ""
        }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\\":
                flush(); i += 2; continue
            case "[":
                flush(); i = skipClass(scalars, from: i); continue
            case "(":
                flush(); depth += 1
            case ")":
                flush(); depth -= 1
                i = skipQuantifier(scalars, from: i + 1); continue
            case "{":
                flush()
                // Placeholder or quantifier: skip to the closing brace.
                while i < scalars.count, scalars[i] != "}" { i += 1 }
            case ".", "^", "$", "|":
                flush()
            case "?", "*", "+":
                flush()
            default:
                guard depth == 0 else { break }
                // A literal followed by ?, * or {0, is optional: it cannot be required.
                let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                if next == "?" || next == "*" || (next == "{" && i + 2 < scalars.count && scalars[i + 2] == "0") {
                    flush()
                } else if next == "+" || next == "{" {
                    current.unicodeScalars.append(c); flush()
                } else {
                    current.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        flush()
        let ascii = best.unicodeScalars.allSatisfy(\.isASCII)
        let needed = ascii ? 3 : minimumScalars
        return best.unicodeScalars.count >= needed ? best : nil
    }

    private static func hasTopLevelAlternation(_ scalars: [Unicode.Scalar]) -> Bool {
        var depth = 0, i = 0
        while i < scalars.count {
            switch scalars[i] {
            case "\\": i += 1
            case "[": i = skipClass(scalars, from: i) - 1
            case "(": depth += 1
            case ")": depth -= 1
            case "|" where depth == 0: return true
            default: break
            }
            i += 1
        }
        return false
    }

    /// Index just past a character class starting at `start`.
    private static func skipClass(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start + 1
        if i < scalars.count, scalars[i] == "^" { i += 1 }
        if i < scalars.count, scalars[i] == "]" { i += 1 }
        while i < scalars.count, scalars[i] != "]" {
            if scalars[i] == "\\" { i += 1 }
            i += 1
        }
        return min(i + 1, scalars.count)
    }

    private static func skipQuantifier(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        if i < scalars.count, "?*+".unicodeScalars.contains(scalars[i]) { i += 1 }
        else if i < scalars.count, scalars[i] == "{" {
            while i < scalars.count, scalars[i] != "}" { i += 1 }
            i += 1
        }
        if i < scalars.count, scalars[i] == "?" || scalars[i] == "+" { i += 1 }
        return i
    }
}
