import Testing
import ClauseGuardTestSupport
import Foundation
@testable import ClauseGuardRules

@Suite struct RuleLoaderTests {
    let valid = """
    id: t.valid
    family: notice
    severity: high
    lang: zh
    match:
      any: ["提前{duration:notice}书面通知"]
    when: "notice.days > 30"
    message: { zh: "需提前{notice}通知", en: "Needs {notice} notice" }
    examples:
      - text: "应提前60日书面通知对方。"
        expect: { notice.days: 60 }
      - text: "应提前10日书面通知对方。"
        expect: none
    """

    @Test func validRuleLoads() throws {
        let rule = try RuleFixture.rule(valid)
        #expect(rule.id == "t.valid")
        #expect(rule.captures["notice"] == .duration)
        #expect(rule.any.first?.prefilter.description == #""提前" AND "书面通知""#)
    }

    private func errors(_ yaml: String) -> [String] {
        RuleFixture.rules(yaml).1.filter { $0.level == .error }.map(\.description)
    }

    @Test func unknownKeyIsReportedWithLineAndSuggestion() {
        let found = errors(valid.replacingOccurrences(of: "message:", with: "mesage:"))
        #expect(found.contains { $0.hasPrefix("test.yml:8: error: unknown key 'mesage' (did you mean 'message'?)") })
    }

    @Test func badRegexUnknownPlaceholderBadCondition() {
        #expect(errors(valid.replacingOccurrences(of: "书面通知\"]", with: "(书面通知\"]")).contains { $0.contains("bad regex") })
        #expect(errors(valid.replacingOccurrences(of: "{duration:notice}", with: "{durration:notice}")).contains { $0.contains("unknown placeholder {durration:notice}") })
        #expect(errors(valid.replacingOccurrences(of: "notice.days > 30", with: "notice.days >> 30")).contains { $0.contains("bad condition") })
        #expect(errors(valid.replacingOccurrences(of: "notice.days > 30", with: "notice.percent > 30")).contains { $0.contains("has no field 'percent'") })
    }

    @Test func patternsThatCanNeverMatch() {
        // Full-width comma is normalised away before matching.
        #expect(errors(valid.replacingOccurrences(of: "书面通知\"]", with: "书面通知，\"]")).contains { $0.contains("can never match") })
        #expect(errors(valid.replacingOccurrences(of: "\"提前", with: "\"\\\\b提前")).contains { $0.contains("\\b") })
        let clause = valid.replacingOccurrences(of: "lang: zh", with: "lang: zh\nscope: clause")
            .replacingOccurrences(of: "提前{duration:notice}书面通知", with: "提前.*{duration:notice}书面通知")
        #expect(errors(clause).contains { $0.contains("unbounded '.*'") })
        #expect(errors(valid.replacingOccurrences(of: "提前{duration:notice}书面通知", with: "(提前)?")).contains { $0.contains("matches empty text") })
    }

    @Test func brokenRuleIsSkippedOthersLoad() {
        let yaml = """
        rules:
          - id: a.good
            family: notice
            severity: low
            match: "书面通知"
            message: { zh: 书面, en: written }
          - id: a.bad
            family: notice
            severity: extreme
            match: "书面通知"
            message: x
        """
        let (rules, diagnostics) = RuleFixture.rules(yaml)
        #expect(rules.map(\.id) == ["a.good"])
        #expect(diagnostics.contains { $0.line == 9 && $0.message.contains("'severity' must be one of") })
    }

    @Test func duplicateIdsAndYmlYamlBothLoadAndEmptyFileSaysSo() throws {
        let dir = try TestFolder.make("rules")
        defer { try? FileManager.default.removeItem(at: dir) }
        let rule = "id: d.one\nfamily: notice\nseverity: low\nmatch: 书面通知\nmessage: x\n"
        try rule.write(to: dir.appendingPathComponent("a.yml"), atomically: true, encoding: .utf8)
        try rule.replacingOccurrences(of: "d.one", with: "d.two").write(to: dir.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        try rule.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        try "# nothing here\n".write(to: dir.appendingPathComponent("d.yml"), atomically: true, encoding: .utf8)
        let result = RuleLoader.load(paths: [dir.path])
        #expect(result.rules.rules.map(\.id) == ["d.one", "d.two"])
        #expect(result.diagnostics.contains { $0.file.hasSuffix("c.yaml") && $0.message.contains("duplicate rule id 'd.one'") })
        #expect(result.diagnostics.contains { $0.file.hasSuffix("d.yml") && $0.message == "file defines no rule" })
    }

    @Test func yamlSyntaxErrorHasALine() {
        let (_, diagnostics) = RuleFixture.rules("id: x\nfamily: [unclosed\nseverity: low\n")
        #expect(diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
        #expect((diagnostics.first?.line ?? 0) >= 2)
    }
}
