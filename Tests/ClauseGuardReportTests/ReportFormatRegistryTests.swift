import Testing
import Foundation
import ClauseGuardTestSupport
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardReport
import ClauseGuardPipeline

/// Every registered format renders a batch (a risky contract and a broken one) naming both, the same bytes twice;
/// the streamed ones equal their buffered renderer. A new format is covered by adding its case.
@Suite struct ReportFormatRegistryTests {
    private func batch() throws -> (BatchReport, RuleSet) {
        let dir = try TestFolder.make("formats")
        let risky = dir.appendingPathComponent("risky.txt").path, broken = dir.appendingPathComponent("broken.txt").path
        try Data("第一条 期满未提出异议的，视为自动续约。".utf8).write(to: URL(fileURLWithPath: risky))
        try Data().write(to: URL(fileURLWithPath: broken))
        let rules = RuleSet(RuleLoader.parse(yaml: "id: r.renewal\nfamily: auto_renewal\nseverity: high\nmatch: 视为自动续约\nmessage: renews\n", file: "t.yml").0)
        let contracts = BatchScanner(reader: ContractReader(), analyzer: Analyzer(rules: rules), jobs: 1).scan([risky, broken])
        return (BatchReport(version: "t", ruleCount: 1, perspective: .client, language: "en", contracts: contracts, skipped: [:]), rules)
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatNamesEveryContractAndIsDeterministic(_ format: ReportFormat) throws {
        let (report, rules) = try batch()
        let options = RenderOptions(language: .en)
        let rendered = try format.renderer(options: options, rules: rules).render(report)
        #expect(rendered.contains("risky.txt") && rendered.contains("broken.txt"), "\(format)")
        #expect(try format.renderer(options: options, rules: rules).render(report) == rendered)
        // Streamed as the CLI does (the header and positions only JSON Lines writes; the other streams ignore them).
        #expect(try format.streamedAsTheCLI(report, rules: rules, options: options) == rendered, "\(format): streamed equals buffered")
    }
}
