import ClauseGuardText

/// Re-joins a PDF's body lines into the paragraphs they were typeset from. A PDF keeps lines, not paragraphs; a new
/// paragraph starts where a reader sees one:
///  * a blank line (a vertical gap larger than usual between lines of the page),
///  * after a line that stops short of the right edge of its column (a paragraph's last line),
///  * at a clause label (`第八条`, `8.2`, `(a)`, `一、`) after a line ending in punctuation or stopping short, so a
///    wrapped line that starts with a number or `第八条的约定` stays in its sentence,
///  * at a first-line indent (the line is indented against both its neighbours).
/// A line on the same row as the previous one (a label and its text set apart by a tab) is joined to it with a
/// space. Lines join without a space when either side is Chinese (CJK), with one otherwise, and a word hyphenated
/// at the end of a line is joined back (`termi-` + `nation` → `termination`). Without layout geometry only the
/// label rule applies, and every line is its own paragraph otherwise.
enum PDFParagraphs {
    struct Paragraph: Equatable {
        var text: String
        var page: Int
    }

    static func join(_ input: [PDFLine]) -> [Paragraph] {
        var out: [Paragraph] = []
        let lines = rowsTogether(input)
        let typicalGap = medianGap(lines)
        for (i, line) in lines.enumerated() {
            guard var current = out.last, i > 0 else {
                out.append(Paragraph(text: line.text, page: line.page))
                continue
            }
            let previous = lines[i - 1]
            if sameRow(previous, line) {
                current.text += (current.text.hasSuffix(" ") ? "" : " ") + line.text
                out[out.count - 1] = current
                continue
            }
            if startsParagraph(line, at: i, in: lines, typicalGap: typicalGap) {
                out.append(Paragraph(text: separatingLabel(line.text), page: line.page))
                continue
            }
            current.text = joined(current.text, line.text)
            out[out.count - 1] = current
        }
        return out
    }

    private static func startsParagraph(_ line: PDFLine, at i: Int, in lines: [PDFLine], typicalGap: Double) -> Bool {
        let previous = lines[i - 1]
        // A word hyphenated at the end of the line goes on in the next one.
        if previous.text.hasSuffix("-"), previous.text.unicodeScalars.dropLast().last?.properties.isAlphabetic == true,
           line.text.unicodeScalars.first?.properties.isLowercase == true { return false }
        let short = endsShort(i - 1, in: lines, next: line)
        if ClauseLabel.detect(in: line.text) != nil, short || endsSentence(previous.text) { return true }
        guard let box = line.box, let before = previous.box else { return true }
        if short { return true }
        if line.page == previous.page {
            let gap = box.top - before.bottom
            let height = max(box.height, before.height)
            if gap > max(0.8 * height, 1.8 * typicalGap + 0.1 * height) { return true }
        }
        // A first-line indent: further right than the line before and the line after.
        let unit = max(box.charWidth, box.height * 0.5)
        if i + 1 < lines.count, let after = lines[i + 1].box, lines[i + 1].page == line.page,
           box.minX > before.minX + 1.5 * unit, box.minX > after.minX + 1.5 * unit { return true }
        return false
    }

    /// The line before `next` ends its paragraph by stopping short: the first word of `next` would have fitted in
    /// the room left before the right edge of the column (the rightmost end of the lines on the same page whose
    /// horizontal extent overlaps the line, so the other column of a two-column page does not count). Measuring
    /// the next word, not a fixed margin, keeps ragged-right English lines together.
    private static func endsShort(_ i: Int, in lines: [PDFLine], next: PDFLine) -> Bool {
        guard let box = lines[i].box else { return false }
        var right = box.maxX
        var j = i
        while j > 0, lines[j - 1].page == lines[i].page { j -= 1 }
        while j < lines.count, lines[j].page == lines[i].page {
            if let other = lines[j].box, other.minX < box.maxX, other.maxX > box.minX { right = max(right, other.maxX) }
            j += 1
        }
        let unit = max(box.charWidth, box.height * 0.3)
        let nextUnit = next.box.map { max($0.charWidth, $0.height * 0.3) } ?? unit
        let firstWord = max(1, next.text.unicodeScalars.prefix { !$0.properties.isWhitespace && !CJK.isCJK($0) }.count)
        return box.maxX + Double(firstWord) * nextUnit + unit < right
    }

    /// Puts a line right after an earlier one on the same row when poppler's reading order put a line of the row
    /// below between them (a label set apart by a tab, then the last line of its paragraph, then its first line).
    static func rowsTogether(_ input: [PDFLine]) -> [PDFLine] {
        var lines = input
        var i = 0
        while i < lines.count {
            for j in stride(from: i + 2, to: min(lines.count, i + 4), by: 1) where lines[j].page == lines[i].page && sameRow(lines[i], lines[j]) {
                let moved = lines.remove(at: j)
                lines.insert(moved, at: i + 1)
                break
            }
            i += 1
        }
        return lines
    }

    /// `2.2期满前…` → `2.2 期满前…`: the space (often U+3000) between a clause number and Chinese text is a gap in
    /// the PDF that poppler may drop, and without it the number is not read as the clause's label.
    static func separatingLabel(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars.prefix(12))
        var i = 0, dots = 0
        while i < scalars.count, ("0"..."9").contains(scalars[i]) || (scalars[i] == "." && i > 0 && scalars[i - 1] != ".") {
            if scalars[i] == "." { dots += 1 }
            i += 1
        }
        guard dots >= 1, i < scalars.count, scalars[i - 1] != ".", CJK.isIdeograph(scalars[i]) else { return text }
        var out = String.UnicodeScalarView(text.unicodeScalars.prefix(i))
        out.append(" ")
        out.append(contentsOf: text.unicodeScalars.dropFirst(i))
        return String(out)
    }

    private static func sameRow(_ a: PDFLine, _ b: PDFLine) -> Bool {
        guard a.page == b.page, let x = a.box, let y = b.box, y.minX >= x.maxX - 1 else { return false }
        let overlap = min(x.bottom, y.bottom) - max(x.top, y.top)
        return overlap > 0.5 * min(x.height, y.height)
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return "。；;：:.!?！？)）".unicodeScalars.contains(last)
    }

    /// Joins a wrapped line to the text before it: no space next to Chinese, a hyphenated word made whole.
    static func joined(_ text: String, _ next: String) -> String {
        guard let last = text.unicodeScalars.last, let first = next.unicodeScalars.first else { return text + next }
        if last == "-", first.properties.isLowercase {
            let beforeHyphen = text.unicodeScalars.dropLast().last
            if beforeHyphen?.properties.isAlphabetic == true { return String(text.unicodeScalars.dropLast()) + next }
        }
        if CJK.isCJK(last) || CJK.isCJK(first) { return text + next }
        return text + " " + next
    }

    /// The usual vertical gap between consecutive lines of a page.
    private static func medianGap(_ lines: [PDFLine]) -> Double {
        var gaps: [Double] = []
        for i in lines.indices.dropFirst() where lines[i].page == lines[i - 1].page {
            guard let a = lines[i - 1].box, let b = lines[i].box else { continue }
            let gap = b.top - a.bottom
            if gap >= 0 { gaps.append(gap) }
        }
        guard !gaps.isEmpty else { return 0 }
        gaps.sort()
        return gaps[gaps.count / 2]
    }
}
