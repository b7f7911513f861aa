import Testing
import ClauseGuardRules

/// A contract that names its parties 委托人 / 受托人 and never 甲方 / 乙方 is told about in its own words; one that uses
/// the letters keeps them.
@Suite struct ContractRoleWordsTests {
    @Test func findingsSayTheContractsRoleWords() throws {
        let result = PartyViewTests.analyze(["店铺托管协议", "委托人：张三", "受托人：李四", "委托人委托受托人运营其淘宝店铺。",
                                             "受托人有权根据市场行情随时调整服务费标准，无需委托人同意。"])
        let finding = try #require(result.findings.first { $0.ruleID == "fees.unilateral-adjustment" })
        #expect(finding.message.zh.contains("受托人"))
        #expect(!finding.message.zh.contains("乙方") && !finding.advice.zh.contains("甲方"))
        #expect(result.findings.allSatisfy { !$0.message.zh.contains("甲方") && !$0.message.zh.contains("乙方") })
    }

    @Test func aContractWithLettersKeepsThem() throws {
        let result = PartyViewTests.analyze(["店铺托管协议", "甲方（委托人）：张三", "乙方（受托人）：李四", "甲方委托乙方运营其淘宝店铺。",
                                             "乙方有权根据市场行情随时调整服务费标准，无需甲方同意。"])
        let finding = try #require(result.findings.first { $0.ruleID == "fees.unilateral-adjustment" })
        #expect(finding.message.zh.contains("乙方"))
    }
}
