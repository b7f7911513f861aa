import Foundation
import ClauseGuardUnderstanding

/// Loads rule files (`.yml` and `.yaml`) from folders and files, validating each rule. Files in a `lexicon/` folder
/// are lexicons (the words the understanding layer reads contracts with), not rules.
/// A broken rule or file is reported and skipped while the other rules still load.
public enum RuleLoader {
    public struct Result: Sendable {
        public var rules: RuleSet
        public var diagnostics: [Diagnostic]
        /// Rule files loaded, in load order (embedded ones by their display name, e.g. `Rules/zh/penalty.yml`).
        public var files: [String]
        /// The rule files read from disk: the inputs a report must never overwrite.
        public var filesOnDisk: [String]
        /// The built-in pack's version (see `RulePackVersion`), nil when no pack was loaded.
        public var packVersion: String?
        /// The families from every `families.yml` loaded (the pack's first, then the folders' in order).
        public var families = RuleFamilies()
        public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }
    }

    /// One rule file to parse: its display name and text, or why it could not be read.
    private struct Input {
        var name: String
        var text: Text
        var onDisk: Bool
        /// Part of the built-in pack compiled into the binary.
        var embedded = false
        /// A `families.yml` at the top of its folder: the families, not rules.
        var isFamilies = false
        /// Read already, from the pack's compiled form: listed, not parsed.
        var compiled = false
        enum Text { case ok(String), failed(reason: String) }
    }

    public static func load(paths: [String]) -> Result { load(pack: nil, paths: paths) }

    /// Loads the built-in pack (if any), then the given folders and files. The families are those of every
    /// `families.yml` loaded; `familiesFrom` is the pack whose families count even when its rules are not loaded
    /// (`--no-default-rules`, `rules lint DIR`). With no families.yml at all, families are not checked.
    /// `trustEmbeddedPack` takes the embedded pack as checked (`rules lint` and `rules test` check it in CI): its
    /// patterns are not linted and compile on first use. Rule files on disk are always checked in full.
    public static func load(pack: RulePack?, paths: [String], familiesFrom familyPack: RulePack? = nil,
                            trustEmbeddedPack: Bool = false) -> Result {
        var diagnostics: [Diagnostic] = []
        var inputs: [Input] = []
        var packVersion: String?
        var precompiled: CompiledRulePack.Contents?
        switch pack {
        case nil:
            if let familyPack { inputs += familyInputs(of: familyPack) }
        case .folder(let folder):
            let (files, problem) = listing(folder)
            if let problem { diagnostics.append(problem) }
            var versioned: [(path: String, bytes: [UInt8])] = []
            for file in files {
                var input = read(file.path)
                input.isFamilies = RuleFamilies.fileNames.contains(file.relative)
                if case .ok(let text) = input.text { versioned.append((file.relative, Array(text.utf8))) }
                inputs.append(input)
            }
            if problem == nil { packVersion = RulePackVersion.of(versioned) }
        case .embedded(let root, let files, let compiled):
            // A scan trusts the pack, checked in CI: its compiled form saves parsing the YAML.
            if trustEmbeddedPack, let compiled { precompiled = CompiledRulePack.decode(compiled) }
            for file in files.sorted(by: { $0.path < $1.path }) {
                inputs.append(Input(name: root + "/" + file.path, text: .ok(file.text), onDisk: false,
                                    embedded: trustEmbeddedPack, isFamilies: RuleFamilies.fileNames.contains(file.path),
                                    compiled: precompiled != nil))
            }
            packVersion = RulePackVersion.of(files.map { ($0.path, Array($0.text.utf8)) })
        }
        for path in paths {
            let (files, problem) = listing(path)
            if let problem { diagnostics.append(problem) }
            inputs += files.map { file in
                var input = read(file.path)
                input.isFamilies = RuleFamilies.fileNames.contains(file.relative)
                return input
            }
        }

        // The families first: every rule file is checked against all of them.
        var families = precompiled?.families ?? RuleFamilies()
        for input in inputs where input.isFamilies && !input.compiled {
            switch input.text {
            case .ok(let yaml):
                let (found, problems) = RuleFamilies.parse(yaml: yaml, file: input.name)
                families.merge(found)
                diagnostics += problems
            case .failed(let reason):
                diagnostics.append(Diagnostic(file: input.name, line: 0, level: .error, message: reason))
            }
        }
        let known = families.isEmpty ? nil : families
        var rules: [Rule] = precompiled?.rules ?? []
        var lexicons = precompiled?.lexicons ?? Lexicons()
        var seen: [String: SourceLocation] = [:]
        for rule in rules { seen[rule.id] = rule.origin }
        for input in inputs where !input.isFamilies && !input.compiled {
            let file = input.name
            if isLexicon(file) {
                switch input.text {
                case .ok(let yaml):
                    switch LexiconParser.parse(yaml: yaml, file: file) {
                    case .success(let lexicon): lexicons.add(lexicon)
                    case .failure(let problem): diagnostics.append(Diagnostic(file: file, line: problem.line, level: .error, message: problem.message))
                    }
                case .failed(let reason): diagnostics.append(Diagnostic(file: file, line: 0, level: .error, message: reason))
                }
                continue
            }
            let (fileRules, fileDiagnostics): ([Rule], [Diagnostic])
            switch input.text {
            case .ok(let yaml): (fileRules, fileDiagnostics) = parse(yaml: yaml, file: file, families: known, checked: input.embedded)
            case .failed(let reason): (fileRules, fileDiagnostics) = ([], [Diagnostic(file: file, line: 0, level: .error, message: reason)])
            }
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
        var ruleSet = RuleSet(rules)
        ruleSet.lexicons = lexicons
        ruleSet.families = families
        return Result(rules: ruleSet, diagnostics: diagnostics, files: inputs.filter { !$0.isFamilies }.map(\.name),
                      filesOnDisk: inputs.filter(\.onDisk).map(\.name), packVersion: packVersion, families: families)
    }

    /// Only the families.yml of a pack whose rules are not loaded.
    private static func familyInputs(of pack: RulePack) -> [Input] {
        switch pack {
        case .embedded(let root, let files, _):
            return files.filter { RuleFamilies.fileNames.contains($0.path) }.sorted { $0.path < $1.path }
                .map { Input(name: root + "/" + $0.path, text: .ok($0.text), onDisk: false, isFamilies: true) }
        case .folder(let folder):
            return RuleFamilies.fileNames.sorted().map { (folder as NSString).appendingPathComponent($0) }
                .filter { FileManager.default.fileExists(atPath: $0) }
                .map { var input = read($0); input.isFamilies = true; return input }
        }
    }

    /// A lexicon file sits in a folder named `lexicon` (`Rules/lexicon/zh.yml`).
    static func isLexicon(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().last == "lexicon"
    }

    /// The rule files at `path` (a folder, searched recursively, or one file) with their paths below it.
    private static func listing(_ path: String) -> ([(path: String, relative: String)], Diagnostic?) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], Diagnostic(file: path, line: 0, level: .error, message: "rule folder or file not found"))
        }
        guard isDirectory.boolValue else { return ([(path, (path as NSString).lastPathComponent)], nil) }
        return (relativeRuleFiles(in: path).map { ((path as NSString).appendingPathComponent($0), $0) }, nil)
    }

    private static func read(_ file: String) -> Input {
        guard let data = FileManager.default.contents(atPath: file) else {
            return Input(name: file, text: .failed(reason: "cannot read rule file"), onDisk: true)
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            return Input(name: file, text: .failed(reason: "rule file is not UTF-8"), onDisk: true)
        }
        return Input(name: file, text: .ok(yaml), onDisk: true)
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

    /// Parses one rule file; with `families`, a rule naming another family is an error.
    public static func parse(yaml: String, file: String, families: RuleFamilies? = nil, checked: Bool = false) -> ([Rule], [Diagnostic]) {
        var parser = RuleFileParser(file: file, families: families)
        parser.checked = checked
        let rules = parser.parse(yaml)
        return (rules, parser.diagnostics)
    }

    /// Every `.yml`/`.yaml` below `folder`, sorted, skipping hidden entries.
    static func ruleFiles(in folder: String) -> [String] {
        relativeRuleFiles(in: folder).map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Every `.yml`/`.yaml` below `folder` as a path relative to it, sorted, skipping hidden entries.
    static func relativeRuleFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            let lower = name.lowercased()
            if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") { out.append(relative) }
        }
        return out.sorted()
    }
}

/// The rules of a run, compiled once and shared read-only by all workers.
public struct RuleSet: Sendable {
    public private(set) var rules: [Rule]
    private var byID: [String: Int]
    /// The lexicons loaded with the rules; the analyzer reads parties, roles and key terms with them.
    public var lexicons = Lexicons()
    /// The families loaded with the rules; a missing finding names the article its family's clauses belong in.
    public var families = RuleFamilies()

    public init(_ rules: [Rule]) {
        self.rules = rules
        byID = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func rule(id: String) -> Rule? { byID[id].map { rules[$0] } }

    /// A copy without some rules, with parameter overrides applied (`notice.long.max_days: 15`).
    public func configured(disabled: Set<String>, severityOverrides: [String: Severity] = [:],
                           parameters: [String: Double] = [:]) -> RuleSet {
        var configured = RuleSet(rules.compactMap { rule in
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
        configured.lexicons = lexicons
        configured.families = families
        return configured
    }
}
