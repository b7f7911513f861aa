import ClauseGuardModel
import ClauseGuardText
#if canImport(Glibc)
import Glibc
#endif

/// Runs a rule set over a contract and produces findings. Rules are compiled once and shared; an Analyzer
/// holds no mutable state, so one instance serves every worker.
public struct Analyzer: Sendable {
    public let rules: RuleSet
    public let perspective: Perspective
    /// The rules that run for this perspective, boxed so the hot loops pass one reference instead of copying
    /// every field of a `Rule` for every unit.
    private let active: [RuleBox]

    public init(rules: RuleSet, perspective: Perspective = .client) {
        self.rules = rules
        self.perspective = perspective
        active = rules.rules.filter { $0.applies(to: perspective) }.map(RuleBox.init)
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
    }

    public func analyze(_ document: ContractDocument) -> Result {
        let languages = LanguageDetector.languages(of: document)
        guard !active.isEmpty else { return Result(findings: [], warnings: [], languages: languages) }
        let units = TextUnits(document: document)
        var findings: [Finding] = []
        var warnings: [String] = []
        for box in active {
            do {
                guard try applies(box, units) else { continue }
                switch box.rule.kind {
                case .match:
                    findings += try matchFindings(box, units)
                case .missing:
                    // A protection missing from a contract in another language is not a finding.
                    guard box.rule.languages.contains(where: languages.contains) else { continue }
                    if try firstMatch(box, units) == nil { findings.append(missingFinding(box.rule)) }
                }
            } catch {
                warnings.append("\(document.source): rule \(box.rule.id) skipped: its pattern exceeded the backtracking budget")
            }
        }
        return Result(findings: findings, warnings: warnings, languages: languages)
    }

    // MARK: - Matching

    private struct UnitMatch {
        var unit: TextUnits.Unit
        var ranges: [Range<Int>]
        var values: [String: ExtractedValue]
    }

    private func matchFindings(_ box: RuleBox, _ units: TextUnits) throws -> [Finding] {
        var out: [Finding] = []
        for index in units.units(for: box.rule.scope).indices {
            if let match = try self.match(box, unit: index, in: units) {
                out.append(finding(box.rule, match, units))
            }
        }
        return out
    }

    private func firstMatch(_ box: RuleBox, _ units: TextUnits) throws -> UnitMatch? {
        for index in units.units(for: box.rule.scope).indices {
            if let match = try self.match(box, unit: index, in: units) { return match }
        }
        return nil
    }

    /// Whether the contract is one the rule is about (`requires:`), checked on the whole text.
    private func applies(_ box: RuleBox, _ units: TextUnits) throws -> Bool {
        guard !box.rule.requires.isEmpty, let document = units.document.first else { return true }
        for pattern in box.rule.requires {
            if let literal = pattern.requiredLiteral,
               !Self.contains(pattern.literalIsCaseless ? units.lowered(.document, 0) : document.bytes, literal) { continue }
            if try pattern.regex.firstMatch(in: document.text) != nil { return true }
        }
        return false
    }

    /// The rule's first satisfying match in one unit: some `any` pattern (if any), every `all` pattern,
    /// no `not` pattern, and the condition true on the values extracted.
    private func match(_ box: RuleBox, unit index: Int, in units: TextUnits) throws -> UnitMatch? {
        let scope = box.rule.scope
        let unit = units.units(for: scope)[index]
        let mayMatch = { (pattern: CompiledPattern) -> Bool in
            guard let literal = pattern.requiredLiteral else { return true }
            return Self.contains(pattern.literalIsCaseless ? units.lowered(scope, index) : unit.bytes, literal)
        }
        guard box.rule.any.isEmpty || box.rule.any.contains(where: mayMatch), box.rule.all.allSatisfy(mayMatch) else { return nil }
        let rule = box.rule

        var allRanges: [Range<Int>] = []
        var allValues: [String: ExtractedValue] = [:]
        for pattern in rule.all {
            guard let m = try pattern.regex.firstMatch(in: unit.text) else { return nil }
            allRanges.append(m.range)
            allValues.merge(values(of: m, pattern, unit.text)) { a, _ in a }
        }
        for pattern in rule.not where mayMatch(pattern) {
            if try pattern.regex.firstMatch(in: unit.text) != nil { return nil }
        }
        let candidates: [(Range<Int>?, [String: ExtractedValue])]
        if rule.any.isEmpty {
            candidates = [(nil, [:])]
        } else {
            var list: [(Range<Int>?, [String: ExtractedValue])] = []
            for pattern in rule.any where mayMatch(pattern) {
                for m in try pattern.regex.allMatches(in: unit.text) { list.append((m.range, values(of: m, pattern, unit.text))) }
            }
            candidates = list
        }
        for (range, anyValues) in candidates {
            let merged = anyValues.merging(allValues) { a, _ in a }
            if let condition = rule.condition, !condition.evaluate(merged, parameters: rule.params) { continue }
            let ranges = (range.map { [$0] } ?? []) + allRanges
            return UnitMatch(unit: unit, ranges: ranges, values: merged)
        }
        return nil
    }

    /// The cheap literal prefilter: a byte search with memchr for the first byte and memcmp for the rest
    /// (memmem is not exported on Linux).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!
                var offset = 0
                let last = h.count - n.count
                while offset <= last {
                    guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position, n.baseAddress!, n.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }

    private func values(of match: RegexMatch, _ pattern: CompiledPattern, _ text: String) -> [String: ExtractedValue] {
        var out: [String: ExtractedValue] = [:]
        for (name, kind) in pattern.placeholders {
            guard let range = match.range(named: name), let value = Placeholders.parse(kind, text.utf8Slice(range)) else { continue }
            out[name] = value
        }
        return out
    }

    // MARK: - Findings

    private func finding(_ rule: Rule, _ match: UnitMatch, _ units: TextUnits) -> Finding {
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
                                       clause: block.clauseDisplay, part: block.part, partName: block.partName,
                                       excerpt: excerpt, highlights: highlights, matched: block.text.utf8Slice(original))
            notes = FindingNotes.notes(for: block, matched: original)
        }
        return Finding(ruleID: rule.id, family: rule.family, severity: rule.severity(for: perspective), kind: .match,
                       title: rule.title, message: render(rule.message, match.values), explanation: rule.explanation,
                       advice: render(rule.advice, match.values), location: location, values: match.values, notes: notes,
                       fingerprint: Fingerprint.make(rule.id, match.unit.text), suppression: nil)
    }

    private func missingFinding(_ rule: Rule) -> Finding {
        Finding(ruleID: rule.id, family: rule.family, severity: rule.severity(for: perspective), kind: .missing,
                title: rule.title, message: rule.message, explanation: rule.explanation, advice: rule.advice,
                location: nil, values: [:], notes: [], fingerprint: Fingerprint.make(rule.id, "missing"), suppression: nil)
    }

    private func render(_ text: LocalizedText, _ values: [String: ExtractedValue]) -> LocalizedText {
        LocalizedText(zh: MessageTemplate.render(text.zh, values: values, chinese: true),
                      en: MessageTemplate.render(text.en, values: values, chinese: false))
    }
}

/// A stable identity for a finding: FNV-1a of the rule id and the normalised text (whitespace-insensitive).
public enum Fingerprint {
    public static func make(_ ruleID: String, _ text: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in ruleID.utf8 + [0] + text.utf8.filter({ $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
