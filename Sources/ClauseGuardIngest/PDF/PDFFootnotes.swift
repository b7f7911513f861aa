import ClauseGuardText

/// Finds the footnotes printed at the foot of a PDF's pages, so they are kept apart like Word's footnotes instead of
/// being read into the clause the page happens to end with (where a note numbered `1` would open a clause `1`).
/// A footnote is a run of lines at the end of a page's body, in the lower part of the page, set smaller than the
/// document's usual line, the first of them starting with a note mark (`1`, `①`, `*`, `†`, `[1]`).
enum PDFFootnotes {
    static func split(_ body: [PDFLine], pages: [PDFPage]) -> (body: [PDFLine], notes: [PDFLine]) {
        let heights = body.compactMap { $0.box?.charHeight }.sorted()
        guard !heights.isEmpty else { return (body, []) }
        let usual = heights[heights.count / 2]
        let pageHeights = Dictionary(pages.map { ($0.number, $0.height) }, uniquingKeysWith: { a, _ in a })
        var notes = Set<Int>()
        var end = body.count
        while end > 0 {
            let page = body[end - 1].page
            var start = end
            while start > 0, body[start - 1].page == page { start -= 1 }
            // Trailing small lines in the lower part of the page.
            var first = end
            while first > start, let box = body[first - 1].box, box.charHeight < 0.9 * usual,
                  box.top > 0.6 * (pageHeights[page] ?? .infinity) {
                first -= 1
            }
            if let mark = (first..<end).first(where: { startsWithNoteMark(body[$0].text) }), mark > start {
                notes.formUnion(mark..<end)
            }
            end = start
        }
        guard !notes.isEmpty else { return (body, []) }
        return (body.indices.filter { !notes.contains($0) }.map { body[$0] }, notes.sorted().map { body[$0] })
    }

    static func startsWithNoteMark(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if ("①"..."⑳").contains(first) || "*†‡".unicodeScalars.contains(first) { return true }
        let digits = text.unicodeScalars.prefix { ("0"..."9").contains($0) }.count
        if digits > 0, digits <= 3 {
            let next = text.unicodeScalars.dropFirst(digits).first
            return next == nil || next!.properties.isWhitespace || CJK.isIdeograph(next!)
        }
        return text.hasPrefix("[") && text.unicodeScalars.dropFirst().prefix { ("0"..."9").contains($0) }.count > 0
    }
}
