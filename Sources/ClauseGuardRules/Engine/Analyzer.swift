import ClauseGuardModel
import ClauseGuardText
import ClauseGuardUnderstanding

/// Runs a rule set over a contract and produces findings. Rules are compiled once and shared; an Analyzer
/// holds no mutable state, so one instance serves every worker.
public struct Analyzer: Sendable {
    public let rules: RuleSet
    public let perspective: Perspective
    /// The rules that run for this perspective, boxed so the hot loops pass one reference instead of copying
    /// every field of a `Rule` for every unit.
    private let active: [RuleBox]
    /// Every prefilter literal of the active rules, searched for in one pass per contract.
    private let literals: LiteralAutomata
    /// Waiver words (无需, without) that lift a protection found right after them.
    private let waivers: Waivers
    private let aliases: RuleAliases
    private let joins: BackReferenceJoins

    /// Reads parties, roles and key terms with the rule set's lexicons; nil when none was loaded.
    private let understander: Understander?
    /// The party the user says is the client (`--client 乙方`), overriding what the contract says.
    public let client: String?

    public init(rules: RuleSet, perspective: Perspective = .client, client: String? = nil) {
        self.rules = rules
        self.perspective = perspective
        self.client = client
        understander = rules.lexicons.isEmpty ? nil : Understander(lexicons: rules.lexicons)
        active = rules.rules.filter { $0.applies(to: perspective) }.map(RuleBox.init)
        literals = LiteralAutomata(patterns: active.flatMap { $0.rule.any + $0.rule.all + $0.rule.not + $0.rule.requires })
        waivers = Waivers(rules.lexicons)
        aliases = RuleAliases(rules.lexicons)
        joins = BackReferenceJoins(rules.lexicons)
    }

    private final class RuleBox: Sendable {
        let rule: Rule
        init(_ rule: Rule) { self.rule = rule }
    }

    public struct Result: Sendable {
        public var findings: [Finding]
        /// Problems that did not stop the analysis, e.g. a rule whose regex ran out of its backtracking budget.
        public var warnings: [String]
        /// Languages detected in the contract (`zh`, `en`).
        public var languages: [String]
        /// Parties, roles, frames and key terms; nil when the rule set has no lexicon.
        public var understanding: ContractUnderstanding?
    }

    public func analyze(_ document: ContractDocument) -> Result {
        let languages = LanguageDetector.languages(of: document)
        // Traditional Chinese is matched as Simplified; findings still quote the original words.
        // (And English loanwords in Chinese sentences as Chinese.)
        let blocks = document.blocks.map { NormalizedText($0.text) }
        let (normalized, noOpenCC, _) = understander?.readable(blocks) ?? TraditionalChinese.simplified(blocks)
        // Frames and rule units read the same sentences: each block is split once for both.
        let sentences = SentenceSplits(normalized.map(\.text))
        let understanding = understander?.understand(document, normalized: normalized, client: client, sentences: sentences)
        guard !active.isEmpty else { return Result(findings: [], warnings: [], languages: languages, understanding: understanding) }
        // Rules are written with the usual letters (甲方 = client, Party A = client). A contract whose letters run the
        // other way is matched through a view with the letters swapped, and its findings name its own letters.
        let chinese = understanding?.language == "zh"
        let view = PartyView(understanding?.parties, aliases: aliases, joins: joins, chinese: chinese)
        // A text with nothing to rewrite comes back as it is (no copy) and keeps its sentences; one whose words were
        // rewritten to another length (委托方 as 甲方, "Agency" as Provider) is split again.
        let canonical = normalized.map(view.canonical)
        let canonicalSentences = SentenceSplits(canonical.map(\.text), reusing: sentences)
        let units = TextUnits(document: document, normalized: canonical, literals: literals, sentences: canonicalSentences)
        // Frame rules read a frame's sentence in this view: sliced from the block's view, not normalised again per rule.
        let frameSentences = FrameSentences(canonical: canonical, sentences: canonicalSentences)
        let frameShapes = understanding?.frames.map(\.shape) ?? []
        let parsed = ParsedValues()
        let roles = RoleNames(understanding?.parties, chinese: chinese)
        var findings: [Finding] = []
        var frameFindings: [Finding] = []
        var warnings: [String] = []
        // Built on first need: most contracts' missing findings are few, and reading every article costs.
        var places: ArticlePlaces?
        func place(for rule: Rule) -> String? {
            if places == nil { places = ArticlePlaces(document) }
            return places!.place(for: rules.families.family(rule.family))
        }
        // The frames of each block, indexed on first need (for `not_frame`).
        var framesByBlock: [Int: [Int]]?
        func framesOfBlock(_ block: Int) -> [Int] {
            guard let understanding else { return [] }
            if framesByBlock == nil {
                framesByBlock = Dictionary(grouping: understanding.frames.indices) { understanding.frames[$0].blockIndex }
            }
            return framesByBlock![block] ?? []
        }
        if noOpenCC {
            warnings.append("\(document.source): Traditional Chinese text read as written: OpenCC's t2s.json could not be opened (install libopencc-data)")
        }
        for box in active {
            let rule = box.rule
            if let selector = rule.frame {
                // Frame rules need the understanding layer; without a lexicon they cannot run, and say so.
                guard let understanding else {
                    warnings.append("\(document.source): rule \(rule.id) skipped: it reads clause frames and no lexicon is loaded")
                    continue
                }
                frameFindings += FrameMatcher(rule: rule, selector: selector, perspective: perspective, view: view, waivers: waivers,
                                              sentences: frameSentences, shapes: frameShapes)
                    .findings(in: document, understanding, languages: languages)
                    .map { var f = $0; if f.kind == .missing { f.place = place(for: rule) }; return f }
                continue
            }
            defer {
                if rule.kind == .match, let alternative = rule.orFrame, let understanding {
                    frameFindings += alternativeFrameFindings(rule, alternative, patternFindings: findings, document, understanding,
                                                              view: view, languages: languages,
                                                              framesOfBlock: framesOfBlock, sentences: frameSentences, shapes: frameShapes)
                }
            }
            do {
                guard try applies(rule, units) else { continue }
                let plan = Plan(rule, units)
                switch rule.kind {
                case .match:
                    for index in plan.candidates {
                        guard let match = try self.match(rule, plan, index, parsed) else { continue }
                        let found = finding(rule, match, units, roles: roles)
                        if let notFrame = rule.notFrame, let understanding,
                           FrameMatcher.sentenceHolds(notFrame, at: found.location, in: document, understanding,
                                                      framesOfBlock: framesOfBlock) { continue }
                        findings.append(found)
                    }
                case .missing:
                    // A protection missing from a contract in another language is not a finding.
                    guard rule.languages.contains(where: languages.contains) else { continue }
                    if try !plan.candidates.contains(where: { try self.match(rule, plan, $0, parsed) != nil }) {
                        var missing = missingFinding(rule)
                        missing.place = place(for: rule)
                        findings.append(missing)
                    }
                }
            } catch let error as RegexCompileError {
                warnings.append("\(document.source): rule \(rule.id) skipped: its pattern does not compile (\(error))")
            } catch {
                warnings.append("\(document.source): rule \(rule.id) skipped: its pattern exceeded the backtracking budget")
            }
        }
        if view.swapped { findings = findings.map(view.contractWording) }
        findings += frameFindings
        // A contract that never says 甲方 or 乙方 (委托人 / 受托人) is told about in its own words.
        if chinese, !findings.isEmpty, let words = ContractRoleWords.of(normalized, lexicon: rules.lexicons["zh"]) {
            findings = findings.map(words.wording)
        }
        return Result(findings: findings, warnings: warnings, languages: languages, understanding: understanding)
    }

    /// A pattern rule's `or_frame`: the frames it selects whose sentence holds none of the rule's `not:` patterns (nor
    /// a `not_frame`), in blocks its patterns did not already report.
    private func alternativeFrameFindings(_ rule: Rule, _ selector: FrameSelector, patternFindings: [Finding], _ document: ContractDocument,
                                          _ understanding: ContractUnderstanding, view: PartyView, languages: [String],
                                          framesOfBlock: (Int) -> [Int], sentences: FrameSentences, shapes: [FrameShape]) -> [Finding] {
        let reported = Set(patternFindings.lazy.filter { $0.ruleID == rule.id }.compactMap { $0.location?.blockIndex })
        var alternative = rule
        alternative.any = []
        alternative.all = []
        var seen = Set<Int>()
        return FrameMatcher(rule: alternative, selector: selector, perspective: perspective, view: view, waivers: waivers,
                            sentences: sentences, shapes: shapes)
            .findings(in: document, understanding, languages: languages)
            .filter { found in
                guard let block = found.location?.blockIndex, !reported.contains(block), seen.insert(block).inserted else { return false }
                guard let notFrame = rule.notFrame else { return true }
                return !FrameMatcher.sentenceHolds(notFrame, at: found.location, in: document, understanding, framesOfBlock: framesOfBlock)
            }
    }

    // MARK: - Matching

    private struct UnitMatch {
        var unit: TextUnits.Unit
        var ranges: [Range<Int>]
        var values: [String: ExtractedValue]
    }

    /// Where one rule can match in one contract: the units that hold the literals its patterns need (looked up in
    /// the contract's `LiteralIndex`, filled by one Aho–Corasick pass), so the regexes run only on those.
    private struct Plan {
        let units: [TextUnits.Unit]
        var candidates: UnitSet
        /// Per `any`/`not` pattern, the units holding its literal; nil when it has none (it may match anywhere).
        let anyUnits: [UnitSet?]
        let notUnits: [UnitSet?]

        init(_ rule: Rule, _ text: TextUnits) {
            let scope = rule.scope
            units = text.units(for: scope)
            candidates = .all(units.count)
            for pattern in rule.all {
                if let units = text.candidates(pattern, scope) { candidates.formIntersection(units) }
                if candidates.isEmpty { break }
            }
            // No unit left (the usual case: most rules find nothing in a given contract): nothing else to work out.
            guard !candidates.isEmpty else { anyUnits = []; notUnits = []; return }
            anyUnits = rule.any.map { text.candidates($0, scope) }
            if !anyUnits.isEmpty, !anyUnits.contains(where: { $0 == nil }) {
                var union = UnitSet.none(units.count)
                for set in anyUnits { union.formUnion(set!) }
                candidates.formIntersection(union)
            }
            notUnits = candidates.isEmpty ? [] : rule.not.map { text.candidates($0, scope) }
        }
    }

    /// Whether the contract is one the rule is about (`requires:`), checked on the whole text.
    private func applies(_ rule: Rule, _ units: TextUnits) throws -> Bool {
        guard !rule.requires.isEmpty, let document = units.document.first else { return true }
        for pattern in rule.requires where units.candidates(pattern, .document)?.isEmpty != true {
            if try pattern.regex.firstMatch(in: document.text) != nil { return true }
        }
        return false
    }

    /// The rule's first satisfying match in one unit: some `any` pattern (if any), every `all` pattern,
    /// no `not` pattern, and the condition true on the values extracted.
    private func match(_ rule: Rule, _ plan: Plan, _ index: Int, _ parsed: ParsedValues) throws -> UnitMatch? {
        let unit = plan.units[index]
        var allRanges: [Range<Int>] = []
        var allValues: [String: ExtractedValue] = [:]
        // A waiver word just before or in what a pattern finds lifts it: 无需另行征得甲方同意 is no approval (a `not:`
        // pattern or a missing rule's wording), 甲方无需支付违约金 no penalty on the merchant.
        for pattern in rule.all {
            guard let m = try waivers.firstUnwaived(pattern, in: unit.text) else { return nil }
            allRanges.append(m.range)
            if !pattern.placeholders.isEmpty { allValues.merge(values(of: m, pattern, unit.text, parsed)) { a, _ in a } }
        }
        for (i, pattern) in rule.not.enumerated() where plan.notUnits[i]?.contains(index) ?? true {
            if try waivers.firstUnwaived(pattern, in: unit.text) != nil { return nil }
        }
        guard !rule.any.isEmpty else {
            if let condition = rule.condition, !condition.evaluate(allValues, parameters: rule.params) { return nil }
            return UnitMatch(unit: unit, ranges: allRanges, values: allValues)
        }
        for (i, pattern) in rule.any.enumerated() where plan.anyUnits[i]?.contains(index) ?? true {
            // Without a condition the first unwaived match is the answer; with one, each match in turn until one
            // satisfies it (the later matches are searched for only when an earlier one fails).
            var found: UnitMatch?
            _ = try pattern.regex.firstMatch(in: unit.text) { m in
                guard !waivers.lifted(m, of: pattern, in: unit.text) else { return false }
                let merged = pattern.placeholders.isEmpty ? allValues : values(of: m, pattern, unit.text, parsed).merging(allValues) { a, _ in a }
                if let condition = rule.condition, !condition.evaluate(merged, parameters: rule.params) { return false }
                found = UnitMatch(unit: unit, ranges: [m.range] + allRanges, values: merged)
                return true
            }
            if let found { return found }
        }
        return nil
    }

    private func values(of match: RegexMatch, _ pattern: CompiledPattern, _ text: String, _ parsed: ParsedValues) -> [String: ExtractedValue] {
        var out: [String: ExtractedValue] = [:]
        for (name, kind) in pattern.placeholders {
            guard let range = match.range(named: name), let value = parsed.value(kind, text.utf8Slice(range)) else { continue }
            out[name] = value
        }
        return out
    }

    // MARK: - Findings

    private func finding(_ rule: Rule, _ match: UnitMatch, _ units: TextUnits, roles: RoleNames) -> Finding {
        let anchor = match.ranges.first ?? 0..<0
        let located = units.locate(anchor, in: match.unit)
        var location: FindingLocation?
        var notes: [String] = []
        if let (blockIndex, original) = located {
            let block = units.blocks[blockIndex]
            let excerptRange = units.sentenceRange(inBlock: blockIndex, containing: original.lowerBound)
            let excerpt = block.text.utf8Slice(excerptRange)
            var highlights: [TextSpan] = []
            for range in match.ranges {
                guard let (b, r) = units.locate(range, in: match.unit), b == blockIndex,
                      r.lowerBound >= excerptRange.lowerBound else { continue }
                highlights.append(TextSpan(start: r.lowerBound - excerptRange.lowerBound,
                                           end: min(r.upperBound, excerptRange.upperBound) - excerptRange.lowerBound))
            }
            location = FindingLocation(blockIndex: blockIndex, paragraph: blockIndex + 1, clausePath: block.clausePath,
                                       clause: units.clauseDisplay(blockIndex), part: block.part, partName: block.partName,
                                       excerpt: excerpt, highlights: highlights, matched: block.text.utf8Slice(original), page: block.page)
            notes = FindingNotes.notes(for: block, matched: original)
        }
        let named = roles.filling(match.values, for: rule)
        return Finding(ruleID: rule.id, family: rule.family, severity: rule.severity(for: perspective), kind: .match,
                       title: rule.title, message: render(rule.message, named), explanation: rule.explanation(for: perspective),
                       advice: render(rule.advice(for: perspective), named), location: location, values: match.values, notes: notes,
                       fingerprint: Fingerprint.make(rule.id, match.unit.text), suppression: nil)
    }

    private func missingFinding(_ rule: Rule) -> Finding {
        Finding(ruleID: rule.id, family: rule.family, severity: rule.severity(for: perspective), kind: .missing,
                title: rule.title, message: rule.message, explanation: rule.explanation(for: perspective), advice: rule.advice(for: perspective),
                location: nil, values: [:], notes: [], fingerprint: Fingerprint.make(rule.id, "missing"), suppression: nil)
    }

    private func render(_ text: LocalizedText, _ values: [String: ExtractedValue]) -> LocalizedText {
        // A sentence that opens with a party ("{actor} may…") opens with a capital ("the provider" → "The provider").
        var en = MessageTemplate.render(text.en, values: values, language: .en)
        if let first = en.utf8.first, first &- 0x61 < 26, text.en.hasPrefix("{") { en = en.prefix(1).uppercased() + en.dropFirst() }
        return LocalizedText(zh: MessageTemplate.render(text.zh, values: values, language: .zh), en: en)
    }
}

/// A stable identity for a finding: FNV-1a of the rule id and the normalised text (whitespace-insensitive).
public enum Fingerprint {
    public static func make(_ ruleID: String, _ text: String) -> String {
        // FNV-1a over the rule id, a NUL, and the text without spaces, tabs and newlines; streamed, because a
        // document-scope unit is the whole contract.
        var hash: UInt64 = 0xcbf29ce484222325
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        for byte in ruleID.utf8 { add(byte) }
        add(0)
        for byte in text.utf8 where byte != 0x20 && byte != 0x0A && byte != 0x09 { add(byte) }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
