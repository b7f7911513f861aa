import ClauseGuardModel

/// The question just before a frame's sentence in its block, which sets the answer's topic in plain-language terms
/// ("Don't want to renew? Tell us at least 90 days before your end date." / 问：商家想结束合作，需要提前多久说？答：请您至少提前四个月
/// 告知我们。): the answer alone names no termination or renewal.
public enum QuestionAsked {
    /// The question's text as written, without its question mark; nil when the text before the sentence does not end
    /// on one.
    public static func before(_ frame: ClauseFrame, in document: ContractDocument) -> String? {
        let text = document.blocks[frame.blockIndex].text.utf8Slice(0..<frame.sentence.start)
        let before = text[..<(text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? text.startIndex)]
        guard let mark = before.last, mark == "?" || mark == "？" else { return nil }
        return before.dropLast().split(whereSeparator: { ".。!！?？;；".contains($0) }).last.map(String.init) ?? ""
    }
}
