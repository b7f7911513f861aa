import Foundation

/// Loads rule files (`.yml` and `.yaml`) from folders and files, validating each rule.
/// A broken rule or file is reported and skipped while the other rules still load.
public enum RuleLoader {
    public struct Result: Sendable {
        public var rules: RuleSet
        public var diagnostics: [Diagnostic]
        /// Rule files read, in load order.
        public var files: [String]
        public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }
    }

    public static func load(paths: [String]) -> Result {
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(file: path, line: 0, level: .error, message: "rule folder or file not found"))
                continue
            }
            files += isDirectory.boolValue ? ruleFiles(in: path) : [path]
        }
        var rules: [Rule] = []
        var seen: [String: SourceLocation] = [:]
        for file in files {
            let (fileRules, fileDiagnostics) = load(file: file)
            diagnostics += fileDiagnostics
            if fileRules.isEmpty && !fileDiagnostics.contains(where: { $0.level == .error }) {
                diagnostics.append(Diagnostic(file: file, line: 1, level: .warning, message: "file defines no rule"))
            }
            for rule in fileRules {
                if let first = seen[rule.id] {
                    diagnostics.append(Diagnostic(file: file, line: rule.origin.line, level: .error,
                                                  message: "duplicate rule id '\(rule.id)' (first defined at \(first))", ruleID: rule.id))
                    continue
                }
                seen[rule.id] = rule.origin
                rules.append(rule)
            }
        }
        return Result(rules: RuleSet(rules), diagnostics: diagnostics, files: files)
    }

    public static func load(file: String) -> ([Rule], [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            return ([], [Diagnostic(file: file, line: 0, level: .error, message: "cannot read rule file")])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            return ([], [Diagnostic(file: file, line: 0, level: .error, message: "rule file is not UTF-8")])
        }
        return parse(yaml: yaml, file: file)
    }

    public static func parse(yaml: String, file: String) -> ([Rule], [Diagnostic]) {
        var parser = RuleFileParser(file: file)
        let rules = parser.parse(yaml)
        return (rules, parser.diagnostics)
    }

    /// Every `.yml`/`.yaml` below `folder`, sorted, skipping hidden entries.
    static func ruleFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            let lower = name.lowercased()
            if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") {
                out.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return out.sorted()
    }
}

/// The rules of a run, compiled once and shared read-only by all workers.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule]
    private var byID: [String: Int]

    public init(_ rules: [Rule]) {
        self.rules = rules
        byID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func rule(id: String) -> Rule? { byID[id].map { rules[$0] } }

    /// A copy without some rules, with parameter overrides applied (`notice.long.max_days: 15`).
    public func configured(disabled: Set<String>, severityOverrides: [String: Severity] = [:],
                           parameters: [String: Double] = [:]) -> RuleSet {
        RuleSet(rules.compactMap { rule in
            guard !disabled.contains(rule.id), !disabled.contains(rule.family) else { return nil }
            var rule = rule
            if let severity = severityOverrides[rule.id] { rule.severity = severity; rule.providerSeverity = nil }
            for (name, value) in parameters {
                let parts = name.split(separator: ".").map(String.init)
                // `max_days` applies to every rule with that parameter; `rule.id.max_days` to one rule.
                if parts.count == 1, rule.params[name] != nil { rule.params[name] = value }
                if parts.count > 1, parts.dropLast().joined(separator: ".") == rule.id, rule.params[parts.last!] != nil {
                    rule.params[parts.last!] = value
                }
            }
            return rule
        })
    }
}
