/// Puts the lines of a two-column page in reading order: the left column, then the right one, band by band
/// between lines that span both (a title across the page). poppler's own order sometimes reads such a page row by
/// row across the gutter. A gutter is taken only where it is plain: at least three lines start at the same place
/// in the middle of the page, the lines left of it mostly run up to it (a column of text, not a table's first
/// cells), and few lines cross it.
enum PDFColumns {
    static func order(_ lines: [PDFLine], pageWidth: Double) -> [PDFLine] {
        guard lines.count >= 6, pageWidth > 0, lines.allSatisfy({ $0.box != nil }) else { return lines }
        let boxes = lines.map { $0.box! }
        let starts = boxes.map(\.minX).filter { $0 > pageWidth * 0.3 && $0 < pageWidth * 0.7 }
        // The most common start in the middle band, to within 4 points.
        var best: (x: Double, count: Int)?
        for x in starts {
            let count = starts.filter { abs($0 - x) <= 4 }.count
            if count >= 3, count > (best?.count ?? 0) { best = (x, count) }
        }
        guard let found = best else { return lines }
        let gutter = found.x - 2
        let left = lines.indices.filter { boxes[$0].maxX <= gutter + 1 }
        let right = lines.indices.filter { boxes[$0].minX >= gutter - 1 }
        let spanning = lines.indices.filter { boxes[$0].maxX > gutter + 1 && boxes[$0].minX < gutter - 1 }
        guard left.count >= 3, right.count >= 3, spanning.count <= max(2, lines.count / 5) else { return lines }
        let leftEdge = left.map { boxes[$0].minX }.min()!
        let reachesGutter = left.filter { boxes[$0].maxX >= gutter - 0.25 * (gutter - leftEdge) }.count
        guard reachesGutter * 2 >= left.count else { return lines }

        func byPosition(_ a: Int, _ b: Int) -> Bool {
            abs(boxes[a].top - boxes[b].top) > 2 ? boxes[a].top < boxes[b].top : boxes[a].minX < boxes[b].minX
        }
        var out: [PDFLine] = []
        var bandTop = -Double.infinity
        for divider in spanning.sorted(by: byPosition) + [nil] {
            let bandBottom = divider.map { boxes[$0].top } ?? .infinity
            func inBand(_ i: Int) -> Bool { boxes[i].top >= bandTop && boxes[i].top < bandBottom }
            out += left.filter(inBand).sorted(by: byPosition).map { lines[$0] }
            out += right.filter(inBand).sorted(by: byPosition).map { lines[$0] }
            if let divider { out.append(lines[divider]); bandTop = boxes[divider].top + 0.01 }
        }
        return out.count == lines.count ? out : lines
    }
}
