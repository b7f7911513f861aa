import Testing
import ClauseGuardModel
@testable import ClauseGuardRules

/// Negation handled once, in the engine (issue 13 § 3): a protection found right after a waiver word (无需…同意,
/// "without the consent of") is no protection, for `not:` patterns and for `missing:` rules alike.
@Suite struct WaiverTests {
    static let pack = PartyViewTests.pack

    static func findings(_ yaml: String, _ text: String) throws -> [Finding] {
        var rules = RuleSet([try RuleFixture.rule(yaml)])
        rules.lexicons = pack.lexicons
        return Analyzer(rules: rules).analyze(try RuleFixture.document(text)).findings
    }

    static let topUpRisk = topUp(approval: "(须|需|应)[^。]{0,6}(征得|经)(甲方)[^。]{0,6}同意")

    /// A top-up risk rule whose protection (its `not:` pattern) is `approval`.
    static func topUp(approval: String) -> String {
        """
        id: t.top-up
        family: ad_spend
        severity: high
        lang: zh
        match:
          any: ["乙方[^。]{0,10}自行[^。]{0,10}充值"]
          not: ["\(approval)"]
        title: { zh: t, en: t }
        message: { zh: t, en: t }
        """
    }

    static let approvalMissing = """
        id: t.no-approval
        family: ad_spend
        severity: medium
        lang: [zh, en]
        scope: document
        missing:
          any:
            - "(推广|充值)[^。]{0,40}(须|需|应)[^。]{0,6}(征得|经)(甲方)[^。]{0,6}同意"
            - "prior written consent of (the )?client"
        title: { zh: t, en: t }
        message: { zh: t, en: t }
        """

    /// The bug of issue 13: adding "无需另行征得甲方同意" removed both the risk and the missing-approval finding.
    @Test func aWaivedApprovalIsNoApproval() throws {
        let text = "乙方可根据运营需要自行充值推广费用，无需另行征得甲方同意。"
        #expect(try Self.findings(Self.topUpRisk, text).count == 1)
        #expect(try Self.findings(Self.approvalMissing, text).count == 1)
    }

    /// 不可撤销 (irrevocable) is a property of what is granted, not the half of a double negation that keeps the
    /// protection: the waiver after it still lifts the approval.
    @Test func anIrrevocableGrantIsNoProhibition() throws {
        let text = "甲方授予乙方一项不可撤销的授权，乙方可自行充值推广费用，无需另行征得甲方同意。"
        #expect(try Self.findings(Self.topUpRisk, text).count == 1)
    }

    @Test func aRealApprovalStillCounts() throws {
        let text = "乙方自行充值推广费用前，须事先征得甲方书面同意。"
        #expect(try Self.findings(Self.topUpRisk, text).isEmpty)
        #expect(try Self.findings(Self.approvalMissing, text).isEmpty)
    }

    /// A waiver in another sub-clause lifts nothing: "无需通知甲方" is about notice, the approval stands.
    @Test func aWaiverElsewhereInTheSentenceLiftsNothing() throws {
        let text = "推广日报无需每日发送甲方,推广充值须经甲方书面同意。"
        #expect(try Self.findings(Self.approvalMissing, text).isEmpty)
    }

    @Test func englishWithoutConsent() throws {
        #expect(try Self.findings(Self.approvalMissing, "Agency may increase the budget without the prior written consent of Client.").count == 1)
        #expect(try Self.findings(Self.approvalMissing, "Agency may increase the budget only with the prior written consent of Client.").isEmpty)
    }

    /// "shall not, without consent, …" is a double negation: the sentence is the protection.
    @Test func aProhibitionKeepsTheProtection() throws {
        #expect(try Self.findings(Self.approvalMissing, "Agency shall not increase the budget without the prior written consent of Client.").isEmpty)
    }

    /// A prohibition in another clause of the sentence, past a semicolon ("甲方不得拒绝支付"), is no double negation:
    /// the approval stays waived.
    @Test func aProhibitionPastASemicolonKeepsNoProtection() throws {
        let text = "乙方可自行为甲方之广告账户充值，毋须事先征得甲方同意；充值款项于下期账单内向甲方收取，甲方不得拒绝支付。"
        #expect(try Self.findings(Self.topUpRisk, text).count == 1)
    }

    /// A pattern that spells the waiver itself ("无需…另行付费" as the protection) is taken as written.
    @Test func aPatternThatSpellsTheWaiverIsTakenAsWritten() throws {
        let yaml = """
            id: t.pay-for-originals
            family: ip
            severity: medium
            lang: zh
            match:
              any: ["移交[^。]{0,20}源文件"]
              not: ["无需[^。]{0,6}另行付费"]
            title: { zh: t, en: t }
            message: { zh: t, en: t }
            """
        #expect(try Self.findings(yaml, "乙方应移交全部源文件,无需甲方另行付费。").isEmpty)
    }

    /// Characters listed in a class ("[不需须]") spell no waiver word: the engine still reads the negation for the pattern.
    @Test func aCharacterClassSpellsNoWaiver() throws {
        let yaml = Self.topUp(approval: "[必须需不需]{1,2}[^。]{0,6}(征得|经)(甲方)[^。]{0,6}同意")
        #expect(try Self.findings(yaml, "乙方可根据运营需要自行充值推广费用，无需另行征得甲方同意。").count == 1)
        #expect(try Self.findings(yaml, "乙方自行充值推广费用前，必须事先征得甲方书面同意。").isEmpty)
    }

    /// The whole pack on the issue's sentence: the high risk and the missing approval both come back.
    @Test func thePackOnTheIssuesWording() throws {
        let text = "第一条 乙方可根据店铺运营需要自行充值直通车、千川等推广费用，无需另行征得甲方同意，相关费用由甲方承担。"
        let ids = Analyzer(rules: Self.pack).analyze(try RuleFixture.document(text)).findings.map(\.ruleID)
        #expect(ids.contains("ad_spend.spend-without-approval"))
        #expect(ids.contains("ad_spend.no-approval-clause"))
    }
}
