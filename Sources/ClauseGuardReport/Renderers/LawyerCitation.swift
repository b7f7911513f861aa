import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// The clause a reader is pointed to, written the way a lawyer cites it, for the human-readable reports (the JSON
/// keeps the raw `clausePath` and `clause`).
///
/// Chinese: the article with its heading once, then 款, 项, 目 down the levels: `第十一条（合同的解除与终止）第11.1款第（1）项`,
/// `第三条（服务期限）第3.2款`; a bracketed item is a 项 (`第九条（合同的解除）第（2）项`); a contract numbered without
/// 第…条 is cited from its own numbers (`第7.2条第（a）项`); a chapter or recital numbered `二、` is cited as it appears
/// (`二、3`, `二、2.2`). English: `Section 11.1(a)`, `Section 13 (Notices)`. Either way a heading without a number
/// (the document's title) is left out once a numbered clause follows it, and a chapter (第二章, 一、) once an article does.
enum LawyerCitation {
    static func cite(_ path: [String], language: Language) -> String {
        if path.count == 1, let part = partNames[path[0]] { return language == .zh ? part : path[0] }
        var entries = path.map(Entry.init)
        guard entries.contains(where: { $0.kind != .title }) else { return path.last ?? "" }
        entries.removeAll { $0.kind == .title }
        // An article (第三条) is numbered through the contract and a chapter numbered 二、 outranks any number: what the
        // path holds above them (a chapter, a title, a recital's `4.` left open) is not part of the citation.
        if let top = entries.firstIndex(where: { $0.kind == .article }) ?? entries.firstIndex(where: { $0.kind == .numeral }) {
            entries.removeFirst(top)
        }
        entries = collapsingDecimals(entries)
        return language == .zh ? chinese(entries) : english(entries)
    }

    /// The citation with the page it starts on, for a contract with pages (PDF); `preamble` for text before the first
    /// clause.
    static func cite(_ location: FindingLocation, preamble: String, language: Language) -> String {
        let clause = location.clausePath.isEmpty ? preamble : cite(location.clausePath, language: language)
        guard let page = location.page else { return clause }
        if language == .zh { return clause.isEmpty ? "第\(page)页" : "第\(page)页，\(clause)" }
        return clause.isEmpty ? "page \(page)" : "page \(page), \(clause)"
    }

    private static let partNames = ["header": "页眉", "footer": "页脚", "footnote": "脚注", "endnote": "尾注", "comment": "批注"]

    private static func chinese(_ entries: [Entry]) -> String {
        guard let root = entries.first else { return "" }
        switch root.kind {
        case .article, .grouping, .decimal:
            var out = root.kind == .decimal ? "第\(root.label)条" : root.label
            if root.kind != .decimal || entries.count == 1, let heading = root.heading { out += "（\(heading)）" }
            // 1 = 条, 2 = 款, 3 = 项, 4 = 目.
            var level = 1
            for entry in entries.dropFirst() {
                if entry.kind == .bracket {
                    level = max(level + 1, 3)
                    out += "第（\(entry.label)）" + (level >= 4 ? "目" : "项")
                } else {
                    level += 1
                    out += "第\(entry.label)" + (level == 2 ? "款" : level == 3 ? "项" : "目")
                }
            }
            return out
        case .numeral, .bracket:
            // A chapter or recital numbered 二、 or （一） is cited as it is written: 二、3, （一）2.
            guard entries.count > 1 else { return root.written + (root.heading ?? "") }
            return root.written + entries.dropFirst().map { $0.kind == .bracket ? "（\($0.label)）" : $0.label }.joined()
        case .title:
            return ""
        }
    }

    private static func english(_ entries: [Entry]) -> String {
        let shown = ClauseCitation.display(entries.map(\.original))
        guard entries.first?.kind == .decimal else { return shown }
        if entries.count == 1, let heading = entries[0].heading { return "Section \(entries[0].label) (\(heading))" }
        return "Section " + shown
    }

    /// `8` › `8.2` is cited `8.2`: a decimal number that extends the one before it replaces it.
    private static func collapsingDecimals(_ entries: [Entry]) -> [Entry] {
        var out: [Entry] = []
        for entry in entries {
            if let last = out.last, last.kind == .decimal, entry.kind == .decimal, entry.label.hasPrefix(last.label + ".") {
                out[out.count - 1] = entry
            } else {
                out.append(entry)
            }
        }
        return out
    }

    /// One entry of a clause path, told apart by its number.
    struct Entry {
        enum Kind { case article, grouping, numeral, decimal, bracket, title }
        var kind: Kind
        /// The number as cited: `第三条`, `二`, `3.2`, `1` (of `(1)`).
        var label: String
        var heading: String?
        var original: String

        /// `二、` for a numeral, `（1）` for a bracket: the number as a contract writes it.
        var written: String {
            switch kind {
            case .numeral: label + "、"
            case .bracket: "（\(label)）"
            default: label
            }
        }

        init(_ entry: String) {
            original = entry
            let (head, rest) = Entry.split(entry)
            heading = rest
            if head.hasPrefix("第"), let unit = head.last, "条章节篇款".contains(unit) || head.hasSuffix("部分"),
               head.dropFirst().dropLast(head.hasSuffix("部分") ? 2 : 1).allSatisfy(Entry.isNumeral) {
                kind = unit == "条" || unit == "款" ? .article : .grouping
                label = head
            } else if !head.isEmpty, head.allSatisfy({ Entry.chineseNumerals.contains($0) }) {
                kind = .numeral; label = head
            } else if let number = ClauseCitation.leadingDecimal(head), number.count == head.count || head.dropFirst(number.count) == "." {
                kind = .decimal; label = number
            } else if let inner = Entry.bracketed(head) {
                kind = .bracket; label = inner
            } else {
                kind = .title; label = entry; heading = nil
            }
        }

        /// `第三条 服务期限` → (`第三条`, `服务期限`); `（2） 终止后果` → (`（2）`, `终止后果`).
        private static func split(_ entry: String) -> (String, String?) {
            guard let space = entry.firstIndex(of: " ") else { return (entry, nil) }
            let rest = entry[space...].trimmingCharacters(in: " ")
            return (String(entry[..<space]), rest.isEmpty ? nil : rest)
        }

        static let chineseNumerals = Set("一二三四五六七八九十百千零〇两")
        static func isNumeral(_ ch: Character) -> Bool { chineseNumerals.contains(ch) || (ch.isASCII && ch.isNumber) }

        /// `1` of `(1)`, `（1）` or `1)`; nil otherwise.
        static func bracketed(_ s: String) -> String? {
            var inner = Substring(s)
            if let first = inner.first, first == "(" || first == "（" { inner = inner.dropFirst() }
            guard let last = inner.last, last == ")" || last == "）" else { return nil }
            inner = inner.dropLast()
            guard !inner.isEmpty, inner.count <= 4, !inner.contains(where: { "()（） ".contains($0) }) else { return nil }
            return String(inner)
        }
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
