import ClauseGuardModel

/// The contract's articles by their headings, to say where a missing protection belongs ("add it to 第十一条
/// 合同的解除与终止"): a lawyer redlining needs the place, not only the gap.
struct ArticlePlaces {
    private struct Article {
        /// How a report names it: the clause path's article entry when it carries a title (第十一条 合同的解除与终止),
        /// else the article's first line ("12. TERMINATION").
        var display: String
        /// Lower-cased heading text the family words are looked for in.
        var heading: String
    }

    private let document: ContractDocument
    /// Where each article starts: its first block and the depth of its entry in the clause path.
    private let starts: [(block: Int, depth: Int)]
    /// Articles read so far, by start: a heading is read only when a family's words are looked for in it, and the
    /// first article that holds them ends the search (most articles of a long contract are never read).
    private var articles: [Article?]

    init(_ document: ContractDocument) {
        var starts: [(block: Int, depth: Int)] = []
        var lastKey: ArraySlice<String> = []
        // By index, comparing the article prefix in place: copying every block (its strings and arrays) cost more
        // than the rest.
        for i in document.blocks.indices {
            let depth = document.blocks[i].articleDepth
            guard depth > 0, document.blocks[i].part == .body,
                  !document.blocks[i].clausePath.prefix(depth).elementsEqual(lastKey) else { continue }
            lastKey = document.blocks[i].clausePath.prefix(depth)
            starts.append((i, depth))
        }
        self.document = document
        self.starts = starts
        articles = Array(repeating: nil, count: starts.count)
    }

    private mutating func article(_ k: Int) -> Article {
        if let article = articles[k] { return article }
        let block = document.blocks[starts[k].block]
        let key = Array(block.clausePath.prefix(starts[k].depth))
        let firstLine = Self.firstLine(of: block.text)
        let label = key.joined(separator: " › ")
        let titled = label.count > 4 && label.unicodeScalars.contains { $0.properties.isAlphabetic }
        let display = titled || firstLine.isEmpty ? label : String(firstLine.prefix(60))
        let article = Article(display: display, heading: (label + " " + String(firstLine.prefix(40))).lowercased())
        articles[k] = article
        return article
    }

    /// The text's first line within its first 120 characters, without surrounding spaces and tabs. Read scalar by
    /// scalar: the same as slicing characters for contract text, and Foundation's trimming of every article's
    /// first line was a tenth of a full scan.
    static func firstLine(of text: String) -> String {
        var line = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(120) {
            if scalar == "\n" { break }
            line.append(scalar)
        }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        while let first = line.first, isSpace(first) { line.removeFirst() }
        while let last = line.last, isSpace(last) { line.removeLast() }
        return String(line)
    }

    /// The first article whose heading holds one of the family's heading words, in contract order.
    mutating func place(for family: RuleFamily?) -> String? {
        guard let words = family?.headings.map({ $0.lowercased() }), !words.isEmpty else { return nil }
        for k in starts.indices {
            let article = article(k)
            if words.contains(where: { article.heading.has($0) }) { return article.display }
        }
        return nil
    }
}
