import Testing
import ClauseGuardModel
@testable import ClauseGuardRules

/// Issue 13 § 4: a missing protection says which article would have been the place for it.
@Suite struct ArticlePlacesTests {
    static let contract = [
        "店铺代运营服务合同",
        "甲方(委托方)：杭州某某服饰有限公司",
        "乙方(服务方)：广州某某电子商务有限公司",
        "第一条 服务内容",
        "乙方负责甲方天猫店铺的日常运营。",
        "第二条 合同的解除",
        "乙方有权随时解除本合同。",
    ]

    /// Read as a .txt contract is, so the articles get their clause paths.
    static func analyze() throws -> Analyzer.Result {
        Analyzer(rules: PartyViewTests.pack).analyze(try RuleFixture.document(contract.joined(separator: "\n")))
    }

    @Test func aMissingHandoverNamesTheTerminationArticle() throws {
        let result = try Self.analyze()
        let handover = try #require(result.findings.first { $0.ruleID == "handover.no-credentials-handover" })
        #expect(handover.kind == .missing)
        #expect(handover.place == "第二条 合同的解除")
    }

    @Test func noPlaceWhenNoArticleFits() throws {
        let result = try Self.analyze()
        // No article about data or confidentiality: the finding says nothing rather than guessing.
        let data = try #require(result.findings.first { $0.ruleID == "data.no-return-or-deletion" })
        #expect(data.place == nil)
    }

    @Test func headingsAreAListOfWords() {
        let (families, diagnostics) = RuleFamilies.parse(yaml: """
            families:
              - { id: a, zh: 甲, en: A, description: x, headings: [解除, Termination] }
              - { id: b, zh: 乙, en: B, description: y, headings: 解除 }
            """, file: "families.yml")
        #expect(families.family("a")?.headings == ["解除", "Termination"])
        #expect(diagnostics.contains { $0.message.contains("'headings' is a list of words") })
    }
}
