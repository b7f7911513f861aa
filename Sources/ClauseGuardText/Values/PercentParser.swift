import Foundation

/// Percentages: 30%, 30 %, 百分之三十, 百分之十五点五, 三成, 千分之五 (0.5), 万分之五 (0.05), 5‰,
/// thirty percent (30%), 30 per cent.
public enum PercentParser {
    typealias F = PatternFragments

    static let figureInBrackets = #"(?: ?\("# + F.arabic + #" ?(?:%|(?i:per ?cent)(?![A-Za-z]))\))"#
    static let percentWord = #"(?i:per ?cent|pct)(?![A-Za-z])"#

    /// "1-1/2%", "1 1/2 %", "1/2%": US contracts write rates as fractions.
    static let fraction = #"(?:(?:[0-9]{1,3}[- ])?[0-9]{1,2}/[0-9]{1,2} ?%)"#

    static let english = "(?:\(fraction)|\(F.englishOrFigure)(?: ?(?:[%‰]|\(percentWord)(?:\(figureInBrackets))?)"
        + "|\(figureInBrackets) ?\(percentWord)))"
    static let chinese = "(?:[百千万]分之(?:\(F.arabic)|[\(F.cnDigitChars)\(F.cnUnitChars)]{1,8}(?:点[\(F.cnDigitChars)]{1,6})?)"
        + "|\(F.notAfterNumber)(?:[一二两三四五六七八九]|十)成(?:[一二三四五六七八九](?![十百千万成]))?(?!不变))"

    public static let pattern = "(?:\(chinese)|\(english))"

    /// What a percentage begins with: a number (百分之 and 三成 begin with numerals), or the space or bracket of
    /// "(30%) per cent".
    public static let starts: StartCharacters = {
        var starts = F.numberStarts
        starts.insert(" (")
        return starts
    }()

    public static func parse(_ raw: String) -> Double? {
        let s = NumberParser.trim(raw)
        guard !s.isEmpty else { return nil }
        // Divided, not multiplied by 0.1: 千分之三 is then the double nearest 0.3, as "0.3%" would be.
        for (lead, divisor) in [("百分之", 1.0), ("千分之", 10.0), ("万分之", 100.0)] where s.hasPrefix(lead) {
            return NumberParser.parse(String(s.dropFirst(lead.count))).map { $0 / divisor }
        }
        if let cheng = s.firstIndex(of: "成") {
            guard let tens = NumberParser.parse(String(s[..<cheng])) else { return nil }
            let rest = String(s[s.index(after: cheng)...])
            if rest.isEmpty { return tens * 10 }
            guard let units = NumberParser.parse(rest) else { return nil }
            return tens * 10 + units
        }
        if let fraction = fractionValue(s) { return fraction }
        let perMille = s.contains("‰")
        var t = s.lowercased()
        // Foundation's replacement only where the word's bytes are (its search cost more than the rest of parsing):
        // the words are ASCII or a symbol without other forms, so no other bytes are equal to them.
        for w in ["per cent", "percent", "percent", "pct", "%", "‰"] where holds(t, w) { t = t.replacingOccurrences(of: w, with: "") }
        // "thirty percent (30%)" → "thirty  (30)": the bracket rule of the number parser applies.
        if holds(t, " )") { t = t.replacingOccurrences(of: " )", with: ")") }
        guard let v = NumberParser.parse(t) else { return nil }
        return perMille ? v / 10 : v
    }

    /// Whether `word`'s UTF-8 bytes occur in `text`'s.
    private static func holds(_ text: String, _ word: String) -> Bool {
        let t = Array(text.utf8), w = Array(word.utf8)
        guard !w.isEmpty, w.count <= t.count else { return w.isEmpty }
        return (0...(t.count - w.count)).contains { i in t[i] == w[0] && t[i..<(i + w.count)].elementsEqual(w) }
    }

    /// 1-1/2% → 1.5, 1/2% → 0.5; nil when the text is not a fraction.
    private static func fractionValue(_ s: String) -> Double? {
        guard s.hasSuffix("%"), s.contains("/") else { return nil }
        let body = s.dropLast().trimmingCharacters(in: .whitespaces)
        let parts = body.split(whereSeparator: { $0 == "-" || $0 == " " })
        guard let ratio = parts.last, parts.count <= 2 else { return nil }
        let nd = ratio.split(separator: "/")
        guard nd.count == 2, let n = Double(nd[0]), let d = Double(nd[1]), d > 0 else { return nil }
        let whole = parts.count == 2 ? Double(parts[0]) : 0
        guard let whole else { return nil }
        return whole + n / d
    }
}
