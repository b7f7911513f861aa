import ClauseGuardModel

/// Finds what a PDF repeats on its pages rather than says once: running headers and footers (a line at the top or
/// bottom of most pages, the same but for its numbers) and bare page numbers (`3`, `- 3 -`, `第 3 页`, `Page 3 of 9`).
/// Running lines are kept apart as header and footer blocks (read once, like a Word header part); page numbers are
/// dropped. What is left is the body, page by page.
enum PDFRunningLines {
    /// Lines looked at on each page, from the top and from the bottom.
    static let edgeLines = 2
    /// The share of the page height, from each edge, where a running line may sit.
    static let edgeShare = 0.085

    struct Result {
        var body: [PDFLine]
        var running: [(part: PartKind, line: PDFLine)]
    }

    static func split(_ pages: [PDFPage]) -> Result {
        let withText = pages.filter { !$0.lines.isEmpty }
        // Normalised edge lines → pages they appear on.
        var seen: [String: Set<Int>] = [:]
        for page in withText {
            for (line, _) in edges(of: page) { seen[key(line.text), default: []].insert(page.number) }
        }
        let needed = max(2, (withText.count + 1) / 2)
        var running: [(part: PartKind, line: PDFLine)] = []
        var shown = Set<String>()
        var body: [PDFLine] = []
        for page in pages {
            var drop = Set<Int>()
            for (line, index) in edges(of: page) {
                let isTop = index < page.lines.count / 2 || (line.box.map { $0.bottom < page.height * edgeShare } ?? false)
                if isPageNumber(line.text) { drop.insert(index); continue }
                // A line starting with a clause label is a clause, never hidden away as a running line.
                if ClauseLabel.detect(in: line.text) != nil { continue }
                let k = key(line.text)
                guard withText.count >= 2, (seen[k]?.count ?? 0) >= needed else { continue }
                drop.insert(index)
                if shown.insert(k).inserted { running.append((isTop ? .header : .footer, line)) }
            }
            body += page.lines.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        }
        return Result(body: body, running: running)
    }

    /// The first and last lines of a page that sit near its top or bottom edge (any, when there is no geometry).
    private static func edges(of page: PDFPage) -> [(PDFLine, Int)] {
        let n = page.lines.count
        var indices = Set(0..<min(edgeLines, n))
        indices.formUnion(max(0, n - edgeLines)..<n)
        return indices.sorted().compactMap { i in
            let line = page.lines[i]
            if let box = line.box, page.height > 0,
               box.top > page.height * edgeShare, box.bottom < page.height * (1 - edgeShare) { return nil }
            return (line, i)
        }
    }

    /// The line with digits folded and white space removed, so `第 3 页` and `第 4 页` compare equal.
    static func key(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            out.append(("0"..."9").contains(scalar) ? "#" : scalar)
        }
        return String(out)
    }

    /// A bare page number: `3`, `- 3 -`, `[3]`, `3 / 9`, `Page 3`, `Page 3 of 9`, `第 3 页`, `第3页 共9页`, `iv`.
    static func isPageNumber(_ text: String) -> Bool {
        let k = key(text).lowercased()
        guard !k.isEmpty, k.unicodeScalars.count <= 16 else { return false }
        let patterns = ["#", "-#-", "–#–", "—#—", "[#]", "(#)", "#/#", "page#", "page#of#", "p.#", "第#页", "第#页共#页", "第#页,共#页", "第#页，共#页", "共#页第#页", "#of#"]
        var collapsed = ""
        for ch in k where !(ch == "#" && collapsed.hasSuffix("#")) { collapsed.append(ch) }
        if patterns.contains(collapsed) { return true }
        return collapsed.count <= 6 && collapsed.allSatisfy { "ivxlc".contains($0) }
    }
}
