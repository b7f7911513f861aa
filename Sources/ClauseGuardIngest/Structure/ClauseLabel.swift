import ClauseGuardText

/// A clause label at the start of a paragraph (`第八条`, `8.2`, `(a)`, `一、`, `Article 5`) and its kind.
/// Kinds decide nesting: a label of a kind already open closes everything below it.
struct ClauseLabel: Equatable {
    enum Kind: Equatable {
        case chapter, section, article
        case chineseEnumeration      // 一、
        case chineseParenthesised    // （一）
        case decimal(depth: Int)     // 8 / 8.2 / 8.2.1
        case parenthesisedNumber     // (1)
        case numberParen             // 1)
        case circled                 // ①
        case parenthesisedLetter     // (a)
        case letter                  // a.
        case parenthesisedRoman      // (iv)
        case heading(level: Int)     // an unnumbered heading paragraph

        /// The items of a list inside a clause: (1), 1), ①, (a), a., (iv).
        var isListItem: Bool {
            switch self {
            case .parenthesisedNumber, .numberParen, .circled, .parenthesisedLetter, .letter, .parenthesisedRoman: true
            default: false
            }
        }

        /// Chapters, sections and unnumbered headings group articles; they are not articles themselves.
        var isGrouping: Bool {
            switch self {
            case .chapter, .section, .heading: true
            default: false
            }
        }
    }

    var kind: Kind
    /// The label as written: `第八条`, `8.2`, `(a)`.
    var text: String
    /// UTF-8 length of the label and the separator after it in the paragraph (0 for Word numbering labels).
    var consumed: Int

    private static let cnDigits = "零〇一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰0-9"
    private static let patterns: [(Kind?, PCRERegex)] = {
        let cn = cnDigits
        let table: [(Kind?, String)] = [
            (.chapter, "^(第[\(cn)]{1,6}[章编])[\\s　:：]*"),
            (.chapter, "^((?i:chapter|part)\\s+[0-9IVXivx]{1,5})[.:]?\\s*"),
            (.section, "^(第[\(cn)]{1,6}节)[\\s　:：]*"),
            (.article, "^(第[\(cn)]{1,6}条)[\\s　:：、.．]*"),
            (.article, "^((?i:article|clause|section)\\s+[0-9]{1,3})(?![.][0-9])[.:]?\\s*"),
            (nil, "^((?i:section|clause)\\s+[0-9]{1,3}(?:\\.[0-9]{1,3})+)[.:]?\\s*"),
            (.chineseEnumeration, "^([一二三四五六七八九十]{1,3})[、．.]\\s*"),
            (.chineseParenthesised, "^([（(][一二三四五六七八九十]{1,3}[）)])[\\s、]*"),
            (.parenthesisedRoman, "^([（(](?:ii|iii|iv|vi|vii|viii|ix|xi|xii)[）)])\\s*"),
            (.parenthesisedLetter, "^([（(][a-z][）)])\\s*"),
            (.parenthesisedNumber, "^([（(][0-9]{1,2}[）)])[\\s、]*"),
            (.numberParen, "^([0-9]{1,2}[)）])\\s*"),
            (.circled, "^([①-⑳])\\s*"),
            (nil, "^([0-9]{1,2}(?:[.．][0-9]{1,2})*)(?:[.．、](?![0-9])\\s*|\\s+)"),
            (.letter, "^([a-z][.)])\\s+"),
        ]
        return table.map { ($0.0, try! PCRERegex($0.1)) }
    }()

    /// The label at the start of `text`, if any.
    static func detect(in text: String) -> ClauseLabel? {
        guard mayStartLabel(text), let first = text.unicodeScalars.first else { return nil }
        // Each pattern is anchored on its first character: only those that can start with this one run (trying all
        // fifteen for every paragraph was most of finding clause paths).
        for (kind, regex) in candidates(startingWith: first) {
            guard let match = try? regex.firstMatch(in: text), let labelRange = match.groups[1] else { continue }
            let label = text.utf8Slice(labelRange)
            let resolved = kind ?? .decimal(depth: decimalDepth(label))
            // A bare number followed by nothing is a table value or a page number, not a clause.
            if match.range.upperBound >= text.utf8.count, case .decimal = resolved { return nil }
            return ClauseLabel(kind: resolved, text: label, consumed: match.range.upperBound)
        }
        return nil
    }

    /// Classifies a Word numbering label such as `第八条`, `8.2.`, `(a)`.
    static func classify(numberingLabel: String) -> ClauseLabel {
        let trimmed = numberingLabel.trimmingWhitespace()
        if let found = detect(in: trimmed + " x") {
            return ClauseLabel(kind: found.kind, text: found.text, consumed: 0)
        }
        return ClauseLabel(kind: .circled, text: trimmed, consumed: 0)
    }

    private static let byFirst: (article: [(Kind?, PCRERegex)], latin: [(Kind?, PCRERegex)], digit: [(Kind?, PCRERegex)],
                                 parenthesis: [(Kind?, PCRERegex)], numeral: [(Kind?, PCRERegex)], circled: [(Kind?, PCRERegex)]) = {
        func pick(_ indices: [Int]) -> [(Kind?, PCRERegex)] { indices.map { patterns[$0] } }
        return (pick([0, 2, 3]), pick([1, 4, 5, 14]), pick([11, 13]), pick([7, 8, 9, 10]), pick([6]), pick([12]))
    }()

    /// The patterns, in table order, whose first character can be `first`.
    private static func candidates(startingWith first: Unicode.Scalar) -> [(Kind?, PCRERegex)] {
        switch first.value {
        case 0x7B2C: byFirst.article  // 第
        case 0x41...0x5A, 0x61...0x7A: byFirst.latin
        case 0x30...0x39: byFirst.digit
        case 0x28, 0xFF08: byFirst.parenthesis
        case 0x2460...0x2473: byFirst.circled
        case 0x4E00...0x9FFF: byFirst.numeral
        default: []
        }
    }

    /// A cheap look at the first characters, so the label patterns run only where a label can be.
    static func mayStartLabel(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        switch first.value {
        case 0x30...0x39, 0x28, 0xFF08, 0x7B2C /* 第 */, 0x2460...0x2473: return true
        case 0x4E00...0x9FFF: return "一二三四五六七八九十".unicodeScalars.contains(first)
        case 0x41...0x5A, 0x61...0x7A:
            let second = text.unicodeScalars.dropFirst().first
            if second == "." || second == ")" { return true }
            let word = text.prefix(8).lowercased()
            return ["article", "clause", "section", "chapter", "part "].contains { word.hasPrefix($0) }
        default: return false
        }
    }

    private static func decimalDepth(_ label: String) -> Int {
        label.split(whereSeparator: { $0 == "." || $0 == "．" }).count
    }
}
