import Testing
import ClauseGuardText
import Foundation
import ClauseGuardTestSupport
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardReport
import ClauseGuardPipeline

/// Reports name families from the loaded families.yml (`RenderOptions.families`), in the report's language.
@Suite struct FamilyNamesTests {
    @Test func familyNamesComeFromTheLoadedFamilies() throws {
        let dir = try TestFolder.make("family-names")
        let contract = dir.appendingPathComponent("c.txt").path
        try Data("第一条 期满未提出异议的，视为自动续约。".utf8).write(to: URL(fileURLWithPath: contract))
        let rules = RuleSet(RuleLoader.parse(yaml: "id: r.renewal\nfamily: auto_renewal\nseverity: high\nmatch: 视为自动续约\nmessage: renews\n", file: "t.yml").0)
        let contracts = BatchScanner(reader: ContractReader(), analyzer: Analyzer(rules: rules), jobs: 1).scan([contract, contract])
        let report = BatchReport(version: "t", ruleCount: 1, perspective: .client, language: "auto", contracts: contracts, skipped: [:])
        let families = RuleFamilies([RuleFamily(id: "auto_renewal", name: LocalizedText(zh: "续约类", en: "Renewals"), description: "",
                                                origin: SourceLocation(file: "families.yml", line: 2))])
        for format in [ReportFormat.html, .md, .text] {
            let named = try format.renderer(options: RenderOptions(families: families), rules: rules).render(report)
            #expect(named.contains("续约类") && !named.contains("Renewals"), "\(format): the Chinese batch's family name")
            let english = try format.renderer(options: RenderOptions(language: .en, families: families), rules: rules).render(report)
            #expect(english.contains("Renewals"), "\(format)")
            let unnamed = try format.renderer(options: RenderOptions(), rules: rules).render(report)
            #expect(unnamed.contains("auto_renewal") || unnamed.contains("auto\\_renewal"), "\(format): a family with no name shows its id")
        }
    }
}
