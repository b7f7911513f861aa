import ClauseGuardModel
import ClauseGuardIngest
@testable import ClauseGuardRules

/// Loads rules from YAML text and runs them over plain-text contracts.
enum RuleFixture {
    static func rules(_ yaml: String, file: String = "test.yml") -> ([Rule], [Diagnostic]) {
        RuleLoader.parse(yaml: yaml, file: file)
    }

    static func rule(_ yaml: String) throws -> Rule {
        let (rules, diagnostics) = RuleLoader.parse(yaml: yaml, file: "test.yml")
        guard let rule = rules.first, diagnostics.filter({ $0.level == .error }).isEmpty else {
            throw FixtureError(message: diagnostics.map(\.description).joined(separator: "\n"))
        }
        return rule
    }

    static func document(_ text: String) throws -> ContractDocument {
        try ContractReader().read(bytes: Array(text.utf8), name: "contract.txt")
    }

    static func findings(_ yaml: String, _ text: String, perspective: Perspective = .client) throws -> [Finding] {
        let analyzer = Analyzer(rules: RuleSet([try rule(yaml)]), perspective: perspective)
        return analyzer.analyze(try document(text)).findings
    }

    struct FixtureError: Error, CustomStringConvertible { var message: String; var description: String { message } }
}
