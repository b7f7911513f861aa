import Foundation
import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// SARIF 2.1.0 for code-scanning dashboards: rules in `tool.driver.rules` with help text, results located at the
/// contract file with the clause path and paragraph number (SARIF's "line" for a Word file is its paragraph).
public struct SARIFRenderer: ReportRenderer, Sendable {
    public let rules: RuleSet
    public let options: RenderOptions
    /// Every rule that ran, by id, and each one's place in that list.
    private let driverRules: [Rule]
    private let ruleIndex: [String: Int]

    public init(rules: RuleSet, options: RenderOptions) {
        self.rules = rules
        self.options = options
        driverRules = rules.rules.sorted { $0.id < $1.id }
        ruleIndex = Dictionary(driverRules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func render(_ report: BatchReport) throws -> String {
        var results: [[String: Any]] = []
        var notifications: [[String: Any]] = []
        for contract in report.contracts {
            notifications += self.notifications(contract)
            results += self.results(contract)
        }
        if results.count > maxResults {
            // GitHub rejects a run with more results: the most severe are kept, and the cut is said.
            let dropped = results.count - maxResults
            results = Array(results.enumerated().sorted { (Self.rank($0.element), $0.offset) < (Self.rank($1.element), $1.offset) }
                .prefix(maxResults).map(\.element))
            notifications.append(cutNotice(dropped: dropped))
        }
        let log = self.log(report, language: options.batchLanguage(report.contracts), results: results, notifications: notifications)
        return try Self.json(log) + "\n"
    }

    /// The working folder paths are made relative to.
    private var base: SARIFLocation { SARIFLocation(workingFolder: FileManager.default.currentDirectoryPath) }

    /// One contract's tool notifications: it could not be read, or content was left unread.
    func notifications(_ contract: ContractReport) -> [[String: Any]] {
        let location: [[String: Any]] = [["physicalLocation": ["artifactLocation": base.artifact(contract.path)]]]
        if let error = contract.error { return [["level": "error", "message": ["text": error], "locations": location]] }
        // Content left unread (an altChunk, an embedded object) was not checked: CI must see that too.
        if let notRead = contract.notRead { return [["level": "warning", "message": ["text": notRead], "locations": location]] }
        return []
    }

    /// One contract's results: its findings, then its suppressed ones.
    func results(_ contract: ContractReport) -> [[String: Any]] {
        guard contract.error == nil else { return [] }
        let artifact = base.artifact(contract.path)
        return (contract.findings + contract.suppressed).map {
            result($0, artifact: artifact, ruleIndex: ruleIndex[$0.ruleID], language: options.language(for: contract))
        }
    }

    func cutNotice(dropped: Int) -> [String: Any] {
        ["level": "warning", "message": ["text": "\(dropped) less severe results left out: code scanning rejects a run with more than \(maxResults)"]]
    }

    /// The whole log around its results and notifications.
    func log(_ report: BatchReport, language batchLanguage: Language, results: [Any], notifications: [Any]) -> [String: Any] {
        // Every rule that ran is declared, not only those that fired: code scanning then knows a rule was checked
        // and found nothing, and its help is there before the first alert.
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
        return [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
    }

    static func json(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
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
    static let resultLimit = 25_000
    /// The limit applied (smaller in tests).
    var maxResults = SARIFRenderer.resultLimit

    static func rank(_ result: [String: Any]) -> Int {
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
