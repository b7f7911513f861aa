import ArgumentParser
import Foundation
import ClauseGuardRules
import ClauseGuardText
import ClauseGuardPipeline

/// `clauseguard rules list|test|lint|explain`: tooling for people who write rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, test, lint and explain rules.",
        subcommands: [List.self, Test.self, Lint.self, Explain.self, Eval.self]
    )

    /// The given rule folders, or the built-in pack.
    static func load(_ paths: [String]) -> RuleLoader.Result {
        paths.isEmpty ? RuleLoader.load(pack: RuleOptions.builtInPack(), paths: []) : RuleLoader.load(pack: nil, paths: paths, familiesFrom: RuleOptions.builtInPack())
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the loaded rules.")
        @OptionGroup var rules: RuleOptions
        @Option(help: "Language of the titles: zh or en.") var lang: Language = .en
        @Flag(help: "Print every expanded pattern (PCRE2, one per line) instead, e.g. for grep -P in benchmarks.")
        var patterns = false

        func run() throws {
            let loaded = try rules.load()
            if patterns {
                for rule in loaded.rules.rules {
                    for pattern in rule.any + rule.all {
                        let plain = pattern.expanded.replacingOccurrences(of: #"\(\?<[A-Za-z_][A-Za-z0-9_]*>"#, with: "(?:", options: .regularExpression)
                        print(pattern.regex.caseInsensitive ? "(?i:\(plain))" : plain)
                    }
                }
                return
            }
            for rule in loaded.rules.rules.sorted(by: { ($0.family, $0.id) < ($1.family, $1.id) }) {
                let kind = rule.kind == .missing ? " (missing)" : ""
                print("\(rule.id.padding(toLength: 40, withPad: " ", startingAt: 0)) \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(rule.family.padding(toLength: 18, withPad: " ", startingAt: 0)) \(rule.title[lang])\(kind)")
            }
            print("\(loaded.rules.rules.count) rules from \(loaded.files.count) files")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run every rule's examples; fail on any mismatch.")
        @Argument(help: "Rule folders or files (default: the built-in pack).", completion: .file()) var paths: [String] = []
        @Flag(help: "Treat any rule-file problem as an error.") var strict = false

        func run() throws {
            let result = RulesCommand.load(paths)
            for diagnostic in result.diagnostics { printError(diagnostic.description) }
            let summary = RuleExampleRunner.run(result.rules)
            for failure in summary.failures { print("FAIL \(failure)") }
            let failed = summary.failures.count
            print("\(summary.rules) rules, \(summary.examples) examples, \(failed) failures")
            if result.hasErrors || (strict && !result.diagnostics.isEmpty) { throw ExitStatus.usage }
            if failed > 0 { throw ExitCode.failure }
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check rule files and report every problem as file:line: message.")
        @Argument(help: "Rule folders or files (default: the built-in pack).", completion: .file()) var paths: [String] = []
        @Flag(help: "Warnings fail too.") var strict = false

        func run() throws {
            let result = RulesCommand.load(paths)
            var diagnostics = result.diagnostics
            diagnostics += RuleLinter.lint(result.rules)
            for diagnostic in diagnostics { print(diagnostic.description) }
            let errors = diagnostics.filter { $0.level == .error }.count
            print("\(result.rules.rules.count) rules in \(result.files.count) files: \(errors) errors, \(diagnostics.count - errors) warnings")
            if errors > 0 || (strict && !diagnostics.isEmpty) { throw ExitStatus.usage }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show what a rule looks for and why it exists.")
        @Argument(help: "The rule id.") var id: String
        @OptionGroup var rules: RuleOptions
        @Option(help: "zh or en.") var lang: Language?

        func run() throws {
            let loaded = try rules.load(quiet: true)
            guard let rule = loaded.rules.rule(id: id) else {
                printError("clauseguard: no rule '\(id)' (see 'clauseguard rules list')")
                throw ExitStatus.usage
            }
            print(RuleExplanation.render(rule, languages: lang.map { [$0] } ?? [.en, .zh]))
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the rules on labelled contracts: per family, labelled clauses found, missed and wrong findings.")
        @Argument(help: "Folders or files with .labels.yaml beside them (default: tools/samples/eval).")
        var paths: [String] = []
        @OptionGroup var rules: RuleOptions

        func run() throws {
            let loaded = try rules.load(quiet: true)
            let result = RuleEvaluation.run(Analyzer(rules: loaded.rules), on: paths.isEmpty ? ["tools/samples/eval"] : paths)
            print(RuleEvaluation.render(result))
            if result.files == 0 { printError("clauseguard: no labelled contracts found"); throw ExitStatus.usage }
        }
    }
}
