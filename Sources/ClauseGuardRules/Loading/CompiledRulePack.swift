import ClauseGuardText
import ClauseGuardUnderstanding

/// The built-in pack's rules, lexicons and families as `RuleLoader` parsed them, written at build time (by
/// EmbedRulesGenerator, with this same code) and read back at run time, so a scan does not parse the pack's YAML:
/// YAML, the rule checks and the prefilter parser were two fifths of a one-file scan's start-up. `rules lint` and
/// `rules test` still parse the YAML (in CI), and a test checks this form against it rule by rule.
///
/// The form is a string of fields, each `<UTF-8 byte count>:<bytes>`; numbers are written as text. It holds only a pack
/// that loaded without a diagnostic, so reading it back gives exactly what parsing would.
public enum CompiledRulePack {
    public struct Contents: Sendable {
        public var rules: [Rule]
        public var lexicons: Lexicons
        public var families: RuleFamilies
    }

    // MARK: - Writing

    public static func encode(rules: [Rule], lexicons: Lexicons, families: RuleFamilies) -> String {
        var w = Writer()
        w.tag("clauseguard-compiled-pack-2")
        w.count(families.all.count)
        for family in families.all { w.family(family) }
        let languages = lexicons.byLanguage.keys.sorted()
        w.count(languages.count)
        for language in languages { w.lexicon(lexicons[language]!) }
        w.count(rules.count)
        for rule in rules { w.rule(rule) }
        return w.out
    }

    /// One rule's fields in this form (a test compares rules one by one).
    public static func encode(rule: Rule) -> String {
        var w = Writer()
        w.rule(rule)
        return w.out
    }

    struct Writer {
        var out = ""

        mutating func string(_ text: String) {
            out += String(text.utf8.count)
            out += ":"
            out += text
        }
        mutating func tag(_ text: String) { string(text) }
        mutating func count(_ n: Int) { string(String(n)) }
        mutating func bool(_ flag: Bool) { string(flag ? "1" : "0") }
        mutating func optional(_ text: String?) {
            bool(text != nil)
            if let text { string(text) }
        }
        mutating func strings(_ list: [String]) {
            count(list.count)
            for item in list { string(item) }
        }
        mutating func localized(_ text: LocalizedText) { string(text.zh); string(text.en) }
        mutating func optionalLocalized(_ text: LocalizedText?) {
            bool(text != nil)
            if let text { localized(text) }
        }
        mutating func location(_ origin: SourceLocation) { string(origin.file); count(origin.line) }
        /// Words by a key, in key order.
        mutating func wordTable<K: RawRepresentable>(_ table: [K: [String]]) where K.RawValue == String {
            let keys = table.keys.map(\.rawValue).sorted()
            count(keys.count)
            for key in keys { string(key); strings(table[K(rawValue: key)!]!) }
        }
        mutating func set<K: RawRepresentable>(_ values: Set<K>?) where K.RawValue == String {
            bool(values != nil)
            if let values { strings(values.map(\.rawValue).sorted()) }
        }

        mutating func family(_ family: RuleFamily) {
            string(family.id); localized(family.name); string(family.description); location(family.origin); strings(family.headings)
        }

        mutating func lexicon(_ lexicon: Lexicon) {
            string(lexicon.language)
            strings(lexicon.letters); strings(lexicon.both); strings(lexicon.either); strings(lexicon.other)
            wordTable(lexicon.roleWords)
            strings(lexicon.clientHires); strings(lexicon.providerServes)
            wordTable(lexicon.modalities); wordTable(lexicon.actions); wordTable(lexicon.triggers)
            strings(lexicon.conditionsBefore); strings(lexicon.conditionsAfter); strings(lexicon.negation); strings(lexicon.exceptions)
            strings(lexicon.waivers); strings(lexicon.plain); strings(lexicon.receives)
            wordTable(lexicon.cues); wordTable(lexicon.ruleAliases); wordTable(lexicon.bases)
            let cues = lexicon.keyTermCues
            strings(cues.penaltyWords); strings(cues.payWords); strings(cues.notPenalty); strings(cues.termWords)
            strings(cues.renewalCues); strings(cues.exitWords); strings(cues.interestWords); strings(cues.agreedRenewal); strings(cues.survival)
            strings(cues.beyondPenalty); strings(cues.renewalElsewhere)
            strings(lexicon.backReference.words); strings(lexicon.backReference.onlyBefore); strings(lexicon.backReference.onlyAfter)
            let chinese = lexicon.loanwords.keys.sorted()
            count(chinese.count)
            for word in chinese { string(word); strings(lexicon.loanwords[word]!) }
        }

        mutating func prefilter(_ prefilter: Prefilter) {
            switch prefilter {
            case .any: tag("any")
            case .literal(let text): tag("lit"); string(text)
            case .and(let parts): tag("and"); count(parts.count); for part in parts { self.prefilter(part) }
            case .or(let parts): tag("or"); count(parts.count); for part in parts { self.prefilter(part) }
            }
        }

        mutating func pattern(_ pattern: CompiledPattern) {
            string(pattern.source); bool(pattern.regex.caseInsensitive); string(pattern.expanded)
            let names = pattern.placeholders.keys.sorted()
            count(names.count)
            for name in names { string(name); string(pattern.placeholders[name]!.rawValue) }
            self.prefilter(pattern.prefilter)
            bool(pattern.prefilterIsCaseless)
        }

        mutating func patterns(_ list: [CompiledPattern]) {
            count(list.count)
            for item in list { pattern(item) }
        }

        mutating func selector(_ selector: FrameSelector?) {
            bool(selector != nil)
            guard let selector else { return }
            set(selector.actors); bool(selector.acceptsNoActor)
            set(selector.modalities); bool(selector.acceptsNoModality)
            set(selector.actions)
            set(selector.triggers); bool(selector.acceptsNoTrigger)
            optional(selector.negated.map { $0 ? "true" : "false" })
            optional(selector.automatic.map { $0 ? "true" : "false" })
        }

        mutating func rule(_ rule: Rule) {
            string(rule.id); string(rule.family); string(rule.severity.rawValue); optional(rule.providerSeverity?.rawValue)
            string(rule.perspective.rawValue); strings(rule.languages); string(rule.scope.rawValue); string(rule.kind.rawValue)
            patterns(rule.any); patterns(rule.all); patterns(rule.not); patterns(rule.requires)
            selector(rule.frame); selector(rule.notFrame); selector(rule.orFrame)
            // The condition is read again from its source, as the parser read it.
            optional(rule.conditionSource)
            let names = rule.params.keys.sorted()
            count(names.count)
            for name in names { string(name); string(String(rule.params[name]!.bitPattern)) }
            localized(rule.title); localized(rule.message); localized(rule.explanation); localized(rule.advice)
            count(rule.examples.count)
            for example in rule.examples {
                switch example.input {
                case .text(let text): tag("text"); string(text)
                case .file(let path): tag("file"); string(path)
                }
                switch example.expect {
                case .none: tag("none")
                case .finding(let values):
                    tag("finding")
                    let keys = values.keys.sorted()
                    count(keys.count)
                    for key in keys { string(key); string(values[key]!) }
                }
                count(example.line)
            }
            strings(rule.tags)
            location(rule.origin)
            optionalLocalized(rule.providerExplanation); optionalLocalized(rule.providerAdvice)
        }
    }

    // MARK: - Reading

    /// The pack written by `encode`, or nil when `text` is not such a pack (the caller then parses the YAML).
    public static func decode(_ text: String) -> Contents? {
        var text = text
        return text.withUTF8 { bytes in
            var r = Reader(bytes: bytes)
            return try? r.contents()
        }
    }

    struct Malformed: Error {}

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func string() throws(Malformed) -> String {
            var length = 0
            while at < bytes.count, bytes[at] != UInt8(ascii: ":") {
                let digit = Int(bytes[at]) &- 48
                guard digit >= 0 && digit <= 9, length < 1 << 40 else { throw Malformed() }
                length = length * 10 + digit
                at += 1
            }
            guard at < bytes.count, at + 1 + length <= bytes.count else { throw Malformed() }
            let start = at + 1
            at = start + length
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        }
        mutating func expect(_ tag: String) throws(Malformed) { guard try string() == tag else { throw Malformed() } }
        mutating func count() throws(Malformed) -> Int {
            guard let n = Int(try string()), n >= 0 else { throw Malformed() }
            return n
        }
        mutating func bool() throws(Malformed) -> Bool {
            switch try string() {
            case "1": true
            case "0": false
            default: throw Malformed()
            }
        }
        mutating func optional() throws(Malformed) -> String? { try bool() ? try string() : nil }
        mutating func strings() throws(Malformed) -> [String] {
            let n = try count()
            var out: [String] = []
            out.reserveCapacity(n)
            for _ in 0..<n { out.append(try string()) }
            return out
        }
        mutating func value<T: RawRepresentable>(_: T.Type) throws(Malformed) -> T where T.RawValue == String {
            guard let value = T(rawValue: try string()) else { throw Malformed() }
            return value
        }
        mutating func localized() throws(Malformed) -> LocalizedText {
            let zh = try string()
            return LocalizedText(zh: zh, en: try string())
        }
        mutating func optionalLocalized() throws(Malformed) -> LocalizedText? { try bool() ? try localized() : nil }
        mutating func location() throws(Malformed) -> SourceLocation {
            let file = try string()
            return SourceLocation(file: file, line: try count())
        }
        mutating func wordTable<K: RawRepresentable & Hashable>(_: K.Type) throws(Malformed) -> [K: [String]] where K.RawValue == String {
            var out: [K: [String]] = [:]
            for _ in 0..<(try count()) {
                let key = try value(K.self)
                out[key] = try strings()
            }
            return out
        }
        mutating func set<K: RawRepresentable & Hashable>(_: K.Type) throws(Malformed) -> Set<K>? where K.RawValue == String {
            guard try bool() else { return nil }
            var out = Set<K>()
            for _ in 0..<(try count()) { out.insert(try value(K.self)) }
            return out
        }

        mutating func contents() throws(Malformed) -> Contents {
            try expect("clauseguard-compiled-pack-2")
            var families = RuleFamilies()
            for _ in 0..<(try count()) { families.add(try family()) }
            var lexicons = Lexicons()
            for _ in 0..<(try count()) { lexicons.add(try lexicon()) }
            var rules: [Rule] = []
            let n = try count()
            rules.reserveCapacity(n)
            for _ in 0..<n { rules.append(try rule()) }
            guard at == bytes.count else { throw Malformed() }
            return Contents(rules: rules, lexicons: lexicons, families: families)
        }

        mutating func family() throws(Malformed) -> RuleFamily {
            let id = try string(), name = try localized(), description = try string(), origin = try location()
            return RuleFamily(id: id, name: name, description: description, origin: origin, headings: try strings())
        }

        mutating func lexicon() throws(Malformed) -> Lexicon {
            var lexicon = Lexicon(language: try string())
            lexicon.letters = try strings(); lexicon.both = try strings(); lexicon.either = try strings(); lexicon.other = try strings()
            lexicon.roleWords = try wordTable(FrameRole.self)
            lexicon.clientHires = try strings(); lexicon.providerServes = try strings()
            lexicon.modalities = try wordTable(Modality.self); lexicon.actions = try wordTable(FrameAction.self)
            lexicon.triggers = try wordTable(Trigger.self)
            lexicon.conditionsBefore = try strings(); lexicon.conditionsAfter = try strings()
            lexicon.negation = try strings(); lexicon.exceptions = try strings()
            lexicon.waivers = try strings(); lexicon.plain = try strings(); lexicon.receives = try strings()
            lexicon.cues = try wordTable(ValueCue.self); lexicon.ruleAliases = try wordTable(FrameRole.self)
            lexicon.bases = try wordTable(PenaltyBase.self)
            var cues = KeyTermCues()
            cues.penaltyWords = try strings(); cues.payWords = try strings(); cues.notPenalty = try strings(); cues.termWords = try strings()
            cues.renewalCues = try strings(); cues.exitWords = try strings(); cues.interestWords = try strings(); cues.agreedRenewal = try strings()
            cues.survival = try strings(); cues.beyondPenalty = try strings(); cues.renewalElsewhere = try strings()
            lexicon.keyTermCues = cues
            lexicon.backReference.words = try strings(); lexicon.backReference.onlyBefore = try strings()
            lexicon.backReference.onlyAfter = try strings()
            for _ in 0..<(try count()) { lexicon.loanwords[try string()] = try strings() }
            return lexicon
        }

        mutating func prefilter() throws(Malformed) -> Prefilter {
            switch try string() {
            case "any": return .any
            case "lit": return .literal(try string())
            case let kind where kind == "and" || kind == "or":
                var parts: [Prefilter] = []
                for _ in 0..<(try count()) { parts.append(try prefilter()) }
                return kind == "and" ? .and(parts) : .or(parts)
            default: throw Malformed()
            }
        }

        mutating func pattern() throws(Malformed) -> CompiledPattern {
            let source = try string(), caseInsensitive = try bool(), expanded = try string()
            var placeholders: [String: PlaceholderKind] = [:]
            for _ in 0..<(try count()) {
                let name = try string()
                placeholders[name] = try value(PlaceholderKind.self)
            }
            let prefilter = try prefilter()
            return CompiledPattern(checkedSource: source, expanded: expanded, caseInsensitive: caseInsensitive, placeholders: placeholders,
                                   prefilter: prefilter, prefilterIsCaseless: try bool())
        }

        mutating func patterns() throws(Malformed) -> [CompiledPattern] {
            let n = try count()
            var out: [CompiledPattern] = []
            out.reserveCapacity(n)
            for _ in 0..<n { out.append(try pattern()) }
            return out
        }

        /// An optional true/false.
        mutating func flag() throws(Malformed) -> Bool? {
            switch try optional() {
            case nil: return nil
            case "true": return true
            case "false": return false
            default: throw Malformed()
            }
        }

        mutating func selector() throws(Malformed) -> FrameSelector? {
            guard try bool() else { return nil }
            var selector = FrameSelector()
            selector.actors = try set(FrameRole.self); selector.acceptsNoActor = try bool()
            selector.modalities = try set(Modality.self); selector.acceptsNoModality = try bool()
            selector.actions = try set(FrameAction.self)
            selector.triggers = try set(Trigger.self); selector.acceptsNoTrigger = try bool()
            selector.negated = try flag()
            selector.automatic = try flag()
            return selector
        }

        mutating func rule() throws(Malformed) -> Rule {
            let id = try string(), family = try string(), severity = try value(Severity.self)
            let providerSeverity = try optional().map { raw throws(Malformed) -> Severity in
                guard let value = Severity(rawValue: raw) else { throw Malformed() }
                return value
            }
            let perspective = try value(Perspective.self), languages = try strings()
            let scope = try value(Scope.self), kind = try value(Rule.Kind.self)
            let any = try patterns(), all = try patterns(), not = try patterns(), requires = try patterns()
            let frame = try selector(), notFrame = try selector(), orFrame = try selector()
            let conditionSource = try optional()
            var params: [String: Double] = [:]
            for _ in 0..<(try count()) {
                let name = try string()
                guard let bits = UInt64(try string()) else { throw Malformed() }
                params[name] = Double(bitPattern: bits)
            }
            let title = try localized(), message = try localized(), explanation = try localized(), advice = try localized()
            var examples: [RuleExample] = []
            for _ in 0..<(try count()) {
                let input: RuleExample.Input
                switch try string() {
                case "text": input = .text(try string())
                case "file": input = .file(try string())
                default: throw Malformed()
                }
                let expect: RuleExample.Expectation
                switch try string() {
                case "none": expect = .none
                case "finding":
                    var values: [String: String] = [:]
                    for _ in 0..<(try count()) {
                        let key = try string()
                        values[key] = try string()
                    }
                    expect = .finding(values)
                default: throw Malformed()
                }
                examples.append(RuleExample(input: input, expect: expect, line: try count()))
            }
            let tags = try strings(), origin = try location()
            let providerExplanation = try optionalLocalized(), providerAdvice = try optionalLocalized()
            // As RuleFileParser reads a condition: with the names the rule's patterns (and frames) capture.
            var condition: Condition?
            if let conditionSource {
                let captures = (any + all).reduce(into: frame == nil && orFrame == nil ? [:] : FrameSelector.captures) {
                    $0.merge($1.placeholders) { a, _ in a }
                }
                guard let parsed = try? ConditionParser.parse(conditionSource, captureNames: Set(captures.keys)) else { throw Malformed() }
                condition = parsed
            }
            return Rule(id: id, family: family, severity: severity, providerSeverity: providerSeverity, perspective: perspective,
                        languages: languages, scope: scope, kind: kind, any: any, all: all, not: not, requires: requires,
                        frame: frame, notFrame: notFrame, orFrame: orFrame, condition: condition, conditionSource: conditionSource,
                        params: params, title: title, message: message, explanation: explanation, advice: advice,
                        examples: examples, tags: tags, origin: origin,
                        providerExplanation: providerExplanation, providerAdvice: providerAdvice)
        }
    }
}
