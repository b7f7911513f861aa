import Foundation
import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// SARIF 2.1.0 for code-scanning dashboards: rules in `tool.driver.rules` with help text, results located at the
/// contract file with the clause path and paragraph number (SARIF's "line" for a Word file is its paragraph).
public struct SARIFRenderer: ReportRenderer {
    public var rules: RuleSet
    public var options: RenderOptions
    public init(rules: RuleSet, options: RenderOptions) { self.rules = rules; self.options = options }

    public func render(_ report: BatchReport) throws -> String {
        let batchLanguage = options.batchLanguage(report.contracts)
        let usedIDs = Set(report.contracts.flatMap { $0.findings + $0.suppressed }.map(\.ruleID))
        let driverRules = rules.rules.filter { usedIDs.contains($0.id) }.sorted { $0.id < $1.id }
        let index = Dictionary(uniqueKeysWithValues: driverRules.enumerated().map { ($1.id, $0) })

        var results: [[String: Any]] = []
        var notifications: [[String: Any]] = []
        for contract in report.contracts {
            if let error = contract.error {
                notifications.append([
                    "level": "error",
                    "message": ["text": error],
                    "locations": [["physicalLocation": ["artifactLocation": ["uri": uri(contract.path)]]]],
                ])
                continue
            }
            // Content left unread (an altChunk, an embedded object) was not checked: CI must see that too.
            if let notRead = contract.notRead {
                notifications.append([
                    "level": "warning",
                    "message": ["text": notRead],
                    "locations": [["physicalLocation": ["artifactLocation": ["uri": uri(contract.path)]]]],
                ])
            }
            for finding in contract.findings + contract.suppressed {
                results.append(result(finding, contract: contract, ruleIndex: index[finding.ruleID], language: options.language(for: contract)))
            }
        }
        var driver: [String: Any] = [
            "name": "ClauseGuard",
            "version": report.tool.version,
            "rules": driverRules.map { descriptor($0, language: batchLanguage) },
        ]
        if let pack = report.tool.rulePack { driver["properties"] = ["rulePack": pack] }
        var run: [String: Any] = [
            "tool": ["driver": driver],
            "results": results,
            "invocations": [["executionSuccessful": report.summary.unreadable == 0, "toolExecutionNotifications": notifications]],
            "columnKind": "unicodeCodePoints",
        ]
        if !report.settings.isDefault { run["properties"] = settingsProperties(report.settings) }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        let data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The config, ignore and baseline files applied and what they turned down, as the run's property bag.
    private func settingsProperties(_ settings: RunConfiguration) -> [String: Any] {
        var properties: [String: Any] = ["weakened": settings.weakened]
        if let file = settings.configFile { properties["configFile"] = file }
        if let file = settings.ignoreFile { properties["ignoreFile"] = file }
        if let file = settings.baseline { properties["baseline"] = file }
        return properties
    }

    private func descriptor(_ rule: Rule, language: Language) -> [String: Any] {
        var help = rule.explanation[language]
        let advice = rule.advice[language]
        if !advice.isEmpty { help += (help.isEmpty ? "" : "\n\n") + Labels(language).adviceLead + advice }
        return [
            "id": rule.id,
            "name": rule.id.split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined().replacingOccurrences(of: "-", with: ""),
            "shortDescription": ["text": rule.title[language]],
            "fullDescription": ["text": rule.message[language]],
            "help": ["text": help.isEmpty ? rule.title[language] : help],
            "defaultConfiguration": ["level": level(rule.severity)],
            "properties": ["tags": [rule.family] + rule.tags, "family": rule.family, "severity": rule.severity.rawValue],
        ]
    }

    private func result(_ finding: Finding, contract: ContractReport, ruleIndex: Int?, language: Language) -> [String: Any] {
        var physical: [String: Any] = ["artifactLocation": ["uri": uri(contract.path)]]
        var logical: [[String: Any]] = []
        if let location = finding.location {
            var region: [String: Any] = ["startLine": location.paragraph]
            region["snippet"] = ["text": location.excerpt]
            // SARIF regions have no page: a paged contract (PDF) says it in the region's property bag.
            if let page = location.page { region["properties"] = ["page": page] }
            physical["region"] = region
            if !location.citation.isEmpty {
                logical.append(["fullyQualifiedName": location.citation, "kind": "clause"])
            }
        } else {
            physical["region"] = ["startLine": 1]
        }
        var message = finding.message[language]
        if finding.kind == .missing { message = Labels(language).missingProtection + message }
        var locationObject: [String: Any] = ["physicalLocation": physical]
        if !logical.isEmpty { locationObject["logicalLocations"] = logical }
        var out: [String: Any] = [
            "ruleId": finding.ruleID,
            "level": level(finding.severity),
            "message": ["text": message],
            "locations": [locationObject],
            "partialFingerprints": ["clauseguard/v1": finding.fingerprint],
            "properties": ["severity": finding.severity.rawValue, "family": finding.family, "kind": finding.kind.rawValue],
        ]
        if let ruleIndex { out["ruleIndex"] = ruleIndex }
        if let suppression = finding.suppression {
            out["suppressions"] = [["kind": "external", "justification": suppression]]
        }
        return out
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    /// Relative paths stay relative (GitHub resolves them against the repository); spaces are escaped.
    private func uri(_ path: String) -> String {
        var trimmed = path
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        return trimmed.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? trimmed
    }
}
