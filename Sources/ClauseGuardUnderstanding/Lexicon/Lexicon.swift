import Yams

/// The words one language's contracts are read with (`Rules/lexicon/<lang>.yml`): party letters, role words,
/// modalities, actions, triggers and value cues. Data, so users extend it without code.
public struct Lexicon: Sendable {
    public var language: String
    /// Letters a contract defines its parties with (甲方, Party A).
    public var letters: [String] = []
    public var both: [String] = []
    public var either: [String] = []
    public var other: [String] = []
    /// Role words by role (委托方 → client, 服务方 → provider).
    public var roleWords: [FrameRole: [String]] = [:]
    /// Recital verbs: "X 委托 Y" (X hires Y), "X 提供 … Y" (X serves Y).
    public var clientHires: [String] = []
    public var providerServes: [String] = []
    public var modalities: [Modality: [String]] = [:]
    public var actions: [FrameAction: [String]] = [:]
    public var triggers: [Trigger: [String]] = [:]
    public var conditionsBefore: [String] = []
    public var conditionsAfter: [String] = []
    public var negation: [String] = []
    public var exceptions: [String] = []
    /// Words that lift the requirement right after them (无需另行征得甲方同意, "without the Client's consent"): a
    /// protection the rules find just after one of them is no protection.
    public var waivers: [String] = []
    /// Words that hide the lexicon words inside them (即可, 认可, 不限于): they mean nothing to frames.
    public var plain: [String] = []
    /// Words just before a penalty that make the party named with them its receiver, not its payer (乙方…收取违约金).
    public var receives: [String] = []
    public var cues: [ValueCue: [String]] = [:]
    /// Role words that rule patterns read as the letters (商家 as 甲方, 我们 as 乙方), each as long as a letter in UTF-8.
    public var ruleAliases: [FrameRole: [String]] = [:]
    public var bases: [PenaltyBase: [String]] = [:]
    public var keyTermCues = KeyTermCues()
    public var backReference = BackReferenceCues()
    /// English words inside this language's sentences, by the word they are read as (解除: [terminate, termination]).
    public var loanwords: [String: [String]] = [:]

    public init(language: String) { self.language = language }

    /// Adds another file's words to this lexicon (a user's `lexicon/zh.yml` extends the built-in one).
    public mutating func merge(_ other: Lexicon) {
        func add(_ a: inout [String], _ b: [String]) { for word in b where !a.contains(word) { a.append(word) } }
        add(&letters, other.letters); add(&both, other.both); add(&either, other.either); add(&self.other, other.other)
        for (k, v) in other.roleWords { add(&roleWords[k, default: []], v) }
        add(&clientHires, other.clientHires); add(&providerServes, other.providerServes)
        for (k, v) in other.modalities { add(&modalities[k, default: []], v) }
        for (k, v) in other.actions { add(&actions[k, default: []], v) }
        for (k, v) in other.triggers { add(&triggers[k, default: []], v) }
        add(&conditionsBefore, other.conditionsBefore); add(&conditionsAfter, other.conditionsAfter)
        add(&negation, other.negation); add(&exceptions, other.exceptions); add(&waivers, other.waivers); add(&plain, other.plain); add(&receives, other.receives)
        for (k, v) in other.cues { add(&cues[k, default: []], v) }
        for (k, v) in other.ruleAliases { add(&ruleAliases[k, default: []], v) }
        for (k, v) in other.bases { add(&bases[k, default: []], v) }
        add(&keyTermCues.penaltyWords, other.keyTermCues.penaltyWords); add(&keyTermCues.payWords, other.keyTermCues.payWords)
        add(&keyTermCues.notPenalty, other.keyTermCues.notPenalty); add(&keyTermCues.termWords, other.keyTermCues.termWords)
        add(&keyTermCues.renewalCues, other.keyTermCues.renewalCues); add(&keyTermCues.exitWords, other.keyTermCues.exitWords)
        add(&keyTermCues.interestWords, other.keyTermCues.interestWords); add(&keyTermCues.agreedRenewal, other.keyTermCues.agreedRenewal)
        add(&keyTermCues.survival, other.keyTermCues.survival); add(&keyTermCues.beyondPenalty, other.keyTermCues.beyondPenalty)
        add(&keyTermCues.renewalElsewhere, other.keyTermCues.renewalElsewhere)
        add(&backReference.words, other.backReference.words); add(&backReference.onlyBefore, other.backReference.onlyBefore)
        add(&backReference.onlyAfter, other.backReference.onlyAfter)
        for (k, v) in other.loanwords { add(&loanwords[k, default: []], v) }
    }
}

/// Words around a value that say what it is.
public enum ValueCue: String, Sendable, CaseIterable, Codable {
    case floor, cap, per_day, notice_lead, written, business_days, automatic
}

/// What a percentage penalty is a percentage of.
public enum PenaltyBase: String, Sendable, CaseIterable, Codable {
    case remaining_fee, total_fee, monthly_fee, overdue_amount
}

/// Lexicons by language code, as loaded from the pack and the user's rule folders.
public struct Lexicons: Sendable {
    public private(set) var byLanguage: [String: Lexicon] = [:]
    public init() {}

    public subscript(language: String) -> Lexicon? { byLanguage[language] }
    public var isEmpty: Bool { byLanguage.isEmpty }

    public mutating func add(_ lexicon: Lexicon) {
        if byLanguage[lexicon.language] == nil { byLanguage[lexicon.language] = lexicon } else { byLanguage[lexicon.language]!.merge(lexicon) }
    }
}
