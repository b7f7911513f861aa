import Foundation
import ClauseGuardModel
import ClauseGuardText
import ClauseGuardUnderstanding

/// The rule pack's point of view: its patterns and messages say 甲方 / Party A for the client and 乙方 / Party B for
/// the provider. When a contract defines its letters the other way round (甲方(服务方)), the analyzer matches a view
/// of the text with the letters swapped, then swaps them back in what the findings say, so every finding names the
/// contract's own parties and a rule written once works whichever letter the merchant is.
///
/// Role words the lexicon lists as `rule_aliases` (商家, 我们) are read as the letters too: a contract that never says
/// 甲方 ("商家中途不做的…", "我们可以随时撤") meets the same patterns, and so are the contract's own names for its
/// parties (锦程, "Brightline", Party B: `ContractNames`). A letter's gloss in brackets (乙方（委托方）) is dropped
/// (`PartyGlosses`). The dots of abbreviations (Ltd., Inc.) are
/// spaces in this view: patterns read [^.] as "within the sentence"; the wording an amendment replaces is left out
/// (`SupersededWording`); and a sentence that opens by pointing back
/// (上述成交金额…, "Such notice…") continues the one before it (`BackReferenceJoins`).
struct PartyView {
    let swapped: Bool
    private static let pairs = [("甲方", "乙方"), ("Party A", "Party B")]
    private let aliases: RuleAliases
    private let names: ContractNames
    private let joins: BackReferenceJoins?

    /// `chinese`: the contract is read with the Chinese lexicon (its English short names are written as 甲方 / 乙方).
    init(_ parties: PartyMap?, aliases: RuleAliases = RuleAliases(Lexicons()), joins: BackReferenceJoins? = nil, chinese: Bool = false) {
        swapped = parties?.lettersSwapped ?? false
        self.aliases = aliases
        self.joins = joins
        names = ContractNames(parties, chinese: chinese)
    }

    func canonical(_ text: NormalizedText) -> NormalizedText {
        let letters = swapped ? Self.pairs.reduce(text) { $0.swapping($1.0, $1.1) } : text
        let view = SupersededWording.removed(from: PartyGlosses.removed(from: names.applied(to: aliases.applied(to: letters))))
            .withoutAbbreviationDots()
        return joins?.applied(to: view) ?? view
    }

    func contractWording(_ finding: Finding) -> Finding {
        var f = finding
        f.title = swap(f.title); f.message = swap(f.message); f.explanation = swap(f.explanation); f.advice = swap(f.advice)
        f.values = f.values.mapValues { value in
            guard var party = value.as(PartyValue.self) else { return value }
            party.label = swap(party.label)
            return .party(party)
        }
        return f
    }

    /// A rule's own words (written with 甲方 = client) in the contract's letters, before its placeholders are filled.
    func contractLetters(_ text: LocalizedText) -> LocalizedText { swapped ? swap(text) : text }

    private func swap(_ text: LocalizedText) -> LocalizedText { LocalizedText(zh: swap(text.zh), en: swap(text.en)) }

    private func swap(_ text: String) -> String {
        Self.pairs.reduce(text) { text, pair in
            guard text.contains(pair.0) || text.contains(pair.1) else { return text }
            let marker = "\u{0}"
            return text.replacingOccurrences(of: pair.0, with: marker).replacingOccurrences(of: pair.1, with: pair.0)
                .replacingOccurrences(of: marker, with: pair.1)
        }
    }
}
