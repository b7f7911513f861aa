import ClauseGuardModel

/// The question just before a frame's sentence in its block, which sets the answer's topic in plain-language terms
/// ("Don't want to renew? Tell us at least 90 days before your end date." / 问：商家想结束合作，需要提前多久说？答：请您至少提前四个月
/// 告知我们。): the answer alone names no termination or renewal.
public enum QuestionAsked {
    /// The question's text as written, without its question mark; nil when the text before the sentence does not end
    /// on one.
    public static func before(_ frame: ClauseFrame, in document: ContractDocument) -> String? {
        // Most sentences follow no question: look at the bytes before building any text (frame rules ask for every
        // frame they select).
        guard endsOnAQuestionMark(document.blocks[frame.blockIndex].text.utf8, before: frame.sentence.start) else { return nil }
        let text = document.blocks[frame.blockIndex].text.utf8Slice(0..<frame.sentence.start)
        let before = text[..<(text.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? text.startIndex)]
        guard let mark = before.last, mark == "?" || mark == "？" else { return nil }
        return before.dropLast().split(whereSeparator: { ".。!！?？;；".contains($0) }).last.map(String.init) ?? ""
    }

    /// Whether the last byte before `end` that is no space is "?" or the last of "？" (EF BC 9F).
    private static func endsOnAQuestionMark(_ utf8: String.UTF8View, before end: Int) -> Bool {
        var i = utf8.index(utf8.startIndex, offsetBy: min(end, utf8.count))
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            let byte = utf8[i]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { continue }
            return byte == 0x3F || byte == 0x9F && utf8.distance(from: utf8.startIndex, to: i) >= 2
                && utf8[utf8.index(i, offsetBy: -1)] == 0xBC && utf8[utf8.index(i, offsetBy: -2)] == 0xEF
        }
        return false
    }
}
