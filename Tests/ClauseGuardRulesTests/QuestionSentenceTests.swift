import Testing
import ClauseGuardModel
@testable import ClauseGuardRules

/// FAQ-style terms ask a question and answer it in the next sentence; a sentence rule reads the two as one, since the
/// question is the answer's subject.
@Suite struct QuestionSentenceTests {
    let rule = """
    id: renewal.window
    family: auto_renewal
    severity: medium
    lang: en
    match:
      any: ["(don't|do not) want to renew[^.]{0,40}?{duration:window} before"]
    message: { zh: "须提前{window}", en: "Tell them {window} ahead" }
    """

    @Test func theAnswerIsReadWithItsQuestion() throws {
        let findings = try RuleFixture.findings(rule, "Don't want to renew? Tell us at least 90 days before your end date. Late is too late.")
        let finding = try #require(findings.first)
        #expect(finding.values["window"]?.field("days") == .number(90))
        // The quote is the question and its answer, not the sentence after.
        #expect(finding.location?.excerpt == "Don't want to renew? Tell us at least 90 days before your end date.")
    }

    @Test func aStatementIsNotJoinedToTheNextSentence() throws {
        #expect(try RuleFixture.findings(rule, "We don't want to renew. Tell us at least 90 days before your end date.").isEmpty)
    }

    @Test func aChineseQuestionMarkJoinsToo() throws {
        let zh = """
        id: renewal.zh-window
        family: auto_renewal
        severity: medium
        lang: zh
        match:
          any: ["不想续[^。]{0,10}提前{duration:window}"]
        message: { zh: "须提前{window}", en: "Tell them {window} ahead" }
        """
        let findings = try RuleFixture.findings(zh, "不想续约？请至少提前两个月告诉我们。")
        #expect(findings.first?.values["window"]?.field("days") == .number(60))
    }

    /// An answer that only says no denies its question: the question's words say nothing of the contract.
    @Test func aQuestionAnsweredNoIsNotRead() throws {
        let renewal = """
        id: renewal.automatic
        family: auto_renewal
        severity: high
        lang: en
        match:
          any: ["renew automatically"]
        message: { zh: "自动续约", en: "Renews automatically" }
        """
        #expect(try RuleFixture.findings(renewal, "Q: Does my plan renew automatically? A: No. Your plan ends on its end date.").isEmpty)
        // Near miss: a yes keeps the question.
        #expect(try !RuleFixture.findings(renewal, "Q: Does my plan renew automatically? A: Yes, for another year.").isEmpty)
        let zh = """
        id: renewal.zh-automatic
        family: auto_renewal
        severity: high
        lang: zh
        match:
          any: ["自动续约"]
        message: { zh: "自动续约", en: "Renews automatically" }
        """
        #expect(try RuleFixture.findings(zh, "问：合同到期会自动续约吗？答：不会。合同到期即终止。").isEmpty)
        #expect(try !RuleFixture.findings(zh, "问：合同到期会自动续约吗？答：会的，按原价续一年。").isEmpty)
        // 不包括 denies what the question says a base holds.
        let base = """
        id: fees.zh-refunds-in-base
        family: fees
        severity: medium
        lang: zh
        match:
          any: ["提成[^。]{0,6}包括[^。]{0,4}退款"]
        message: { zh: "提成含退款", en: "Commission includes refunds" }
        """
        #expect(try RuleFixture.findings(base, "问：提成基数包括退款订单吗？答：不包括。提成以已签收订单计算。").isEmpty)
        #expect(try !RuleFixture.findings(base, "问：提成基数包括退款订单吗？答：包括，退款订单照样计提成。").isEmpty)
    }
}
