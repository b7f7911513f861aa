import Yams

/// Reads a lexicon file. Unknown keys are errors (a typo would silently drop words), reported with file:line.
public enum LexiconParser {
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static func parse(yaml: String, file: String) -> Result<Lexicon, Problem> {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { return .failure(Problem(file: file, line: 1, message: "empty lexicon file")) }
            root = node
        } catch {
            return .failure(Problem(file: file, line: 1, message: "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")"))
        }
        do {
            return .success(try read(root, file: file))
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(file: file, line: 1, message: "\(error)"))
        }
    }

    private static func read(_ root: Node, file: String) throws -> Lexicon {
        let top = try mapping(root, file)
        guard let language = top["language"]?.scalar?.string, !language.isEmpty else {
            throw Problem(file: file, line: line(root), message: "a lexicon needs `language: zh` (or en)")
        }
        var lexicon = Lexicon(language: language)
        for (keyNode, value) in top.entries {
            let key = keyNode.key
            switch key {
            case "language": break
            case "parties":
                for (k, v) in try mapping(value, file).entries {
                    let words = try list(v, file)
                    switch k.key {
                    case "letters": lexicon.letters = words
                    case "both": lexicon.both = words
                    case "either": lexicon.either = words
                    case "other": lexicon.other = words
                    default: throw unknown(k, "parties", ["letters", "both", "either", "other"], file)
                    }
                }
            case "roles":
                for (k, v) in try mapping(value, file).entries {
                    guard let role = FrameRole(rawValue: k.key), role == .client || role == .provider else {
                        throw unknown(k, "roles", ["client", "provider"], file)
                    }
                    lexicon.roleWords[role] = try list(v, file)
                }
            case "rule_aliases":
                for (k, v) in try mapping(value, file).entries {
                    guard let role = FrameRole(rawValue: k.key), role == .client || role == .provider else {
                        throw unknown(k, "rule_aliases", ["client", "provider"], file)
                    }
                    let words = try list(v, file)
                    lexicon.ruleAliases[role] = words
                }
            case "recitals":
                for (k, v) in try mapping(value, file).entries {
                    switch k.key {
                    case "client_hires": lexicon.clientHires = try list(v, file)
                    case "provider_serves": lexicon.providerServes = try list(v, file)
                    default: throw unknown(k, "recitals", ["client_hires", "provider_serves"], file)
                    }
                }
            case "modality":
                try fill(&lexicon.modalities, value, "modality", file)
            case "actions":
                try fill(&lexicon.actions, value, "actions", file)
            case "triggers":
                try fill(&lexicon.triggers, value, "triggers", file)
            case "conditions":
                for (k, v) in try mapping(value, file).entries {
                    switch k.key {
                    case "before": lexicon.conditionsBefore = try list(v, file)
                    case "after": lexicon.conditionsAfter = try list(v, file)
                    default: throw unknown(k, "conditions", ["before", "after"], file)
                    }
                }
            case "key_terms":
                for (k, v) in try mapping(value, file).entries {
                    switch k.key {
                    case "penalty_words": lexicon.keyTermCues.penaltyWords = try list(v, file)
                    case "pay_words": lexicon.keyTermCues.payWords = try list(v, file)
                    case "not_penalty": lexicon.keyTermCues.notPenalty = try list(v, file)
                    case "term_words": lexicon.keyTermCues.termWords = try list(v, file)
                    case "renewal_cues": lexicon.keyTermCues.renewalCues = try list(v, file)
                    case "exit_words": lexicon.keyTermCues.exitWords = try list(v, file)
                    case "interest_words": lexicon.keyTermCues.interestWords = try list(v, file)
                    case "agreed_renewal": lexicon.keyTermCues.agreedRenewal = try list(v, file)
                    case "survival": lexicon.keyTermCues.survival = try list(v, file)
                    case "beyond_penalty": lexicon.keyTermCues.beyondPenalty = try list(v, file)
                    case "renewal_elsewhere": lexicon.keyTermCues.renewalElsewhere = try list(v, file)
                    default: throw unknown(k, "key_terms", ["penalty_words", "pay_words", "not_penalty", "term_words", "renewal_cues", "exit_words", "interest_words", "agreed_renewal", "survival", "beyond_penalty", "renewal_elsewhere"], file)
                    }
                }
            case "back_reference":
                for (k, v) in try mapping(value, file).entries {
                    switch k.key {
                    case "words": lexicon.backReference.words = try list(v, file)
                    case "only_before": lexicon.backReference.onlyBefore = try list(v, file)
                    case "only_after": lexicon.backReference.onlyAfter = try list(v, file)
                    default: throw unknown(k, "back_reference", ["words", "only_before", "only_after"], file)
                    }
                }
            case "loanwords":
                for (k, v) in try mapping(value, file).entries { lexicon.loanwords[k.key] = try list(v, file) }
            case "negation": lexicon.negation = try list(value, file)
            case "exceptions": lexicon.exceptions = try list(value, file)
            case "waivers": lexicon.waivers = try list(value, file)
            case "plain": lexicon.plain = try list(value, file)
            case "receives": lexicon.receives = try list(value, file)
            case "values":
                for (k, v) in try mapping(value, file).entries {
                    if k.key == "base" { try fill(&lexicon.bases, v, "values.base", file); continue }
                    guard let cue = ValueCue(rawValue: k.key) else {
                        throw unknown(k, "values", ValueCue.allCases.map(\.rawValue) + ["base"], file)
                    }
                    lexicon.cues[cue] = try list(v, file)
                }
            default:
                throw unknown(keyNode, "the lexicon",
                              ["language", "parties", "roles", "rule_aliases", "recitals", "modality", "actions", "triggers", "conditions",
                               "negation", "exceptions", "waivers", "plain", "receives", "values", "key_terms", "back_reference", "loanwords"], file)
            }
        }
        return lexicon
    }

    private static func fill<Key: RawRepresentable & CaseIterable>(_ target: inout [Key: [String]], _ node: Node, _ section: String,
                                                                  _ file: String) throws where Key.RawValue == String {
        for (k, v) in try mapping(node, file).entries {
            guard let key = Key(rawValue: k.key) else { throw unknown(k, section, Key.allCases.map(\.rawValue), file) }
            target[key] = try list(v, file)
        }
    }

    private static func mapping(_ node: Node, _ file: String) throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw Problem(file: file, line: line(node), message: "expected a mapping") }
        return mapping
    }

    private static func list(_ node: Node, _ file: String) throws -> [String] {
        guard let sequence = node.sequence else { throw Problem(file: file, line: line(node), message: "expected a list of words") }
        return try sequence.map { item in
            guard let word = item.scalar?.string, !word.isEmpty else { throw Problem(file: file, line: line(item), message: "expected a word") }
            return word
        }
    }

    private static func unknown(_ key: Node, _ section: String, _ known: [String], _ file: String) -> Problem {
        Problem(file: file, line: line(key), message: "unknown key '\(key.key)' in \(section) (known: \(known.joined(separator: ", ")))")
    }

    private static func line(_ node: Node) -> Int { node.mark.map { $0.line } ?? 1 }
}

private extension Node {
    var key: String { scalar?.string ?? "" }
}

private extension Node.Mapping {
    /// Key–value pairs in file order.
    var entries: [(Node, Node)] { map { ($0.key, $0.value) } }
}
