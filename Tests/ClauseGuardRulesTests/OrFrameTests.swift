import Foundation
import Testing
import ClauseGuardModel
@testable import ClauseGuardRules

/// `or_frame`: a pattern rule's other way to match. A sentence no pattern lists but whose frame the selector accepts is
/// a finding; a block the patterns matched is reported once; `not:` patterns still hold the frame back.
@Suite struct OrFrameTests {
    static let lexicons = PartyViewTests.pack.lexicons

    static let yaml = """
    rules:
      - id: t.price-change
        family: fees
        severity: high
        lang: zh
        match:
          any:
            - "乙方有权单方调整服务费"
          not:
            - "须经甲方书面同意"
          or_frame: { actor: provider, modality: right, action: change_price }
        title: { zh: 乙方可单方调价, en: Provider may change its fees }
        message: { zh: 乙方可单方调价, en: Provider may change its fees }
    """

    static func findings(_ clause: String) throws -> [Finding] {
        let rule = try RuleFixture.rule(yaml)
        let lines = ["甲方(委托方)：某店", "乙方(服务方)：某公司", clause]
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        var set = RuleSet([rule])
        set.lexicons = lexicons
        return Analyzer(rules: set).analyze(document).findings
    }

    @Test func frameFindsAWordingNoPatternLists() throws {
        #expect(try Self.findings("乙方可结合人力成本的变动情况调整服务费。").map(\.ruleID) == ["t.price-change"])
    }

    @Test func blockThePatternsMatchedIsReportedOnce() throws {
        #expect(try Self.findings("乙方有权单方调整服务费。").count == 1)
    }

    @Test func notPatternHoldsTheFrameBack() throws {
        #expect(try Self.findings("乙方可调整服务费，但须经甲方书面同意。").isEmpty)
    }

    @Test func orFrameOnAMissingRuleIsALoadError() {
        let (_, diagnostics) = RuleFixture.rules("""
        rules:
          - id: t.bad
            family: fees
            severity: high
            lang: zh
            missing:
              any: ["调整"]
              or_frame: { action: change_price }
            title: { zh: x, en: x }
            message: { zh: x, en: x }
        """)
        #expect(diagnostics.contains { $0.level == .error && $0.description.contains("or_frame") })
    }

    /// A pattern match names `{actor}` by the one role `or_frame` gives; without one the message would show the
    /// placeholder, so the rule does not load.
    @Test func actorInAMessageNeedsOneRoleInOrFrame() {
        func diagnostics(_ actor: String) -> [Diagnostic] {
            RuleFixture.rules("""
            rules:
              - id: t.actor
                family: fees
                severity: high
                lang: zh
                match:
                  any: ["调整服务费"]
                  or_frame: { \(actor)action: change_price }
                title: { zh: x, en: x }
                message: { zh: "{actor}可调整服务费", en: "{actor} may change the fee" }
            """).1.filter { $0.level == .error }
        }
        #expect(diagnostics("actor: provider, ").isEmpty)
        #expect(diagnostics("").contains { $0.description.contains("{actor}") })
        #expect(diagnostics("actor: [client, provider], ").contains { $0.description.contains("{actor}") })
    }
}
