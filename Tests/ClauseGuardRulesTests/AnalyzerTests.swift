import Testing
import ClauseGuardModel
import ClauseGuardText
@testable import ClauseGuardRules

@Suite struct AnalyzerTests {
    let noticeRule = """
    id: notice.long
    family: notice
    severity: high
    lang: zh
    match:
      any: ["提前{duration:notice}(以)?书面(形式)?通知"]
    when: "notice.days > $max_days"
    params: { max_days: 15 }
    message: { zh: "解约需提前{notice}书面通知", en: "Termination needs {notice} written notice" }
    """

    @Test func conditionOnExtractedDuration() throws {
        let contract = """
        第十条 合同解除
        1. 任何一方解除本合同，应提前 三十 天书面通知对方。
        2. 甲方可提前10天书面通知乙方。
        """
        let findings = try RuleFixture.findings(noticeRule, contract)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.location?.clause == "第十条 合同解除 › 1")
        #expect(finding.values["notice"]?.field("days") == .number(30))
        #expect(finding.message.zh == "解约需提前30天书面通知")
        // The quote is the original text, full-width comma and spaces included.
        #expect(finding.location?.excerpt == "1. 任何一方解除本合同，应提前 三十 天书面通知对方。")
        #expect(finding.location?.matched == "提前 三十 天书面通知")
    }

    @Test func parameterOverrideChangesTheThreshold() throws {
        let rule = try RuleFixture.rule(noticeRule)
        let strict = RuleSet([rule]).configured(disabled: [], parameters: ["max_days": 5])
        let document = try RuleFixture.document("甲方可提前10天书面通知乙方。")
        #expect(Analyzer(rules: strict).analyze(document).findings.count == 1)
        #expect(Analyzer(rules: RuleSet([rule])).analyze(document).findings.isEmpty)
    }

    @Test func penaltyPercentAndFloorInOneSentence() throws {
        let rule = """
        id: penalty.floor
        family: penalty
        severity: high
        lang: zh
        match:
          all:
            - "剩余[^。]{0,10}{percent:rate}"
            - "(最低|不低于|至少)[^。]{0,6}{money:floor}"
        when: "rate.percent >= 30 and floor.amount >= 5000"
        message: { zh: "违约金为剩余费用的{rate}且最低{floor}", en: "Penalty {rate} of remaining fees, at least {floor}" }
        """
        let findings = try RuleFixture.findings(rule, "甲方提前解约的，应支付剩余服务费的30%作为违约金，最低不低于人民币伍仟元整。")
        let finding = try #require(findings.first)
        #expect(finding.values["rate"]?.field("percent") == .number(30))
        #expect(finding.values["floor"]?.field("amount") == .number(5000))
        #expect(finding.location?.highlights.count == 2)
        #expect(try RuleFixture.findings(rule, "甲方提前解约的，应支付剩余服务费的10%作为违约金，最低不低于人民币伍仟元整。").isEmpty)
    }

    @Test func notExcludesTheUnit() throws {
        let rule = """
        id: renewal.auto
        family: auto_renewal
        severity: high
        match:
          any: ["自动续约|视为续约|自动顺延"]
          not: ["书面确认"]
        message: x
        """
        #expect(try RuleFixture.findings(rule, "合同期满未提出异议的，视为续约一年。").count == 1)
        #expect(try RuleFixture.findings(rule, "合同期满经双方书面确认后方可续约，不得自动续约。").isEmpty)
    }

    @Test func clauseScopeNeedsBothPhrasesInOneArticle() throws {
        let rule = """
        id: termination.prepaid
        family: termination
        severity: high
        scope: clause
        match:
          all: ["解除|解约|终止", "不予?退还?"]
        message: x
        """
        let same = "第五条 退出\n1. 甲方中途解除合同的。\n2. 已付费用不予退还。\n第六条 其他\n本合同一式两份。"
        let apart = "第五条 退出\n1. 甲方可以解除合同。\n第六条 费用\n1. 已付费用不予退还。"
        let findings = try RuleFixture.findings(rule, same)
        #expect(findings.count == 1)
        #expect(findings.first?.location?.clause == "第五条 退出 › 1")
        #expect(try RuleFixture.findings(rule, apart).isEmpty)
    }

    @Test func missingRuleFiresOncePerDocumentAndRespectsLanguage() throws {
        let rule = """
        id: handover.none
        family: handover
        severity: high
        lang: zh
        scope: document
        missing:
          any: ["(交还|移交|交接)[^。]{0,30}(密码|账号|授权)"]
        message: { zh: 未约定交还账号密码, en: No credentials handover }
        """
        let lacking = try RuleFixture.findings(rule, "第一条 乙方负责运营。\n第二条 甲方支付服务费。")
        #expect(lacking.count == 1)
        #expect(lacking.first?.kind == .missing)
        #expect(lacking.first?.location == nil)
        #expect(try RuleFixture.findings(rule, "第九条 合同终止后3日内，乙方应交还店铺账号密码。").isEmpty)
        #expect(try RuleFixture.findings(rule, "1. The Provider shall operate the store.").isEmpty)
    }

    @Test func englishPatternsAreCaseInsensitiveAndExtractWordsWithFigures() throws {
        let rule = """
        id: renewal.en
        family: auto_renewal
        severity: high
        lang: en
        match:
          any: ["automatically renew[^.]{0,80}?(?:at least )?{duration:window} (?:prior|before)"]
        message: { zh: 自动续约, en: "Renews unless notice {window} before" }
        """
        let text = "This Agreement SHALL AUTOMATICALLY RENEW for successive terms unless either party gives notice at least sixty (60) days before the end of the term."
        let finding = try #require(try RuleFixture.findings(rule, text).first)
        #expect(finding.values["window"]?.field("days") == .number(60))
    }

    @Test func perspectiveSelectsRulesAndSeverity() throws {
        let rule = """
        id: p.side
        family: termination
        severity: high
        provider_severity: low
        match: "无责解约"
        message: x
        """
        let client = try RuleFixture.findings(rule, "甲方可无责解约。")
        let provider = try RuleFixture.findings(rule, "甲方可无责解约。", perspective: .provider)
        #expect(client.first?.severity == .high)
        #expect(provider.first?.severity == .low)
        let providerOnly = rule.replacingOccurrences(of: "match:", with: "perspective: provider\nmatch:")
        #expect(try RuleFixture.findings(providerOnly, "甲方可无责解约。").isEmpty)
    }

    @Test func catastrophicPatternIsAWarningNotAHang() throws {
        let rule = try RuleFixture.rule("id: slow\nfamily: other\nseverity: low\nmatch: \"(a+)+$\"\nmessage: x\n")
        let document = try RuleFixture.document(String(repeating: "a", count: 5000) + "!")
        let result = Analyzer(rules: RuleSet([rule])).analyze(document)
        #expect(result.warnings.first?.contains("backtracking budget") == true)
    }

    @Test func fingerprintIgnoresWhitespaceAndLocation() throws {
        let rule = "id: f\nfamily: other\nseverity: low\nmatch: 视为续约\nmessage: x\n"
        let a = try RuleFixture.findings(rule, "第一条 期限\n期满视为续约。")
        let b = try RuleFixture.findings(rule, "序言\n第一条 期限\n第二条 其他\n期满 视为续约。")
        #expect(a.first?.fingerprint == b.first?.fingerprint)
        #expect(a.first?.fingerprint != nil)
    }

    @Test func excerptIsTheSentenceThatHoldsTheMatch() throws {
        // The match starts exactly where the first sentence ends.
        let rule = "id: s\nfamily: termination\nseverity: high\nmatch: 中途解约的,已支付的服务费不予退还\nmessage: x\n"
        let finding = try #require(try RuleFixture.findings(rule, "11.3 甲方应提前30天通知乙方。中途解约的，已支付的服务费不予退还，甲方还应支付违约金。").first)
        #expect(finding.location?.excerpt == "中途解约的，已支付的服务费不予退还，甲方还应支付违约金。")
        let highlight = try #require(finding.location?.highlights.first)
        #expect(finding.location?.excerpt.utf8Slice(highlight.start..<highlight.end) == "中途解约的，已支付的服务费不予退还")
    }

    @Test func requiresLimitsARuleToTheContractsItIsAbout() throws {
        let rule = "id: m\nfamily: handover\nseverity: high\nlang: zh\nscope: document\nrequires: 店铺|代运营\nmissing: 交还[^。]{0,10}密码\nmessage: x\n"
        #expect(try RuleFixture.findings(rule, "第一条 乙方负责店铺运营。").count == 1)
        #expect(try RuleFixture.findings(rule, "第一条 乙方为甲方设计商品主图。").isEmpty)
    }
}
