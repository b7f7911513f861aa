import ClauseGuardModel
import ClauseGuardText

/// The articles of a Chinese contract whose heading names termination (四、合同签订与解除： / 第十三条 合同的生效期限和终止 /
/// 九、协议的中止：). Old templates state termination there as an event or a procedure, without a modal or a party
/// (服务合同才视为终止, 因××××终止, 乙方如需中止委托关系，应…): it is a termination term because of where it stands.
enum TerminationHeadings {
    /// A heading is the first block of its article, this short at most, and not a sentence.
    static let maxHeadingCharacters = 40

    /// For each block after such a heading, in the same article, the heading's block. Only headings are read with the
    /// automaton (a few blocks a contract). `index` gives the Chinese lexicon's, or nil when none is loaded; it is asked
    /// for only once a block could be a Chinese heading, so a run of English contracts need not build it.
    static func blocks(_ document: ContractDocument, normalized: [NormalizedText], index: () -> LexiconIndex?) -> [Int: Int] {
        var out: [Int: Int] = [:]
        var article: ArraySlice<String>?
        var heading: Int?
        for i in document.blocks.indices where document.blocks[i].part == .body || document.blocks[i].part == .tableCell {
            let path = document.blocks[i].articlePath
            if path != article {
                article = path
                heading = !path.isEmpty && isTerminationHeading(normalized[i].text, index) ? i : nil
                continue
            }
            if let heading { out[i] = heading }
        }
        return out
    }

    /// Whether `text` has more than `n` characters (`text.index(text.startIndex, offsetBy: n + 1, limitedBy:
    /// text.endIndex) != nil`), counted by scalars while they are plain (each its own character: a heading's and a
    /// paragraph's first characters nearly always are), and by characters from the first scalar that is not.
    static func longer(_ text: String, than n: Int) -> Bool {
        guard text.utf8.count > n else { return false }
        var count = 0
        for scalar in text.unicodeScalars {
            guard SentenceReading.isPlainScalar(scalar.value) else {
                return text.index(text.startIndex, offsetBy: n + 1, limitedBy: text.endIndex) != nil
            }
            count += 1
            if count > n { return true }
        }
        return false
    }

    private static func isTerminationHeading(_ text: String, _ index: () -> LexiconIndex?) -> Bool {
        // At most that many characters, counted no further than one past it (a paragraph can be long).
        guard !longer(text, than: maxHeadingCharacters), !text.has("。"),
              text.unicodeScalars.contains(where: CJK.isIdeograph), let index = index() else { return false }
        // 协议的中止 heads the agreement's end in old templates, though 中止 alone is a suspension elsewhere.
        return index.hits(in: Array(text.utf8)).contains { $0.categories.contains(.action(.terminate)) || $0.categories.contains(.action(.suspend)) }
    }
}
