import Foundation
import Yams
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules

/// Measures the rule pack on labelled contracts (`clauseguard rules eval`): for each risk family, how many labelled
/// clauses a finding of that family points at, how many it misses, and how many findings point at a clause
/// labelled with another family or with `none`.
///
/// A labels file sits beside its contract, named like it without the extension (`x.txt` → `x.labels.yaml`):
/// ```yaml
/// clauses:
///   - contains: "视为自动续约"     # verbatim text of one clause
///     family: auto_renewal        # or none
/// ```
public enum RuleEvaluation {
    public struct Labels: Decodable {
        public struct Clause: Decodable { public var contains: String; public var family: String }
        public var clauses: [Clause]
    }

    public struct FamilyScore: Sendable {
        public var labelled = 0
        public var found = 0
        public var wrong = 0
        public var missed: Int { labelled - found }
    }

    public struct Result: Sendable {
        public var families: [String: FamilyScore]
        /// Findings on clauses labelled `none` or with another family, as "file: rule → clause".
        public var wrongFindings: [String]
        public var missedClauses: [String]
        public var unlabelledFindings: Int
        public var files: Int
        public var problems: [String]

        public var totalLabelled: Int { families.values.reduce(0) { $0 + $1.labelled } }
        public var totalFound: Int { families.values.reduce(0) { $0 + $1.found } }
        public var totalWrong: Int { families.values.reduce(0) { $0 + $1.wrong } }
    }

    /// Labelled contracts under `paths`: every file with a `.labels.yaml` sibling.
    public static func labelledFiles(in paths: [String]) -> [(contract: String, labels: String)] {
        var out: [(String, String)] = []
        for path in paths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted().map { (path as NSString).appendingPathComponent($0) } ?? [path]
            for file in files where !file.hasSuffix(".yaml") && !file.hasSuffix(".yml") {
                let labels = ((file as NSString).deletingPathExtension) + ".labels.yaml"
                if FileManager.default.fileExists(atPath: labels) { out.append((file, labels)) }
            }
        }
        return out
    }

    public static func run(_ analyzer: Analyzer, on paths: [String]) -> Result {
        var result = Result(families: [:], wrongFindings: [], missedClauses: [], unlabelledFindings: 0, files: 0, problems: [])
        for (contract, labelsPath) in labelledFiles(in: paths) {
            let labels: Labels
            let document: ContractDocument
            do {
                labels = try YAMLDecoder().decode(Labels.self, from: String(contentsOfFile: labelsPath, encoding: .utf8))
                document = try ContractReader().read(path: contract)
            } catch {
                result.problems.append("\(contract): \(error)")
                continue
            }
            result.files += 1
            let findings = analyzer.analyze(document).findings.filter { $0.kind == .match }
            // The block each label points at.
            var labelAt: [Int: String] = [:]
            for clause in labels.clauses {
                guard let block = document.blocks.first(where: { $0.text.contains(clause.contains) }) else {
                    result.problems.append("\(labelsPath): no block contains “\(clause.contains)”")
                    continue
                }
                labelAt[block.index] = clause.family
                guard clause.family != "none" else { continue }
                result.families[clause.family, default: FamilyScore()].labelled += 1
                if findings.contains(where: { $0.location?.blockIndex == block.index && $0.family == clause.family }) {
                    result.families[clause.family, default: FamilyScore()].found += 1
                } else {
                    result.missedClauses.append("\((contract as NSString).lastPathComponent): [\(clause.family)] \(clause.contains)")
                }
            }
            for finding in findings {
                guard let block = finding.location?.blockIndex else { continue }
                guard let family = labelAt[block] else { result.unlabelledFindings += 1; continue }
                if family != finding.family {
                    result.families[finding.family, default: FamilyScore()].wrong += 1
                    result.wrongFindings.append("\((contract as NSString).lastPathComponent): \(finding.ruleID) on a clause labelled \(family): \(finding.location?.matched ?? "")")
                }
            }
        }
        return result
    }

    public static func render(_ result: Result) -> String {
        var lines = ["family               labelled  found  missed  wrong"]
        for (family, score) in result.families.sorted(by: { $0.key < $1.key }) {
            lines.append(family.padding(toLength: 20, withPad: " ", startingAt: 0)
                         + String(format: " %8d %6d %7d %6d", score.labelled, score.found, score.missed, score.wrong))
        }
        let recall = result.totalLabelled > 0 ? Double(result.totalFound) / Double(result.totalLabelled) * 100 : 0
        lines.append(String(format: "total                %8d %6d %7d %6d   (recall %.0f%%, %d findings on unlabelled clauses, %d files)",
                            result.totalLabelled, result.totalFound, result.totalLabelled - result.totalFound, result.totalWrong,
                            recall, result.unlabelledFindings, result.files))
        if !result.missedClauses.isEmpty { lines.append("missed:"); lines += result.missedClauses.map { "  " + $0 } }
        if !result.wrongFindings.isEmpty { lines.append("wrong:"); lines += result.wrongFindings.map { "  " + $0 } }
        for problem in result.problems { lines.append("problem: " + problem) }
        return lines.joined(separator: "\n")
    }
}
