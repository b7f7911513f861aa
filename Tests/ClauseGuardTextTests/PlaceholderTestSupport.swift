import Testing
@testable import ClauseGuardText

/// Compiles `(?<v>FRAGMENT)` once per kind and returns the text the first match captures.
enum PlaceholderHarness {
    static let regexes: [PlaceholderKind: PCRERegex] = {
        var out: [PlaceholderKind: PCRERegex] = [:]
        for kind in PlaceholderKind.allCases {
            out[kind] = try! PCRERegex("(?<v>" + Placeholders.pattern(for: kind) + ")")
        }
        return out
    }()

    /// The captured text of the first match in the normalised sentence, or nil.
    static func capture(_ kind: PlaceholderKind, in sentence: String) throws -> String? {
        let text = NormalizedText(sentence).text
        guard let match = try regexes[kind]!.firstMatch(in: text), let r = match.range(named: "v") else { return nil }
        return text.utf8Slice(r)
    }

    /// All captured texts, left to right.
    static func captures(_ kind: PlaceholderKind, in sentence: String) throws -> [String] {
        let text = NormalizedText(sentence).text
        return try regexes[kind]!.allMatches(in: text).compactMap { $0.range(named: "v").map { text.utf8Slice($0) } }
    }
}

/// A seeded generator (SplitMix64) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Renders 0...99_999_999 as Chinese numerals, the way contracts write them.
enum ChineseNumeralRenderer {
    static let lower = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    static let lowerUnits = ["", "十", "百", "千"]
    static let upper = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let upperUnits = ["", "拾", "佰", "仟"]

    static func render(_ n: Int, financial: Bool = false) -> String {
        if n == 0 { return "零" }
        let wan = n / 10_000, rest = n % 10_000
        var out = ""
        if wan > 0 { out = section(wan, financial: financial, leading: true) + (financial ? "万" : "万") }
        if rest > 0 {
            if wan > 0 && rest < 1000 { out += "零" }
            out += section(rest, financial: financial, leading: wan == 0)
        }
        return out
    }

    /// 1...9999. "十五" rather than "一十五" when the section leads the number (lower-case only).
    static func section(_ n: Int, financial: Bool, leading: Bool) -> String {
        let digits = financial ? upper : lower
        let units = financial ? upperUnits : lowerUnits
        var out = ""
        var zeroPending = false
        for position in stride(from: 3, through: 0, by: -1) {
            let p = Int(pow10(position))
            let d = (n / p) % 10
            if d == 0 {
                if !out.isEmpty { zeroPending = true }
                continue
            }
            if zeroPending { out += "零"; zeroPending = false }
            if !financial && leading && out.isEmpty && position == 1 && d == 1 {
                out += "十"
            } else {
                out += digits[d] + units[position]
            }
        }
        return out
    }

    static func pow10(_ e: Int) -> Int { [1, 10, 100, 1000][e] }
}
