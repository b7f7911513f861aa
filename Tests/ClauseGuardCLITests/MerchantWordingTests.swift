import Testing
import Foundation

/// What a merchant reads in a Chinese report: no rule ids or English keys (they are for `--verbose`, json and
/// sarif), full-width punctuation in our own words, clauses cited the way a lawyer writes them, and a list of causes
/// shown once under its lead-in.
@Suite struct MerchantWordingTests {
    private func scan(_ sample: String, _ options: [String]) throws -> String {
        let path = CLIRunner.packageRoot.appendingPathComponent("SampleContracts/\(sample)").path
        let run = try CLIRunner.run(["scan", path] + options)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        return run.stdout
    }

    private let onesided = "01-daiyunying-onesided.docx"

    @Test(arguments: ["text", "md", "html"])
    func chineseReportHasNoRuleIDsOrEnglishKeys(_ format: String) throws {
        let out = try scan(onesided, ["--lang", "zh", "--format", format, "--no-color"])
        for leak in ["auto_renewal.silent-renewal", "termination.no-refund-on-exit", "tableCell", "段落"] {
            #expect(!out.contains(leak), "\(format): \(leak)")
        }
        #expect(out.contains("第十一条（合同的解除与终止）第11.2款"), "\(format)")
        #expect(!out.contains(" › "), "\(format)")
    }

    @Test func verboseShowsRuleIDsAndParagraphs() throws {
        let out = try scan(onesided, ["--lang", "zh", "--verbose", "--no-color"])
        #expect(out.contains("（auto_renewal.silent-renewal）"))
        #expect(out.contains("（段落 42，表格）"))
        let md = try scan(onesided, ["--lang", "zh", "--verbose", "--format", "md"])
        #expect(md.contains("`auto_renewal.silent-renewal`"))
    }

    @Test func chineseTextUsesFullWidthPunctuationButQuotesAsWritten() throws {
        let out = try scan(onesided, ["--lang", "zh", "--no-color"])
        #expect(out.contains("风险：高风险（分值 "))
        #expect(out.contains("     条款：第四条（服务费用及支付方式）第4.1款（表格）"))
        #expect(out.contains("提取值：比例 = 0.5%"))
        #expect(out.contains("风险说明：期满时若忘记提出异议，合同会自动延续一个期限，甲方要继续支付服务费；"))
        #expect(out.contains("“4.4　甲方逾期支付任何款项的，【每逾期一日"))
        #expect(!out.contains("风险说明: ") && !out.contains("建议: "))
    }

    @Test func aListOfCausesIsOneRightWithItsCauses() throws {
        let out = try scan(onesided, ["--lang", "zh", "--no-color"])
        #expect(!out.contains("有下列情形之一的」"))
        #expect(out.components(separatedBy: "可在下列情形之一时解除合同（第十一条（合同的解除与终止）第11.1款）").count == 2)
        #expect(out.contains("        – 甲方逾期支付任何款项超过七日的（第（1）项）"))
        #expect(!out.contains("「(1)"))
        // 6.2's bar on leaving when targets are missed is a finding, quoted with its condition.
        #expect(out.contains("甲方（委托方）不得提前解除合同"))
        #expect(out.contains("“运营目标未能实现的，乙方不承担任何责任，甲方不得以此为由要求退还或减免服务费，亦不得以此为由解除本合同。”"))
    }

    @Test func notesOnHiddenTextAndRedlinesSpeakChinese() throws {
        let out = try scan("04-taobao-custody-redline.docx", ["--lang", "zh", "--no-color"])
        #expect(!out.contains("w:vanish") && !out.contains("tracked change"))
        #expect(out.contains("⚠ 修订（乙方法务）：删除“10%”，插入“30%”"))
    }

    @Test func skippedFilesAreNamedInChinese() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["a.txt", "b.txt", "~$a.txt"] {
            try Data("第一条 服务期限\n1. 本合同期限一年。".utf8).write(to: dir.appendingPathComponent(name))
        }
        try Data("x".utf8).write(to: dir.appendingPathComponent("notes.png"))
        let run = try CLIRunner.run(["scan", dir.path, "--lang", "zh", "--no-color"])
        #expect(run.stdout.contains("；跳过：1 Office 锁定文件，1 非合同文件"), "\(run.stdout)")
    }

    @Test func englishReportKeepsRuleIDsAndCitesSections() throws {
        let saas = try scan("06-saas-subscription-en.docx", ["--lang", "en", "--no-color"])
        // 7.2(a)'s "uncured thirty (30) days after written notice" is a cure period, no notice term to cite.
        #expect(saas.contains("Section 7.2") && saas.contains("Section 4.2"))
        #expect(saas.contains("(auto_renewal."))
        let chinese = try scan(onesided, ["--lang", "en", "--no-color"])
        #expect(chinese.contains("(paragraph 42, table)"))
        #expect(!chinese.contains("tableCell"))
    }

    @Test func jsonKeepsTheRawPathAndClause() throws {
        let json = try scan(onesided, ["--lang", "zh", "--format", "json"])
        #expect(json.contains("\"clause\" : \"第十一条 合同的解除与终止 › 11.2\"") || json.contains("\"clause\":\"第十一条 合同的解除与终止 › 11.2\""))
        #expect(json.contains("auto_renewal.silent-renewal"))
        #expect(json.contains("tableCell"))
    }
}
