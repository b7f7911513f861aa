import ClauseGuardText
import ClauseGuardUnderstanding

/// The role words a Chinese contract without letters calls its parties by (委托人 / 受托人, 委托方 / 受托方, 商家): its
/// findings say them instead of the rules' 甲方 / 乙方, which that contract never uses, so a merchant reads "受托人可单方
/// 调整服务费" about the contract in front of it. The words are the lexicon's rule aliases, the one the contract uses most
/// for each side; a contract that says 甲方 or 乙方 anywhere keeps the letters.
struct ContractRoleWords {
    let client: String
    let provider: String
    /// The rules' letters for the client and the provider (甲方, 乙方).
    private let letters: (client: String, provider: String)

    static func of(_ texts: [NormalizedText], lexicon: Lexicon?) -> ContractRoleWords? {
        guard let lexicon, lexicon.letters.count >= 2 else { return nil }
        let letters = lexicon.letters.prefix(2)
        guard !texts.contains(where: { text in letters.contains { text.text.has($0) } }) else { return nil }
        func mostUsed(_ role: FrameRole) -> String? {
            // First-person words (我们, 我司) name the writer, which a report read by the merchant would mistake for itself.
            let words = (lexicon.ruleAliases[role] ?? []).filter { !$0.isEmpty && !$0.hasPrefix("我") }
            var best: (word: String, count: Int)?
            for word in words {
                let count = texts.reduce(0) { $0 + $1.text.components(separatedBy: word).count - 1 }
                if count > 0, count > (best?.count ?? 0) { best = (word, count) }
            }
            return best?.word
        }
        guard let client = mostUsed(.client), let provider = mostUsed(.provider) else { return nil }
        return ContractRoleWords(client: client, provider: provider, letters: (letters.first!, letters.last!))
    }

    /// The finding's Chinese words with the letters written as the contract's role words.
    func wording(_ finding: Finding) -> Finding {
        var f = finding
        func say(_ text: LocalizedText) -> LocalizedText {
            LocalizedText(zh: text.zh.replacingOccurrences(of: letters.client, with: client).replacingOccurrences(of: letters.provider, with: provider),
                          en: text.en)
        }
        f.title = say(f.title); f.message = say(f.message); f.explanation = say(f.explanation); f.advice = say(f.advice)
        return f
    }
}
