import Testing
@testable import ClauseGuardRules

/// Rule files are composed without YAML's implicit tag resolution (for start-up time): flags and numbers are still
/// read from their text.
@Suite struct RuleScalarTests {
    private func rule(caseSensitive: String?) throws -> Rule {
        try RuleFixture.rule("""
        id: t.case
        family: notice
        severity: high
        lang: en
        \(caseSensitive.map { "case_sensitive: \($0)" } ?? "")
        match:
          any: ["Net {duration:days}"]
        when: "days.days > max_days"
        params: { max_days: 45 }
        message: { zh: "x", en: "x" }
        """)
    }

    @Test func caseSensitiveFlagAndNumericParams() throws {
        for (value, sensitive) in [("true", true), ("yes", true), ("True", true), ("false", false), ("no", false)] {
            let rule = try rule(caseSensitive: value)
            #expect(rule.any.first?.regex.caseInsensitive == !sensitive, "case_sensitive: \(value)")
            #expect(rule.params["max_days"] == 45)
        }
        #expect(try rule(caseSensitive: nil).any.first?.regex.caseInsensitive == true, "case-insensitive unless the rule says so")
    }
}
