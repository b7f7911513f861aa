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
    /// What a label pattern starts with. Each pattern is anchored on its first character, so only the patterns of
    /// the paragraph's first character's class run (trying all fifteen for every paragraph was most of finding
    /// clause paths).
    private enum Start { case ordinal, latin, digit, parenthesis, numeral, circled }

    /// The patterns by the class of their first character, each class's in table order.
    private static let patterns: [Start: [(Kind?, PCRERegex)]] = {
        let cn = cnDigits
        let table: [(Start, Kind?, String)] = [
            (.ordinal, .chapter, "^(第[\(cn)]{1,6}[章编])[\\s　:：]*"),
            (.latin, .chapter, "^((?i:chapter|part)\\s+[0-9IVXivx]{1,5})[.:]?\\s*"),
            (.ordinal, .section, "^(第[\(cn)]{1,6}节)[\\s　:：]*"),
            (.ordinal, .article, "^(第[\(cn)]{1,6}条)[\\s　:：、.．]*"),
            (.latin, .article, "^((?i:article|clause|section)\\s+[0-9]{1,3})(?![.][0-9])[.:]?\\s*"),
            (.latin, nil, "^((?i:section|clause)\\s+[0-9]{1,3}(?:\\.[0-9]{1,3})+)[.:]?\\s*"),
            (.numeral, .chineseEnumeration, "^([一二三四五六七八九十]{1,3})[、．.]\\s*"),
            (.parenthesis, .chineseParenthesised, "^([（(][一二三四五六七八九十]{1,3}[）)])[\\s、]*"),
            (.parenthesis, .parenthesisedRoman, "^([（(](?:ii|iii|iv|vi|vii|viii|ix|xi|xii)[）)])\\s*"),
            (.parenthesis, .parenthesisedLetter, "^([（(][a-z][）)])\\s*"),
            (.parenthesis, .parenthesisedNumber, "^([（(][0-9]{1,2}[）)])[\\s、]*"),
            (.digit, .numberParen, "^([0-9]{1,2}[)）])\\s*"),
            (.circled, .circled, "^([①-⑳])\\s*"),
            (.digit, nil, "^([0-9]{1,2}(?:[.．][0-9]{1,2})*)(?:[.．、](?![0-9])\\s*|\\s+)"),
            (.latin, .letter, "^([a-z][.)])\\s+"),
        ]
        return Dictionary(grouping: table, by: \.0).mapValues { rows in rows.map { ($0.1, try! PCRERegex($0.2)) } }
    }()

    /// The label at the start of `text`, if any.
    static func detect(in text: String) -> ClauseLabel? {
        guard mayStartLabel(text), let first = text.unicodeScalars.first, let start = start(of: first) else { return nil }
        for (kind, regex) in patterns[start] ?? [] {
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

    /// The class of a paragraph's first character; nil when no label starts with it.
    private static func start(of first: Unicode.Scalar) -> Start? {
        switch first.value {
        case 0x7B2C: .ordinal  // 第 (第八条, 第三章)
        case 0x41...0x5A, 0x61...0x7A: .latin
        case 0x30...0x39: .digit
        case 0x28, 0xFF08: .parenthesis
        case 0x2460...0x2473: .circled
        case 0x4E00...0x9FFF: .numeral
        default: nil
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
