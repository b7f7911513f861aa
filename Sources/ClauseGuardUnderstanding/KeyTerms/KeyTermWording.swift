import ClauseGuardText

/// How a key term's cause and a list's lead-in read in the reports.
public enum KeyTermWording {
    /// The condition of a termination cause as a reader wants it: without the clause's own number (`11.1`, `(1)`)
    /// or the list's trailing `;`, and, when the sentence runs on past its `…的` condition into what follows
    /// (`运营目标未能实现的,乙方不承担任何责任,…`), only the condition.
    public static func cause(_ text: String) -> String {
        var s = Substring(text).drop { $0.isWhitespace }
        s = droppingLabel(s)
        if let end = conditionEnd(s) { s = s[..<end] }
        while let last = s.last, "，,；;。.：:".contains(last) { s = s.dropLast() }
        return String(s)
    }

    /// The heading of a list of causes (`11.1 有下列情形之一的，乙方有权解除合同：`): who may end the contract, once.
    public static func listLeadIn(_ term: KeyTerm) -> LocalizedText {
        let zh = KeyTermSummary.party(term.party, chinese: true), en = KeyTermSummary.party(term.party, chinese: false)
        let verbZH = term.modality == .prohibition ? "不得" : term.modality == .duty ? "应" : "可"
        let verbEN = term.modality == .prohibition ? "may not terminate" : term.modality == .duty ? "must terminate" : "may terminate"
        return LocalizedText(zh: "\(zh)\(verbZH)在下列情形之一时解除合同", en: "\(en.isEmpty ? "A party" : en) \(verbEN) in any of these cases")
    }

    /// `(1)`, `（1）`, `1.`, `11.1`, `1、`, `(a)`, `第十六条` at the start, and the space after it.
    private static func droppingLabel(_ s: Substring) -> Substring {
        var rest = s
        if rest.first == "第", let tiao = rest.prefix(8).firstIndex(where: { $0 == "条" || $0 == "款" }),
           rest[rest.index(after: rest.startIndex)..<tiao].allSatisfy({ "零一二三四五六七八九十百0123456789".contains($0) }),
           rest.index(after: rest.startIndex) < tiao {
            rest = rest[rest.index(after: tiao)...]
        } else if let first = rest.first, first == "(" || first == "（" {
            guard let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }), rest.distance(from: rest.startIndex, to: close) <= 4 else { return s }
            rest = rest[rest.index(after: close)...]
        } else {
            // A number is a label when it has a dot (`11.1`, `1.`) or a mark after it (`1、`, `1)`): `2026年` is not.
            let number = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
            guard !number.isEmpty, number.first != "." else { return s }
            rest = rest.dropFirst(number.count)
            if rest.first == "、" || rest.first == ")" || rest.first == "）" { rest = rest.dropFirst() }
            else if !number.contains(".") { return s }
        }
        let trimmed = rest.drop { $0 == " " || $0 == "　" }
        return trimmed.isEmpty ? s : trimmed
    }

    /// Where a Chinese `…的` condition ends when a comma and more words follow it: just after its `的`.
    private static func conditionEnd(_ s: Substring) -> Substring.Index? {
        var i = s.startIndex
        while i < s.endIndex {
            let next = s.index(after: i)
            if s[i] == "的", next < s.endIndex, "，,；;".contains(s[next]) {
                let after = s.index(after: next)
                return after < s.endIndex ? next : nil
            }
            i = next
        }
        return nil
    }
}
