import Foundation

/// Renders the labels of OpenDocument lists and numbered headings the way LibreOffice shows them (`第一条`,
/// `1.2`, `(a)`), since LibreOffice does not write them into the file: counters per list style, reset when a
/// new list starts unless it continues the previous one (`text:continue-numbering`, `text:continue-list`).
struct OpenDocumentNumbering {
    /// Counters per list style; index = level (0-based), 0 = not yet counted.
    private var counters: [String: [Int]] = [:]
    static let levels = 10

    mutating func restart(_ style: String) { counters[style] = nil }

    /// Counts one item at `level` of the list styled `style` and returns its label, or nil for unnumbered levels.
    mutating func next(style: String, level: Int, startValue: Int?, levels: [Int: Level]) -> String? {
        guard (0..<Self.levels).contains(level) else { return nil }
        var values = counters[style] ?? Array(repeating: 0, count: Self.levels)
        if let startValue { values[level] = startValue }
        else if values[level] == 0 { values[level] = levels[level]?.start ?? 1 }
        else { values[level] += 1 }
        for deeper in (level + 1)..<Self.levels { values[deeper] = 0 }
        // Skipped levels (an item at level 2 straight after level 0) count from their start.
        for upper in 0..<level where values[upper] == 0 { values[upper] = levels[upper]?.start ?? 1 }
        counters[style] = values
        return Self.label(values: values, level: level, levels: levels)
    }

    typealias Level = OpenDocumentStyles.Level

    static func label(values: [Int], level: Int, levels: [Int: Level]) -> String? {
        guard let own = levels[level], let format = own.format, !format.isEmpty else { return nil }
        if let template = own.listFormat, template.contains("%") {
            var out = template
            for n in stride(from: level, through: 0, by: -1) {
                out = out.replacingOccurrences(of: "%\(n + 1)%", with: number(values[n], format: levels[n]?.format ?? "1"))
            }
            return out
        }
        let first = max(0, level - max(1, min(own.displayLevels, Self.levels)) + 1)
        let numbers = (first...level).map { number(values[$0], format: levels[$0]?.format ?? "1") }
        return own.prefix + numbers.joined(separator: ".") + own.suffix
    }

    /// A counter in an ODF `style:num-format`, through Word's renderer for the same styles.
    static func number(_ n: Int, format: String) -> String {
        let word: String
        switch format {
        case "1": word = "decimal"
        case "a": word = "lowerLetter"
        case "A": word = "upperLetter"
        case "i": word = "lowerRoman"
        case "I": word = "upperRoman"
        case "": return ""
        default:
            if format.hasPrefix("一") { word = "chineseCounting" }
            else if format.hasPrefix("壹") { word = "chineseLegalSimplified" }
            else if format.hasPrefix("甲") { word = "ideographTraditional" }
            else if format.hasPrefix("子") { word = "ideographZodiac" }
            else if format.hasPrefix("①") { word = "decimalEnclosedCircle" }
            else if format.hasPrefix("１") { word = "decimalFullWidth" }
            else { word = "decimal" }
        }
        return WordNumberFormat.format(n, as: word)
    }
}
