import Foundation
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardText

/// Runs every rule's own examples (`clauseguard rules test`): each positive must fire with the expected values,
/// each negative must not fire, and every rule needs at least one of each.
public enum RuleExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var ruleID: String
        public var location: SourceLocation
        public var example: String
        public var problem: String
        public var description: String { "\(location): \(ruleID): \(problem)\n    example: \(example)" }
    }

    public struct Summary: Sendable {
        public var rules: Int
        public var examples: Int
        public var failures: [Failure]
    }

    public static func run(_ ruleSet: RuleSet) -> Summary {
        var failures: [Failure] = []
        var exampleCount = 0
        for rule in ruleSet.rules {
            // Each rule alone, with the pack's lexicons: frame rules read parties and frames with them.
            var single = RuleSet([rule])
            single.lexicons = ruleSet.lexicons
            let analyzer = Analyzer(rules: single, perspective: rule.perspective == .provider ? .provider : .client)
            var positives = 0, negatives = 0
            for example in rule.examples {
                exampleCount += 1
                let location = SourceLocation(file: rule.origin.file, line: example.line)
                let shown: String
                let document: ContractDocument
                do {
                    (document, shown) = try load(example.input, ruleFile: rule.origin.file)
                } catch {
                    failures.append(Failure(ruleID: rule.id, location: location, example: "\(example.input)", problem: "cannot read example: \(error)"))
                    continue
                }
                let found = analyzer.analyze(document).findings
                switch example.expect {
                case .none:
                    negatives += 1
                    if let hit = found.first {
                        failures.append(Failure(ruleID: rule.id, location: location, example: shown,
                                                problem: "expected no finding, but it fired on “\(hit.location?.matched ?? "(missing)")”"))
                    }
                case .finding(let expected):
                    positives += 1
                    guard !found.isEmpty else {
                        failures.append(Failure(ruleID: rule.id, location: location, example: shown, problem: "expected a finding, but the rule did not fire"))
                        continue
                    }
                    if !expected.isEmpty, !found.contains(where: { mismatches(expected, $0.values).isEmpty }) {
                        let problems = mismatches(expected, found[0].values)
                        failures.append(Failure(ruleID: rule.id, location: location, example: shown,
                                                problem: "values differ: " + problems.joined(separator: "; ")))
                    }
                }
            }
            if positives == 0 || negatives == 0 {
                failures.append(Failure(ruleID: rule.id, location: rule.origin, example: "-",
                                        problem: "rule needs at least one positive and one negative example (has \(positives) positive, \(negatives) negative)"))
            }
        }
        return Summary(rules: ruleSet.rules.count, examples: exampleCount, failures: failures)
    }

    private static func load(_ input: RuleExample.Input, ruleFile: String) throws -> (ContractDocument, String) {
        switch input {
        case .text(let text):
            let document = try ContractReader().read(bytes: Array(text.utf8), name: "example", format: .txt)
            return (document, text.count > 120 ? String(text.prefix(120)) + "…" : text)
        case .file(let path):
            let resolved = path.hasPrefix("/") ? path : ((ruleFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
            return (try ContractReader().read(path: resolved), path)
        }
    }

    /// Differences between expected values (`notice.days: 60`) and extracted ones.
    static func mismatches(_ expected: [String: String], _ actual: [String: ExtractedValue]) -> [String] {
        var out: [String] = []
        for (key, want) in expected.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            guard let value = actual[parts[0]] else { out.append("\(key): expected \(want), nothing extracted"); continue }
            let got = value.field(parts.count > 1 ? parts[1] : nil)
            switch got {
            case .number(let n)?:
                if let w = Double(want.replacingOccurrences(of: ",", with: "")), abs(w - n) < 0.005 { continue }
                out.append("\(key): expected \(want), got \(MessageTemplate.formatNumber(n))")
            case .string(let s)?:
                if s.lowercased() == want.lowercased() { continue }
                out.append("\(key): expected \(want), got \(s)")
            case nil:
                out.append("\(key): no such field")
            }
        }
        return out
    }
}
