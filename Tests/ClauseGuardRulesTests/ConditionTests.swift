import Testing
import ClauseGuardText
@testable import ClauseGuardRules

@Suite struct ConditionTests {
    let names: Set<String> = ["notice", "party", "floor"]

    @Test func parsesComparisonsAndLogic() throws {
        let condition = try ConditionParser.parse("notice.days > 30 and (party == 乙方 or not floor)", captureNames: names)
        let values: [String: ExtractedValue] = [:]
        #expect(condition.evaluate(values, parameters: [:]) == false)
        #expect(condition.references.map(\.description) == ["notice.days", "party", "floor"])
    }

    @Test func parametersResolve() throws {
        let condition = try ConditionParser.parse("notice.days >= $max", captureNames: names)
        #expect(condition.parameters == ["max"])
    }

    @Test(arguments: [
        "notice.days >",            // missing right operand
        "notice.days = 30",         // single '='
        "(notice.days > 30",        // unclosed parenthesis
        "unknown.days > 3",         // not captured
        "notice.days > 30 30",      // trailing junk
        "\"open",                   // unterminated string
    ])
    func malformedConditionsAreErrors(_ source: String) {
        #expect(throws: ConditionParser.ParseError.self) { try ConditionParser.parse(source, captureNames: names) }
    }
}
