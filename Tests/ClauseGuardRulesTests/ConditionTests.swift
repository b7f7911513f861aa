import Testing
import ClauseGuardText
@testable import ClauseGuardRules

@Suite struct ConditionTests {
    let names: Set<String> = ["notice", "party", "floor"]

    /// 45 days' notice, 乙方, no floor captured: the values one match of a rule would carry.
    let values: [String: ExtractedValue] = [
        "notice": .duration(DurationValue(value: 45, unit: .day)),
        "party": .party(PartyValue(label: "乙方", role: .provider)),
    ]

    @Test func parsesComparisonsAndLogic() throws {
        let condition = try ConditionParser.parse("notice.days > 30 and (party == 乙方 or not floor)", captureNames: names)
        #expect(condition.references.map(\.description) == ["notice.days", "party", "floor"])
        #expect(condition.evaluate(values, parameters: [:]))
        #expect(!condition.evaluate([:], parameters: [:]), "a reference to a value not captured is false")
        var shortNotice = values
        shortNotice["notice"] = .duration(DurationValue(value: 2, unit: .week))
        #expect(!condition.evaluate(shortNotice, parameters: [:]), "14 days is not > 30")
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var condition: String
        var expected: Bool
        var testDescription: String { "\(condition) → \(expected)" }
    }

    @Test(arguments: [
        Case(condition: "notice.days > 30", expected: true),
        Case(condition: "notice.days >= 45", expected: true),
        Case(condition: "notice.days > 45", expected: false),
        Case(condition: "notice.days <= 45 and notice.days < 46", expected: true),
        Case(condition: "notice.days == 45 and notice.days != 44", expected: true),
        Case(condition: "notice.weeks > 6", expected: true),
        Case(condition: "notice.unit == day", expected: true),
        Case(condition: "notice.unit == \"DAY\"", expected: true),       // strings compare case-insensitively
        Case(condition: "notice", expected: true),                        // a bare reference: the value was captured
        Case(condition: "floor", expected: false),
        Case(condition: "not floor", expected: true),
        Case(condition: "floor.amount < 1000", expected: false),          // missing value: false, whatever the comparison
        Case(condition: "not floor.amount < 1000", expected: true),
        Case(condition: "notice.hours > 1000", expected: true),
        Case(condition: "notice.nonsense > 0", expected: false),          // unknown field: no value
        Case(condition: "party == 乙方", expected: true),
        Case(condition: "party == 甲方", expected: false),
        Case(condition: "party != 甲方", expected: true),
        Case(condition: "party.role == provider", expected: true),
        Case(condition: "party == 30", expected: false),                  // a string against a number is never equal…
        Case(condition: "party != 30", expected: true),                   // …so it is always unequal
        Case(condition: "party == 乙方 or notice.days > 99 and floor", expected: true), // and binds tighter than or
        Case(condition: "(party == 甲方 or notice.days > 30) and not floor", expected: true),
        Case(condition: "party == 甲方 || notice.days > 30 && !floor", expected: true),
    ])
    func evaluatesAgainstCapturedValues(_ test: Case) throws {
        let condition = try ConditionParser.parse(test.condition, captureNames: names)
        #expect(condition.evaluate(values, parameters: [:]) == test.expected)
    }

    @Test func parametersResolve() throws {
        let condition = try ConditionParser.parse("notice.days >= $max", captureNames: names)
        #expect(condition.parameters == ["max"])
        #expect(condition.evaluate(values, parameters: ["max": 30]))
        #expect(condition.evaluate(values, parameters: ["max": 45]))
        #expect(!condition.evaluate(values, parameters: ["max": 60]))
        #expect(!condition.evaluate(values, parameters: [:]), "an unset parameter makes the comparison false")
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
