import Testing
import ClauseGuardModel
@testable import ClauseGuardRules

/// In the rules' view a sentence that opens by pointing back (上述成交金额…, 该项违约金…, "Such notice…") continues
/// the one before it: a pattern's "within the sentence" reads both, and `not_frame` sees the frames of both.
@Suite struct BackReferenceJoinTests {
    private static let yaml = """
    rules:
      - id: t.commission-on-refunds
        family: fees
        severity: medium
        lang: zh
        match:
          any:
            - "提成[^。]{0,40}退款[^。]{0,10}不予扣除"
        title: { zh: 提成含退款, en: Commission on refunds }
        message: { zh: 提成含退款, en: Commission on refunds }
      - id: t.daily-penalty
        family: penalty
        severity: medium
        lang: zh
        match:
          not_frame: { actor: provider, modality: [duty, none], action: pay_penalty }
          any:
            - "违约金[^。]{0,20}百分之一逐日计收"
        title: { zh: 日违约金, en: Daily penalty }
        message: { zh: 日违约金, en: Daily penalty }
      - id: t.long-notice
        family: notice
        severity: medium
        lang: en
        match:
          any:
            - "\\\\bterminate\\\\b[^.]{0,80}\\\\bsix months\\\\b"
        title: { zh: 通知期长, en: Long notice }
        message: { zh: 通知期长, en: Long notice }
    """

    private static func findings(_ paragraph: String) throws -> [String] {
        let (rules, diagnostics) = RuleFixture.rules(yaml)
        #expect(diagnostics.filter { $0.level == .error }.isEmpty)
        let lines = ["甲方（委托方）：某商贸公司", "乙方（服务方）：某网络公司", paragraph]
        let document = ContractDocument(source: "c.txt", format: .txt, blocks: lines.enumerated().map { Block(index: $0.offset, text: $0.element) })
        var set = RuleSet(rules)
        set.lexicons = OrFrameTests.lexicons
        return Analyzer(rules: set).analyze(document).findings.filter { $0.kind == .match }.map(\.ruleID)
    }

    @Test func aPointingBackSentenceIsReadWithTheOneBefore() throws {
        #expect(try Self.findings("乙方按店铺成交金额收取提成。上述成交金额中已发生退款的订单不予扣除。") == ["t.commission-on-refunds"])
        #expect(try Self.findings("乙方按店铺成交金额收取提成。对于前述成交金额，已发生退款的订单不予扣除。") == ["t.commission-on-refunds"])
    }

    @Test func anyOtherSentenceStaysApart() throws {
        #expect(try Self.findings("乙方按店铺成交金额收取提成。平台退款的订单不予扣除。").isEmpty)
    }

    @Test func notFrameReadsTheSentenceBeforeToo() throws {
        #expect(try Self.findings("甲方逾期付款的，每逾期一日应向乙方支付违约金。该项违约金按逾期款项的百分之一逐日计收。") == ["t.daily-penalty"])
        #expect(try Self.findings("乙方逾期交接的，每逾期一日应向甲方支付违约金。该项违约金按服务费的百分之一逐日计收。").isEmpty)
    }

    @Test func englishSuchOpensAContinuation() throws {
        #expect(try Self.findings("The Client may terminate by written notice. Such notice shall take effect six months after receipt.") == ["t.long-notice"])
        #expect(try Self.findings("The Client may terminate by written notice. Fees for the first six months are due at signing.").isEmpty)
    }
}
