import ClauseGuardText
import ClauseGuardUnderstanding

/// The names a contract gives its parties (杭州锦程商贸有限公司（下称“锦程”）, "Brightline", Party B) written, in the view
/// rule patterns match, as the words the rules use for their sides: 甲方 / 乙方 in Chinese, Client / Provider in
/// English. A rule written once for "甲方…自行承担" or "Client shall pay" then reads "锦程自行承担" and "Party B shall
/// pay" the same. Only parties whose side the contract itself states are renamed (a documented default could be wrong,
/// and a wrong name turns a protection into a trap); reports quote the contract's words.
struct ContractNames {
    private let replacements: [(names: [String], word: String, english: Bool)]

    /// `chinese`: the contract is read with the Chinese lexicon, so its English names (以下简称“Brand”) are written as the
    /// letters the Chinese rules use.
    init(_ parties: PartyMap?, chinese: Bool = false) {
        var replacements: [(names: [String], word: String, english: Bool)] = []
        for role in [FrameRole.client, .provider] {
            let stated = (parties?.parties(in: role) ?? []).filter { party in party.evidence.contains { $0.kind != .default } }
            // Party A / Party B are renamed as the swap leaves them: the client's letter is Party A in the view.
            let names = stated.flatMap { party in
                [Self.englishLetters.contains(party.label) ? (role == .client ? "Party A" : "Party B") : party.label] + (party.aliases ?? [])
            }.filter { !Self.letters.contains($0) }
            let han = names.filter { $0.unicodeScalars.contains(where: CJK.isIdeograph) }
            let english = names.filter { !$0.unicodeScalars.contains(where: CJK.isIdeograph) && $0 != Self.englishWord[role] }
            let letter = role == .client ? "甲方" : "乙方"
            if !han.isEmpty { replacements.append((han, letter, false)) }
            if !english.isEmpty { replacements.append((english, chinese ? letter : Self.englishWord[role]!, true)) }
        }
        self.replacements = replacements
    }

    /// The letters are put the rules' way round by the swap, not renamed.
    private static let letters: Set<String> = ["甲方", "乙方"]
    private static let englishLetters: Set<String> = ["Party A", "Party B"]
    private static let englishWord: [FrameRole: String] = [.client: "Client", .provider: "Provider"]

    func applied(to text: NormalizedText) -> NormalizedText {
        replacements.reduce(text) { text, r in
            text.replacing(r.names, with: r.word, unless: r.english ? Self.insideAWord : { _, _ in false })
        }
    }

    /// An English name is a whole word: "Acme" is not renamed inside "Acmeville".
    private static func insideAWord(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        func isWordByte(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) }
        return (word.lowerBound > 0 && isWordByte(bytes[word.lowerBound - 1])) || (word.upperBound < bytes.count && isWordByte(bytes[word.upperBound]))
    }
}
