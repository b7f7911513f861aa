import Testing
@testable import ClauseGuardRules

@Suite struct LiteralExtractorTests {
    @Test(arguments: [
        ("提前{duration:notice}(以)?书面(形式)?通知", "提前"),
        ("视为自动续约", "视为自动续约"),
        ("中途解约(的)?[^。]{0,10}不予?退", "中途解约"),
        ("自动(续约|续期)", "自动"),
        ("(甲方|乙方)有权", "有权"),
        ("shall automatically renew", "shall automatically renew"),
    ])
    func requiredLiterals(_ pattern: String, _ expected: String) {
        #expect(LiteralExtractor.requiredLiteral(in: pattern) == expected)
    }

    @Test(arguments: ["续约|续期", "自?动", "(a|b)c", "[0-9]+天"])
    func noLiteralWhenNoneIsRequired(_ pattern: String) {
        #expect(LiteralExtractor.requiredLiteral(in: pattern) == nil)
    }
}
