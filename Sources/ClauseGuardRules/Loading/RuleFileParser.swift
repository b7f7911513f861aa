import ClauseGuardModel
import ClauseGuardUnderstanding
import Yams
import ClauseGuardText

/// Turns one rule file's YAML into rules, reporting every problem as a `Diagnostic` with its line.
/// A rule with an error is skipped; the other rules of the file still load.
struct RuleFileParser {
    let file: String
    /// The families a rule may name (families.yml); nil when none were loaded, and then families are not checked.
    let families: RuleFamilies?
    var diagnostics: [Diagnostic] = []
    /// The file was checked already (the built-in pack, by `rules lint` in CI): its patterns skip the lint and the
    /// empty-match check and are compiled on first use, which keeps a one-file scan's start-up short.
    var checked = false

    static let ruleKeys: Set<String> = [
        "id", "family", "severity", "provider_severity", "perspective", "lang", "scope", "title", "match", "missing",
        "when", "params", "message", "explanation", "advice", "examples", "tags", "case_sensitive", "requires",
        "provider_explanation", "provider_advice",
    ]
    static let matchKeys: Set<String> = ["any", "all", "not"]
    static let exampleKeys: Set<String> = ["text", "file", "expect", "note"]
    init(file: String, families: RuleFamilies? = nil) { self.file = file; self.families = families }

    mutating func parse(_ yaml: String) -> [Rule] {
        let root: Node?
        do {
            // No implicit tag resolution: the parser reads every scalar as text itself, and Yams' default resolver
            // runs up to seven NSRegularExpressions per scalar (about a sixth of a scan's start-up).
            root = try Yams.compose(yaml: yaml, .basic)
        } catch {
            report(line: Self.line(of: error), "YAML syntax error: \(Self.summary(of: error))")
            return []
        }
        guard let root else { return [] }
        var ruleNodes: [Node] = []
        switch root {
        case .sequence(let seq):
            ruleNodes = Array(seq)
        case .mapping(let map):
            if let list = map["rules"] {
                guard case .sequence(let seq) = list else { report(list, "'rules' must be a list of rules"); return [] }
                for key in map.keys where key.string != "rules" { report(key, "unknown key '\(key.string ?? "?")' beside 'rules'") }
                ruleNodes = Array(seq)
            } else {
                ruleNodes = [root]
            }
        default:
            report(root, "a rule file holds a rule, a list of rules, or 'rules:' with a list")
        }
        return ruleNodes.compactMap { parseRule($0) }
    }

    // MARK: - One rule

    private mutating func parseRule(_ node: Node) -> Rule? {
        guard case .mapping(let map) = node else { report(node, "a rule must be a mapping with 'id', 'family', …"); return nil }
        let errorsBefore = errorCount
        let line = Self.line(node)
        let id = string(map, "id") ?? ""
        if id.isEmpty { report(node, "rule has no 'id'") }
        let ruleID = id.isEmpty ? nil : id
        for key in map.keys where !Self.ruleKeys.contains(key.string ?? "") {
            report(key, "unknown key '\(key.string ?? "?")'" + suggestion(for: key.string ?? "", in: Self.ruleKeys), rule: ruleID)
        }

        let family = string(map, "family") ?? ""
        if family.isEmpty { report(node, "rule has no 'family'", rule: ruleID) }
        else if let families, !families.contains(family) {
            report(map["family"]!, "unknown family '\(family)' (\(families.ids.joined(separator: ", "))); a new family is an entry in families.yml", rule: ruleID)
        }
        let severity = enumValue(map, "severity", Severity.self, rule: ruleID) ?? .medium
        if map["severity"] == nil { report(node, "rule has no 'severity' (high, medium, low or info)", rule: ruleID) }
        let providerSeverity = enumValue(map, "provider_severity", Severity.self, rule: ruleID)
        let perspective = enumValue(map, "perspective", Perspective.self, rule: ruleID) ?? .client
        let scope = enumValue(map, "scope", Scope.self, rule: ruleID) ?? .sentence
        let languages = stringList(map, "lang", rule: ruleID) ?? ["zh", "en"]
        for lang in languages where lang != "zh" && lang != "en" { report(map["lang"]!, "unknown language '\(lang)' (zh or en)", rule: ruleID) }
        let caseSensitive = map["case_sensitive"].map { ["true", "yes", "on"].contains($0.string?.lowercased() ?? "") } ?? false

        let kind: Rule.Kind
        let matchNode: Node?
        switch (map["match"], map["missing"]) {
        case (let m?, nil): kind = .match; matchNode = m
        case (nil, let m?): kind = .missing; matchNode = m
        case (.some, .some): report(node, "a rule has either 'match' or 'missing', not both", rule: ruleID); kind = .match; matchNode = nil
        case (nil, nil): report(node, "rule has neither 'match' nor 'missing'", rule: ruleID); kind = .match; matchNode = nil
        }
        var any: [CompiledPattern] = [], all: [CompiledPattern] = [], not: [CompiledPattern] = []
        var frame: FrameSelector?
        var notFrame: FrameSelector?
        var orFrame: FrameSelector?
        if let matchNode {
            if case .mapping(let m) = matchNode, let frameNode = m["frame"] {
                frame = parseFrameSelector(frameNode, rule: ruleID)
                if scope == .document {
                    report(frameNode, "a 'frame' rule's patterns read the frame's sentence, or its paragraph with 'scope: clause': not 'document'", rule: ruleID)
                }
            }
            if case .mapping(let m) = matchNode, let notFrameNode = m["not_frame"] {
                notFrame = parseFrameSelector(notFrameNode, rule: ruleID)
                if kind == .missing { report(notFrameNode, "'not_frame' has no meaning on a 'missing' rule", rule: ruleID) }
            }
            if case .mapping(let m) = matchNode, let orFrameNode = m["or_frame"] {
                orFrame = parseFrameSelector(orFrameNode, rule: ruleID)
                if kind == .missing || frame != nil {
                    report(orFrameNode, "'or_frame' is a pattern rule's other way to match: not on 'missing' or 'frame' rules", rule: ruleID)
                }
                if scope != .sentence { report(orFrameNode, "an 'or_frame' reads one sentence: leave 'scope' out", rule: ruleID) }
            }
            (any, all, not) = parsePatterns(matchNode, caseInsensitive: !caseSensitive, scope: scope, rule: ruleID)
            if frame == nil && any.isEmpty && all.isEmpty && errorCount == errorsBefore {
                report(matchNode, "no 'any', 'all' or 'frame'", rule: ruleID)
            }
        }

        var requires: [CompiledPattern] = []
        if let requiresNode = map["requires"] {
            requires = patternStrings(requiresNode, rule: ruleID).compactMap { source, node in
                compilePattern(source, node: node, caseInsensitive: !caseSensitive, scope: .document, rule: ruleID)
            }
        }

        var params: [String: Double] = [:]
        if let paramsNode = map["params"] {
            if case .mapping(let pm) = paramsNode {
                for (k, v) in pm {
                    guard let name = k.string, let number = v.float else { report(v, "param values must be numbers", rule: ruleID); continue }
                    params[name] = number
                }
            } else { report(paramsNode, "'params' must map names to numbers", rule: ruleID) }
        }

        let captures = (any + all).reduce(into: frame == nil && orFrame == nil ? [:] : FrameSelector.captures) { $0.merge($1.placeholders) { a, _ in a } }
        var condition: Condition?
        let conditionSource = string(map, "when")
        if let source = conditionSource, let whenNode = map["when"] {
            do {
                let parsed = try ConditionParser.parse(source, captureNames: Set(captures.keys))
                condition = parsed
                checkCondition(parsed, captures: captures, params: params, node: whenNode, rule: ruleID)
            } catch {
                report(whenNode, "bad condition: \(error.message)", rule: ruleID)
            }
            if kind == .missing { report(whenNode, "'when' has no meaning on a 'missing' rule", rule: ruleID) }
        }

        let title = localized(map, "title", rule: ruleID)
        let message = localized(map, "message", rule: ruleID)
        let explanation = localized(map, "explanation", rule: ruleID)
        let advice = localized(map, "advice", rule: ruleID)
        // What the clause means to the provider and what it should do, for `--as provider`.
        let providerExplanation = localized(map, "provider_explanation", rule: ruleID)
        let providerAdvice = localized(map, "provider_advice", rule: ruleID)
        if message.isEmpty && title.isEmpty { report(node, "rule has no 'message' or 'title'", rule: ruleID) }
        for (name, text) in [("title", title), ("message", message), ("explanation", explanation), ("advice", advice)] {
            if text.zh.isEmpty != text.en.isEmpty {
                warn(map[name] ?? node, "'\(name)' is missing its \(text.zh.isEmpty ? "zh" : "en") text", rule: ruleID)
            }
        }
        checkTemplates([message, advice], captures: captures, node: map["message"] ?? node, rule: ruleID)
        if let orFrame, frame == nil {
            checkActorNamed([message, advice], orFrame: orFrame, patternCaptures: (any + all).flatMap { $0.placeholders.keys },
                            node: map["message"] ?? node, rule: ruleID)
        }

        let examples = parseExamples(map["examples"], rule: ruleID)
        let tags = stringList(map, "tags", rule: ruleID) ?? []

        guard errorCount == errorsBefore else { return nil }
        return Rule(id: id, family: family, severity: severity, providerSeverity: providerSeverity, perspective: perspective,
                    languages: languages, scope: scope, kind: kind, any: any, all: all, not: not, requires: requires, frame: frame, notFrame: notFrame, orFrame: orFrame, condition: condition,
                    conditionSource: conditionSource, params: params, title: title.isEmpty ? message : title,
                    message: message.isEmpty ? title : message, explanation: explanation, advice: advice,
                    examples: examples, tags: tags, origin: SourceLocation(file: file, line: line),
                    providerExplanation: providerExplanation.isEmpty ? nil : providerExplanation,
                    providerAdvice: providerAdvice.isEmpty ? nil : providerAdvice)
    }

    // MARK: - Patterns

    private mutating func parsePatterns(_ node: Node, caseInsensitive: Bool, scope: Scope, rule: String?)
        -> ([CompiledPattern], [CompiledPattern], [CompiledPattern]) {
        var groups: [String: [(String, Node)]] = [:]
        switch node {
        case .scalar, .sequence:
            groups["any"] = patternStrings(node, rule: rule)
        case .mapping(let map):
            for (key, value) in map {
                let name = key.string ?? ""
                if name == "frame" || name == "not_frame" || name == "or_frame" { continue }
                guard Self.matchKeys.contains(name) else {
                    report(key, "unknown key '\(name)' in patterns (use any, all, not)", rule: rule); continue
                }
                groups[name] = patternStrings(value, rule: rule)
            }
        default:
            report(node, "patterns must be a string, a list, or a mapping with any/all/not", rule: rule)
        }
        func compile(_ list: [(String, Node)]?) -> [CompiledPattern] {
            (list ?? []).compactMap { source, node in compilePattern(source, node: node, caseInsensitive: caseInsensitive, scope: scope, rule: rule) }
        }
        return (compile(groups["any"]), compile(groups["all"]), compile(groups["not"]))
    }

    private mutating func patternStrings(_ node: Node, rule: String?) -> [(String, Node)] {
        switch node {
        case .scalar(let s): return [(s.string, node)]
        case .sequence(let seq):
            return seq.compactMap { item in
                guard case .scalar(let s) = item else { report(item, "a pattern must be a string", rule: rule); return nil }
                return (s.string, item)
            }
        default:
            report(node, "expected a pattern or a list of patterns", rule: rule); return []
        }
    }

    private mutating func compilePattern(_ source: String, node: Node, caseInsensitive: Bool, scope: Scope, rule: String?) -> CompiledPattern? {
        if !checked { for problem in PatternLint.problems(in: source, scope: scope) { report(node, problem, rule: rule) } }
        do {
            let pattern = try CompiledPattern(source: source, caseInsensitive: caseInsensitive, deferred: checked)
            if !checked, pattern.regex.matchesEmptyText { report(node, "pattern matches empty text, so it matches everywhere: '\(source)'", rule: rule) }
            return pattern
        } catch {
            report(node, "\(error) in pattern '\(source)'", rule: rule)
            return nil
        }
    }

    // MARK: - Frames

    private static let frameKeys: Set<String> = ["actor", "modality", "action", "trigger", "negated", "automatic"]

    /// `frame: { actor: provider, modality: right, action: terminate, trigger: [at_will, none] }`.
    private mutating func parseFrameSelector(_ node: Node, rule: String?) -> FrameSelector? {
        guard case .mapping(let map) = node else { report(node, "'frame' must map actor/modality/action/trigger to values", rule: rule); return nil }
        var selector = FrameSelector()
        for (key, value) in map {
            let name = key.string ?? ""
            guard Self.frameKeys.contains(name) else {
                report(key, "unknown key '\(name)' in frame" + suggestion(for: name, in: Self.frameKeys), rule: rule); continue
            }
            let words: [String]
            switch value {
            case .scalar(let scalar): words = [scalar.string]
            case .sequence(let seq): words = seq.compactMap(\.string)
            default: report(value, "'\(name)' takes a value or a list of values", rule: rule); continue
            }
            func parse<T: RawRepresentable & CaseIterable>(_: T.Type, allowNone: Bool = false) -> (Set<T>, Bool) where T.RawValue == String {
                var out = Set<T>(), none = false
                for word in words {
                    if allowNone && word == "none" { none = true; continue }
                    if let v = T(rawValue: word) { out.insert(v) } else {
                        report(value, "unknown \(name) '\(word)' (one of \((T.allCases.map(\.rawValue) + (allowNone ? ["none"] : [])).joined(separator: ", ")))", rule: rule)
                    }
                }
                return (out, none)
            }
            switch name {
            case "actor":
                let (set, none) = parse(FrameRole.self, allowNone: true)
                selector.actors = set; selector.acceptsNoActor = none
            case "modality":
                let (set, none) = parse(Modality.self, allowNone: true)
                selector.modalities = set; selector.acceptsNoModality = none
            case "action":
                selector.actions = parse(FrameAction.self).0
            case "trigger":
                let (set, none) = parse(Trigger.self, allowNone: true)
                selector.triggers = set; selector.acceptsNoTrigger = none
            default:
                guard let flag = words.first.flatMap(Bool.init) else { report(value, "'\(name)' is true or false", rule: rule); continue }
                if name == "automatic" { selector.automatic = flag } else { selector.negated = flag }
            }
        }
        return selector
    }

    // MARK: - Conditions and templates

    private mutating func checkCondition(_ condition: Condition, captures: [String: PlaceholderKind], params: [String: Double], node: Node, rule: String?) {
        for reference in condition.references {
            guard let kind = captures[reference.name] else { continue }
            if let field = reference.field, !ExtractedValue.fieldNames(for: kind).contains(field) {
                report(node, "'\(reference)' has no field '\(field)' (a \(kind.rawValue) has \(ExtractedValue.fieldNames(for: kind).joined(separator: ", ")))", rule: rule)
            }
        }
        for parameter in condition.parameters where params[parameter] == nil {
            report(node, "'$\(parameter)' is not defined in 'params'", rule: rule)
        }
    }

    private mutating func checkTemplates(_ texts: [LocalizedText], captures: [String: PlaceholderKind], node: Node, rule: String?) {
        for (field, name) in Self.references(in: texts) where captures[name] == nil {
            report(node, "message uses {\(field)} but no pattern captures '\(name)'", rule: rule)
        }
    }

    /// Each `{name}` / `{name.field}` of the texts (zh and en), with the value's name.
    private static func references(in texts: [LocalizedText]) -> [(field: String, name: String)] {
        texts.flatMap { MessageTemplate.references(in: $0.zh) + MessageTemplate.references(in: $0.en) }
            .map { ($0, String($0.split(separator: ".").first ?? "")) }
    }

    /// A pattern match of a rule that also reads frames names `{actor}` / `{counterparty}` by the one role its
    /// `or_frame` gives (`RoleNames`); with no such role the report would show the placeholder itself.
    private mutating func checkActorNamed(_ texts: [LocalizedText], orFrame: FrameSelector, patternCaptures: [String], node: Node, rule: String?) {
        let oneRole = orFrame.actors.map { $0.count == 1 && ($0.contains(.client) || $0.contains(.provider)) } ?? false
        guard !oneRole, let (field, _) = Self.references(in: texts).first(where: { ["actor", "counterparty"].contains($0.name)
                                                                                  && !patternCaptures.contains($0.name) }) else { return }
        report(node, "message uses {\(field)}, which a pattern match can fill only when 'or_frame' names one actor (client or provider)", rule: rule)
    }

    // MARK: - Examples

    private mutating func parseExamples(_ node: Node?, rule: String?) -> [RuleExample] {
        guard let node else { return [] }
        guard case .sequence(let seq) = node else { report(node, "'examples' must be a list", rule: rule); return [] }
        var out: [RuleExample] = []
        for item in seq {
            guard case .mapping(let map) = item else { report(item, "an example is a mapping with 'text' (or 'file') and 'expect'", rule: rule); continue }
            for key in map.keys where !Self.exampleKeys.contains(key.string ?? "") {
                report(key, "unknown key '\(key.string ?? "?")' in example (use text, file, expect)", rule: rule)
            }
            let input: RuleExample.Input
            if let text = map["text"]?.string { input = .text(text) }
            else if let path = map["file"]?.string { input = .file(path) }
            else { report(item, "example has no 'text' or 'file'", rule: rule); continue }
            let expectation: RuleExample.Expectation
            switch map["expect"] {
            case nil:
                report(item, "example has no 'expect' (none, finding, or the values expected)", rule: rule); continue
            case .scalar(let s)?:
                switch s.string {
                case "none", "no", "false": expectation = .none
                case "finding", "match", "yes", "true", "missing": expectation = .finding([:])
                default: report(item, "expect must be none, finding, or a mapping of values", rule: rule); continue
                }
            case .mapping(let m)?:
                var values: [String: String] = [:]
                for (k, v) in m { values[k.string ?? ""] = v.string ?? "" }
                expectation = .finding(values)
            default:
                report(item, "expect must be none, finding, or a mapping of values", rule: rule); continue
            }
            out.append(RuleExample(input: input, expect: expectation, line: Self.line(item)))
        }
        return out
    }

    // MARK: - Node helpers

    private var errorCount: Int { diagnostics.filter { $0.level == .error }.count }

    private mutating func report(_ node: Node, _ message: String, rule: String? = nil) {
        report(line: Self.line(node), message, rule: rule)
    }
    private mutating func report(line: Int, _ message: String, rule: String? = nil) {
        diagnostics.append(Diagnostic(file: file, line: line, level: .error, message: message, ruleID: rule))
    }
    private mutating func warn(_ node: Node, _ message: String, rule: String? = nil) {
        diagnostics.append(Diagnostic(file: file, line: Self.line(node), level: .warning, message: message, ruleID: rule))
    }

    private func string(_ map: Node.Mapping, _ key: String) -> String? {
        guard let node = map[key], case .scalar(let s) = node else { return nil }
        return s.string
    }

    private mutating func stringList(_ map: Node.Mapping, _ key: String, rule: String?) -> [String]? {
        guard let node = map[key] else { return nil }
        switch node {
        case .scalar(let s): return [s.string]
        case .sequence(let seq): return seq.compactMap(\.string)
        default: report(node, "'\(key)' must be a string or a list", rule: rule); return nil
        }
    }

    private mutating func enumValue<T: RawRepresentable & CaseIterable>(_ map: Node.Mapping, _ key: String, _: T.Type, rule: String?) -> T? where T.RawValue == String {
        guard let node = map[key] else { return nil }
        guard let raw = node.string, let value = T(rawValue: raw) else {
            report(node, "'\(key)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", rule: rule)
            return nil
        }
        return value
    }

    private mutating func localized(_ map: Node.Mapping, _ key: String, rule: String?) -> LocalizedText {
        guard let node = map[key] else { return LocalizedText() }
        switch node {
        case .scalar(let s): return LocalizedText(zh: s.string, en: s.string)
        case .mapping(let m):
            for k in m.keys where k.string != "zh" && k.string != "en" { report(k, "'\(key)' takes 'zh' and 'en' texts", rule: rule) }
            return LocalizedText(zh: m["zh"]?.string ?? "", en: m["en"]?.string ?? "")
        default:
            report(node, "'\(key)' must be a text or a mapping with zh and en", rule: rule)
            return LocalizedText()
        }
    }

    private func suggestion(for key: String, in keys: Set<String>) -> String {
        KeySuggestion.hint(for: key, in: keys)
    }

    static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    static func line(of error: Error) -> Int {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
            default: return 1
            }
        }
        return 1
    }

    static func summary(of error: Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
                 .composer(let context, let problem, _, _):
                return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            default: break
            }
        }
        return "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
    }
}
