import Testing
import ClauseGuardText

/// Values parsed once for the run give every contract what parsing its own text gives, including texts that do not
/// parse.
@Suite struct ParsedValuesTests {
    @Test func runTableAnswersAsParsing() {
        let texts: [(PlaceholderKind, String)] = [(.duration, "三十日"), (.duration, "30 days"), (.duration, "不是期间"),
                                                  (.percent, "百分之五"), (.percent, "5 percent"), (.percent, "x"), (.money, "5,000元")]
        for _ in 0..<2 {
            // A new table per contract, as the analysis makes one; the second round is answered from the run's table.
            let parsed = ParsedValues()
            for (kind, text) in texts {
                #expect(parsed.value(kind, text) == Placeholders.parse(kind, text), "\(kind) \(text)")
                #expect(parsed.value(kind, text) == Placeholders.parse(kind, text))
            }
        }
    }

    /// The words a percentage is written with are removed only where they are, as before.
    @Test func percentWordsAndBrackets() {
        #expect(Placeholders.parse(.percent, "thirty percent (30%)") == Placeholders.parse(.percent, "30%"))
        #expect(PercentParser.parse("5 per cent") == 5)
        #expect(PercentParser.parse("5‰") == 0.5)
        #expect(PercentParser.parse("百分之十") == 10)
    }
}
