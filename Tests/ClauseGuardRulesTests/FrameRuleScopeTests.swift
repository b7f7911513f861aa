import Testing
import ClauseGuardModel
@testable import ClauseGuardRules

/// What a frame rule's patterns read: the frame's sentence, the question it answers, or with `scope: clause` its whole
/// paragraph (the reciprocity of an indemnity is often the next sentence); never the whole contract.
@Suite struct FrameRuleScopeTests {
    private static func yaml(scope: String) -> String {
        """
        rules:
          - id: t.one-way-indemnity
            family: liability
            severity: medium
            lang: en
            \(scope)
            match:
              frame: { actor: client, action: indemnify }
              any:
                - "\\\\bno reciprocal indemnity\\\\b"
            title: { zh: 单方赔偿, en: One-way indemnity }
            message: { zh: 单方赔偿, en: One-way indemnity }
        """
    }

    private static func findings(_ paragraph: String, scope: String) throws -> [Finding] {
        let rule = try RuleFixture.rule(yaml(scope: scope))
        let lines = ["This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\").", paragraph]
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        var set = RuleSet([rule])
        set.lexicons = OrFrameTests.lexicons
        return Analyzer(rules: set).analyze(document).findings
    }

    private static let paragraph = "The Client shall indemnify the Agency against all claims. No reciprocal indemnity is given by the Agency."

    @Test func clauseScopeReadsTheNextSentenceAndQuotesTheFramesOwn() throws {
        let found = try Self.findings(Self.paragraph, scope: "scope: clause")
        #expect(found.count == 1)
        #expect(found.first?.location?.excerpt == "The Client shall indemnify the Agency against all claims.")
    }

    @Test func sentenceScopeReadsOnlyTheFramesSentence() throws {
        #expect(try Self.findings(Self.paragraph, scope: "").isEmpty)
    }

    @Test func documentScopeIsALoadError() {
        let (_, diagnostics) = RuleFixture.rules(Self.yaml(scope: "scope: document"))
        #expect(diagnostics.contains { $0.level == .error && $0.description.contains("'frame' rule") })
    }
}
