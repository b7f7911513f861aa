import ClauseGuardText

/// Static checks on a pattern as written, for mistakes that make a rule silently useless.
enum PatternLint {
    /// Characters that normalisation rewrites (NFKC full-width forms), so a pattern containing them never matches.
    static let normalisedAway: [Character: String] = [
        "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?", "％": "%", "　": " ",
        "０": "0", "１": "1", "２": "2", "３": "3", "４": "4", "５": "5", "６": "6", "７": "7", "８": "8", "９": "9",
    ]

    static func problems(in pattern: String, scope: Scope) -> [String] {
        var out: [String] = []
        let chars = Array(pattern)
        for (i, c) in chars.enumerated() {
            if let replacement = normalisedAway[c], !(i > 0 && chars[i - 1] == "\\") {
                out.append("pattern contains '\(c)', which normalisation turns into '\(replacement)': it can never match; write '\(replacement)'")
                break
            }
        }
        // \b is an ASCII word boundary: next to CJK text it never matches the way authors expect.
        for (i, c) in chars.enumerated() where c == "\\" && i + 1 < chars.count && chars[i + 1] == "b" {
            let before = i > 0 ? chars[i - 1] : " "
            let after = i + 2 < chars.count ? chars[i + 2] : " "
            if isCJK(before) || isCJK(after) {
                out.append("'\\b' next to Chinese text never matches there (no word boundary between CJK characters); remove it")
                break
            }
        }
        if scope != .sentence, let unbounded = unboundedWildcard(chars) {
            out.append("unbounded '\(unbounded)' in a \(scope.rawValue)-scoped pattern can run across a whole \(scope.rawValue); bound it, e.g. '.{0,30}' or '[^。]{0,30}'")
        }
        // A space between two CJK characters is removed by normalisation.
        for i in chars.indices.dropFirst().dropLast() where chars[i] == " " && isCJK(chars[i - 1]) && isCJK(chars[i + 1]) {
            out.append("pattern has a space between Chinese characters, which normalisation removes: it can never match")
            break
        }
        return out
    }

    /// `.*`, `.+`, `[^…]*`, `[^…]+` outside a bounded repetition.
    private static func unboundedWildcard(_ chars: [Character]) -> String? {
        var i = 0
        while i < chars.count {
            if chars[i] == "\\" { i += 2; continue }
            if chars[i] == "." || chars[i] == "]" {
                if i + 1 < chars.count, chars[i + 1] == "*" || chars[i + 1] == "+" {
                    if chars[i] == "." { return "." + String(chars[i + 1]) }
                    // Only negated classes ([^…]) can span a clause.
                    if let open = chars[..<i].lastIndex(of: "["), open + 1 < chars.count, chars[open + 1] == "^" {
                        return String(chars[open...(i + 1)])
                    }
                }
            }
            i += 1
        }
        return nil
    }

    static func isCJK(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return CJK.isCJK(scalar)
    }
}
