import Testing
@testable import ClauseGuardText

@Suite struct PCRERegexTests {
    @Test func namedGroupsReturnUTF8Ranges() throws {
        let regex = try PCRERegex("提前(?<days>[0-9]+)天")
        let text = "甲方应提前30天通知"
        let match = try #require(try regex.firstMatch(in: text))
        let days = try #require(match.range(named: "days"))
        #expect(text.utf8Slice(days) == "30")
        #expect(text.utf8Slice(match.range) == "提前30天")
    }

    @Test func badPatternReportsOffset() {
        #expect(throws: RegexCompileError.self) { try PCRERegex("(unclosed") }
    }

    @Test func caselessAndAllMatches() throws {
        let regex = try PCRERegex("renew", caseInsensitive: true)
        #expect(try regex.allMatches(in: "Renew, RENEW and renew").count == 3)
    }

    @Test func catastrophicBacktrackingIsBounded() throws {
        let regex = try PCRERegex("^(a+)+$")
        let text = String(repeating: "a", count: 40) + "b"
        #expect(throws: RegexBudgetExceeded.self) { try regex.firstMatch(in: text, matchLimit: 100_000) }
    }
}
