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
        // Every rule that ran is declared, not only those that fired: code scanning then knows a rule was checked
        // and found nothing, and its help is there before the first alert.
        let driverRules = rules.rules.sorted { $0.id < $1.id }
        let index = Dictionary(driverRules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let base = SARIFLocation(workingFolder: FileManager.default.currentDirectoryPath)

        var results: [[String: Any]] = []
        var notifications: [[String: Any]] = []
        for contract in report.contracts {
            if let error = contract.error {
                notifications.append([
                    "level": "error",
                    "message": ["text": error],
                    "locations": [["physicalLocation": ["artifactLocation": base.artifact(contract.path)]]],
                ])
                continue
            }
            // Content left unread (an altChunk, an embedded object) was not checked: CI must see that too.
            if let notRead = contract.notRead {
                notifications.append([
                    "level": "warning",
                    "message": ["text": notRead],
                    "locations": [["physicalLocation": ["artifactLocation": base.artifact(contract.path)]]],
                ])
            }
            for finding in contract.findings + contract.suppressed {
                results.append(result(finding, artifact: base.artifact(contract.path), ruleIndex: index[finding.ruleID],
                                      language: options.language(for: contract)))
            }
        }
        if results.count > Self.maxResults {
            // GitHub rejects a run with more results: the most severe are kept, and the cut is said.
            let dropped = results.count - Self.maxResults
            results = Array(results.enumerated().sorted { (Self.rank($0.element), $0.offset) < (Self.rank($1.element), $1.offset) }
                .prefix(Self.maxResults).map(\.element))
            notifications.append(["level": "warning",
                                  "message": ["text": "\(dropped) less severe results left out: code scanning rejects a run with more than \(Self.maxResults)"]])
        }
        var driver: [String: Any] = [
            "name": "ClauseGuard",
            "version": report.tool.version,
            "semanticVersion": report.tool.version,
            "rules": driverRules.map { SARIFRuleDescriptor(rule: $0, labels: Labels(batchLanguage, families: options.families)).json },
        ]
        if let pack = report.tool.rulePack { driver["properties"] = ["rulePack": pack] }
        var run: [String: Any] = [
            "tool": ["driver": driver],
            "results": results,
            "invocations": [["executionSuccessful": report.summary.unreadable == 0, "toolExecutionNotifications": notifications]],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": [SARIFLocation.sourceRoot: ["uri": base.rootURI]],
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

    private func result(_ finding: Finding, artifact: [String: Any], ruleIndex: Int?, language: Language) -> [String: Any] {
        var physical: [String: Any] = ["artifactLocation": artifact]
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
            "level": Self.level(finding.severity),
            "message": ["text": message],
            "locations": [locationObject],
            // primaryLocationLineHash is the key code scanning matches alerts by; given here, the upload action does not
            // compute it by hashing the lines of the file (a .docx is a zip, not lines).
            "partialFingerprints": ["clauseguard/v1": finding.fingerprint, "primaryLocationLineHash": finding.fingerprint],
            "properties": ["severity": finding.severity.rawValue, "family": finding.family, "kind": finding.kind.rawValue],
        ]
        if let ruleIndex { out["ruleIndex"] = ruleIndex }
        if let suppression = finding.suppression {
            out["suppressions"] = [["kind": "external", "justification": suppression]]
        }
        return out
    }

    /// Code scanning's hard limit on results per run.
    static let maxResults = 25_000

    private static func rank(_ result: [String: Any]) -> Int {
        switch result["level"] as? String {
        case "error": 0
        case "warning": 1
        default: 2
        }
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }
}
