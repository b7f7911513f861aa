import Testing
@testable import ClauseGuardText

@Suite struct NumberParserTests {
    @Test(arguments: [
        ("5000", 5000.0), ("5,000", 5000), ("5 000", 5000), ("5000.00", 5000), ("1,234,567.5", 1_234_567.5),
        ("５０００", 5000), ("30", 30), ("2,50,000", 250_000), ("1,00,00,000", 10_000_000),
        ("三十", 30), ("两", 2), ("十五", 15), ("一百二十", 120), ("三千五百", 3500), ("一万二千", 12000),
        ("二十万", 200_000), ("一百零五", 105), ("一千零五十", 1050), ("十", 10), ("零", 0), ("二〇二五", 2025),
        ("一百二", 120), ("三千五", 3500), ("一万二", 12000), ("十五点五", 15.5), ("一亿二千万", 120_000_000),
        ("壹万伍仟", 15000), ("叁拾", 30), ("贰佰", 200), ("壹仟零伍", 1005), ("叁萬", 30000),
        ("1.5万", 15000), ("3千", 3000), ("2.5亿", 250_000_000), ("10万", 100_000),
        ("one", 1), ("twenty", 20), ("twenty-five", 25), ("ninety nine", 99), ("one hundred and twenty", 120), ("one-twenty", 120), ("two fifty", 250),
        ("two thousand five hundred", 2500), ("a hundred", 100), ("Sixty", 60), ("THIRTY", 30),
        ("thirty (30)", 30), ("30 (thirty)", 30), ("five thousand (5,000)", 5000), ("半", 0.5),
    ])
    func parses(_ text: String, _ expected: Double) {
        #expect(NumberParser.parse(text) == expected, "\(text)")
        #expect(Placeholders.parse(.number, text) == .number(expected), "\(text)")
    }

    @Test(arguments: ["", "abc", "5,00", "1,2345", "1,00,00", "123,45,000", "三十x", "thirty-something", "5.", ",5", "百分之"])
    func rejects(_ text: String) {
        #expect(NumberParser.parse(text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("总价为5,000.50,", "5,000.50"),
        ("支付三千五百元", "三千五百"),
        ("within sixty (60) days", "sixty (60)"),
        ("one hundred and twenty days", "one hundred and twenty"),
        ("共1.5万", "1.5万"),
        ("金额 1,234,567.5 元", "1,234,567.5"),
    ])
    func fragmentCaptures(_ sentence: String, _ expected: String) throws {
        #expect(try PlaceholderHarness.capture(.number, in: sentence) == expected)
    }

    @Test func fragmentDoesNotMatchInsideWords() throws {
        #expect(try PlaceholderHarness.capture(.number, in: "someone, alone, often") == nil)
        #expect(try PlaceholderHarness.capture(.number, in: "Section 10") == "10")
    }

    /// 2000 seeded random values 0...99999 rendered as Chinese lower-case numerals parse back exactly.
    @Test func chineseLowerCaseRoundTrip() {
        var rng = SeededGenerator(seed: 20250820)
        var samples = (0..<2000).map { _ in Int.random(in: 0...99_999, using: &rng) }
        samples += [0, 1, 10, 11, 19, 20, 100, 101, 110, 1000, 1001, 1010, 10_000, 10_001, 10_010, 10_100, 99_999]
        for n in samples {
            let text = ChineseNumeralRenderer.render(n)
            #expect(NumberParser.parse(text) == Double(n), "\(n) → \(text)")
        }
    }

    @Test func chineseFinancialRoundTrip() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let n = Int.random(in: 0...99_999_999, using: &rng)
            let text = ChineseNumeralRenderer.render(n, financial: true)
            #expect(NumberParser.parse(text) == Double(n), "\(n) → \(text)")
        }
    }

    @Test func arabicRoundTripWithSeparators() {
        var rng = SeededGenerator(seed: 99)
        for _ in 0..<500 {
            let n = Int.random(in: 0...99_999_999, using: &rng)
            var grouped = ""
            for (i, c) in String(n).reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append(",") }
                grouped.append(c)
            }
            grouped = String(grouped.reversed())
            #expect(NumberParser.parse(grouped) == Double(n), "\(grouped)")
            #expect(NumberParser.parse(grouped.replacingAll(",", " ")) == Double(n), "\(grouped)")
        }
    }
}

extension String {
    func replacingAll(_ a: Character, _ b: Character) -> String { String(map { $0 == a ? b : $0 }) }
}
