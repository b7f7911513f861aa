import ClauseGuardText
import ClauseGuardUnderstanding

/// The lexicons' `rule_aliases`: role words (商家, 委托方, 我们, 受托方) written as the letter of their role in the view of
/// the text rules match, after the letters are put the usual way round. Rules say 甲方 for the client and 乙方 for the
/// provider; a contract written with role words only is matched as if it used the letters.
struct RuleAliases: Sendable {
    /// (words, the letter they are read as), one entry per language and role.
    private let replacements: [(words: [String], letter: String)]
    /// Every alias's bytes, found in one pass per text.
    private let automaton: LiteralAutomaton

    init(_ lexicons: Lexicons) {
        var replacements: [(words: [String], letter: String)] = []
        for language in lexicons.byLanguage.keys.sorted() {
            guard let lexicon = lexicons[language], lexicon.letters.count >= 2 else { continue }
            for (role, letter) in [(FrameRole.client, lexicon.letters[0]), (.provider, lexicon.letters[1])] {
                let words = (lexicon.ruleAliases[role] ?? []).filter { $0 != letter }
                if !words.isEmpty { replacements.append((words, letter)) }
            }
        }
        self.replacements = replacements
        automaton = LiteralAutomaton(literals: replacements.flatMap { $0.words.map { Array($0.utf8) } })
    }

    /// Whether any alias occurs in `texts` (one automaton pass per text: this runs on every block of every contract
    /// and every sentence a frame rule reads; a search per alias was 2 % of a scan).
    func occur(in texts: [NormalizedText]) -> Bool {
        guard !replacements.isEmpty else { return false }
        return texts.contains { text in
            var text = text.text
            return text.withUTF8 { automaton.occurs(in: $0) }
        }
    }

    /// `text` with its aliases written as letters; the text itself (no copy) when it holds none, which is most of them.
    func applied(to text: NormalizedText) -> NormalizedText {
        guard occur(in: [text]) else { return text }
        return replacements.reduce(text) { $0.replacing($1.words, with: $1.letter, unless: RoleWordCompounds.isCompound) }
    }
}
