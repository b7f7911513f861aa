import Testing
import Foundation
import ClauseGuardTestSupport
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardReport
import ClauseGuardPipeline
import ClauseGuardText
import ClauseGuardModel

/// The report language is chosen one way for every format (CONTRIBUTING.md, "Report language"): what is said about
/// a contract is in the language asked for, else the contract's own; text about the whole batch is in the language
/// asked for, else the one all contracts share, else the fallback (LANG).
@Suite struct ReportLanguageTests {
    /// A Chinese contract that only rule A matches and an English one that only rule B matches; each message is
    /// distinct in each language, so the output shows which language each contract's findings were written in.
    private func mixedBatch() throws -> (BatchReport, RuleSet) {
        let dir = try TestFolder.make("languages")
        let zh = dir.appendingPathComponent("zh.txt").path, en = dir.appendingPathComponent("en.txt").path
        try Data("第一条 期满未提出异议的，视为自动续约。".utf8).write(to: URL(fileURLWithPath: zh))
        try Data("1. This agreement renews automatically unless either party objects in writing.".utf8).write(to: URL(fileURLWithPath: en))
        let yaml = """
        rules:
          - id: a.zh-only
            family: auto_renewal
            severity: high
            match: 视为自动续约
            message: { zh: 甲消息, en: A-message }
          - id: b.en-only
            family: auto_renewal
            severity: high
            match: renews automatically
            message: { zh: 乙消息, en: B-message }
        """
        let (parsed, diagnostics) = RuleLoader.parse(yaml: yaml, file: "t.yml")
        #expect(diagnostics.filter { $0.level == .error }.isEmpty)
        let rules = RuleSet(parsed)
        let contracts = BatchScanner(reader: ContractReader(), analyzer: Analyzer(rules: rules), jobs: 1).scan([zh, en])
        #expect(contracts.map(\.primaryLanguage) == [.zh, .en])
        return (BatchReport(version: "t", ruleCount: 2, perspective: .client, language: "auto", contracts: contracts, skipped: [:]), rules)
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test(arguments: ReportFormat.allCases)
    func eachContractSpeaksItsOwnLanguageInEveryFormat(_ format: ReportFormat) throws {
        let (report, rules) = try mixedBatch()
        let out = try format.renderer(options: RenderOptions(), rules: rules).render(report)
        let zhOwn = count("甲消息", in: out), enOwn = count("B-message", in: out)
        let zhOther = count("A-message", in: out), enOther = count("乙消息", in: out)
        switch format {
        case .json, .jsonl:
            // JSON carries both languages of every text; the reader picks.
            #expect(zhOwn > 0 && enOwn > 0 && zhOther > 0 && enOther > 0)
        case .csvMatrix, .csvTerms:
            // Family columns and symbols, or key-term values: no rule text.
            #expect(zhOwn + enOwn + zhOther + enOther == 0)
        case .sarif:
            // Results per contract in its language; rule descriptions are batch-level text, in the fallback (the
            // contracts disagree): rule A's English text appears there as often as rule B's, rule B's Chinese never.
            #expect(zhOwn == 1 && enOther == 0, "\(format): results in each contract's language")
            #expect(zhOther > 0 && zhOther == enOwn - 1, "\(format): both descriptions in English")
        case .text, .junit, .html, .md, .csv, .compact, .github:
            #expect(zhOwn > 0 && enOwn > 0, "\(format): each contract's finding in its own language")
            #expect(zhOther == 0 && enOther == 0, "\(format): no contract's finding in the other language")
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func anAskedLanguageIsUsedForEveryContract(_ format: ReportFormat) throws {
        let (report, rules) = try mixedBatch()
        for (asked, own, other) in [(Language.zh, ["甲消息", "乙消息"], ["A-message", "B-message"]),
                                    (.en, ["A-message", "B-message"], ["甲消息", "乙消息"])] where ![.json, .jsonl, .csvMatrix, .csvTerms].contains(format) {
            let out = try format.renderer(options: RenderOptions(language: asked), rules: rules).render(report)
            for text in own { #expect(out.contains(text), "\(format) --lang \(asked): \(text)") }
            for text in other { #expect(!out.contains(text), "\(format) --lang \(asked): \(text)") }
        }
    }

    @Test func batchLevelTextUsesTheSharedLanguageElseTheFallback() throws {
        let (mixed, rules) = try mixedBatch()
        let html = ReportFormat.html
        #expect(try html.renderer(options: RenderOptions(), rules: rules).render(mixed).contains("<html lang=\"en\">"))
        #expect(try html.renderer(options: RenderOptions(fallbackLanguage: .zh), rules: rules).render(mixed).contains("<html lang=\"zh-CN\">"))
        var chinese = mixed
        chinese.contracts = mixed.contracts.filter { $0.primaryLanguage == .zh }
        #expect(try html.renderer(options: RenderOptions(), rules: rules).render(chinese).contains("<html lang=\"zh-CN\">"))
        #expect(try html.renderer(options: RenderOptions(language: .en), rules: rules).render(chinese).contains("<html lang=\"en\">"))

        let options = RenderOptions(fallbackLanguage: .zh)
        #expect(options.batchLanguage(mixed.contracts) == .zh)
        #expect(options.batchLanguage(chinese.contracts) == .zh)
        #expect(RenderOptions().batchLanguage(mixed.contracts.filter { $0.primaryLanguage == .en }) == .en)
        #expect(RenderOptions().batchLanguage([]) == .en)
        // An unreadable contract has no language: it does not split the batch, and speaks the fallback.
        let unreadable = ContractReport(path: "x.docx", error: IngestError(file: "x.docx", reason: .unreadable, detail: "bad"))
        #expect(RenderOptions().batchLanguage(chinese.contracts + [unreadable]) == .zh)
        #expect(RenderOptions(fallbackLanguage: .zh).language(for: unreadable) == .zh)
        #expect(RenderOptions(language: .en).language(for: chinese.contracts[0]) == .en)
    }
}
