import Testing
import Foundation
@testable import ClauseGuardText

/// A start-gated value pattern must find exactly what the unanchored pattern finds: its start characters are a
/// promise that no match begins anywhere else.
@Suite struct StartGatedRegexTests {
    static let kinds: [(name: String, pattern: String, starts: StartCharacters)] = [
        ("duration", DurationParser.pattern, DurationParser.starts),
        ("money", MoneyParser.pattern, MoneyParser.starts),
        ("percent", PercentParser.pattern, PercentParser.starts),
    ]

    /// Every match of the plain pattern, as ranges.
    static func plain(_ pattern: String, _ text: String) throws -> [Range<Int>] {
        try PCRERegex(pattern, caseInsensitive: true).allMatches(in: text).map(\.range)
    }

    static func gated(_ kind: (name: String, pattern: String, starts: StartCharacters), _ text: String) throws -> [Range<Int>] {
        try StartGatedRegex(kind.pattern, caseInsensitive: true, starts: kind.starts).ranges(in: Array(text.utf8))
    }

    @Test(arguments: [
        "提前30天书面通知，违约金为剩余服务费的30%，最低5000元", "半个月内；提前半个月；前半个月",
        "thirty (30) days' prior written notice and USD 10,000 or $5,000.00", "1-1/2% per month, 30 per cent, (30%) percent",
        "人民币伍仟元整（¥5,000.00）, RMB 5,000元, HK$300, €20, 美元100, 港币50, 欧元20", "三成；千分之五；万分之2；百分之十五点五",
        "Half a year, half-year, a hundred days, One Hundred and Twenty (120) Calendar Days", "２０２５年８月２０日起９０日内",
        "ſeven days", "", "no numbers here at all", "£850, GBP 2,000, A$1,200, aud 75, S$20,000, NZ$9, ₹2,50,000, Rs. 1,60,000, rs 5", "第15日生效，自2024年起三年", "fees of 5% to 10% (inclusive)",
    ])
    func samePlacesAsThePlainPattern(text: String) throws {
        for kind in Self.kinds {
            #expect(try Self.gated(kind, text) == Self.plain(kind.pattern, text), "\(kind.name): \(text)")
        }
    }

    /// The repository's own contract texts, line by line: Chinese model contracts and labelled clauses in both languages.
    @Test func samePlacesOnTheRepositoryTexts() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = try #require(FileManager.default.enumerator(at: root.appendingPathComponent("eval"), includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { ["txt", "jsonl"].contains($0.pathExtension) }
        var lines = 0, matches = 0
        let plain = try Self.kinds.map { try PCRERegex($0.pattern, caseInsensitive: true) }
        let gated = try Self.kinds.map { try StartGatedRegex($0.pattern, caseInsensitive: true, starts: $0.starts) }
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let text = String(line)
                lines += 1
                for k in Self.kinds.indices {
                    let expected = try plain[k].allMatches(in: text).map(\.range)
                    matches += expected.count
                    let found = try gated[k].ranges(in: Array(text.utf8))
                    #expect(found == expected, "\(Self.kinds[k].name) in \(file.lastPathComponent): \(text.prefix(120))")
                }
            }
        }
        // Enough text for the comparison to mean something.
        #expect(lines > 10_000 && matches > 2_000, "\(lines) lines, \(matches) matches")
    }
}
