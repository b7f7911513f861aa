/// One line of a PDF page's text in poppler's reading order, with where it sits on the page (points, origin at the
/// top left). Geometry is nil when poppler gave no layout for the page.
struct PDFLine: Equatable {
    var text: String
    var page: Int
    var box: Box?

    struct Box: Equatable {
        var minX: Double
        var maxX: Double
        var top: Double
        var bottom: Double
        /// Average width of the line's characters: the unit indents and margins are measured in.
        var charWidth: Double
        /// Average height of the line's characters: its type size, near enough (a footnote's is smaller).
        var charHeight: Double = 0
        var height: Double { bottom - top }
    }
}

/// One page: its size and lines, and whether it shows images (a page with images and no text is a scan).
struct PDFPage {
    var number: Int
    var width: Double
    var height: Double
    var lines: [PDFLine]
    var hasImages: Bool
}

extension PDFLine {
    /// Splits a page's text (lines separated by `\n`) into lines, each with the bounding box of its characters'
    /// rectangles (`rects[i]` belongs to the i-th character of `text`, as poppler documents); white space and
    /// characters without a rectangle do not count. A wide horizontal gap inside a line (columns, a tab after a
    /// label) splits it into pieces on the same row, so columns can be put back in order (`PDFColumns`).
    static func lines(text: String, rects: UnsafeBufferPointer<(x1: Double, y1: Double, x2: Double, y2: Double)>?, page: Int) -> [PDFLine] {
        var out: [PDFLine] = []
        var scalars = String.UnicodeScalarView()
        var box: Box?
        var chars = 0
        var width = 0.0
        var heights = 0.0
        func flush() {
            let line = String(scalars).trimmingWhitespace()
            if !line.isEmpty {
                var final = box
                if final != nil {
                    final!.charWidth = chars > 0 ? width / Double(chars) : 0
                    final!.charHeight = chars > 0 ? heights / Double(chars) : 0
                }
                out.append(PDFLine(text: line, page: page, box: final))
            }
            scalars = String.UnicodeScalarView()
            box = nil
            chars = 0
            width = 0
            heights = 0
        }
        var index = 0
        var pendingSpace = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            if scalar == "\n" { flush(); pendingSpace = String.UnicodeScalarView(); continue }
            guard let rects, index < rects.count, !scalar.properties.isWhitespace else {
                if scalar.properties.isWhitespace { pendingSpace.append(scalar) } else { scalars.append(scalar) }
                continue
            }
            let r = rects[index]
            let (x1, x2) = (min(r.x1, r.x2), max(r.x1, r.x2))
            let (y1, y2) = (min(r.y1, r.y2), max(r.y1, r.y2))
            if let current = box, chars > 0, x1 - current.maxX > max(4 * width / Double(chars), 2 * (current.bottom - current.top)) {
                flush()
            } else {
                scalars.append(contentsOf: pendingSpace)
            }
            pendingSpace = String.UnicodeScalarView()
            scalars.append(scalar)
            guard x2 - x1 >= 0, y2 - y1 > 0, x1.isFinite, y1.isFinite, x2.isFinite, y2.isFinite else { continue }
            chars += 1
            width += x2 - x1
            heights += y2 - y1
            if box == nil { box = Box(minX: x1, maxX: x2, top: y1, bottom: y2, charWidth: 0) }
            else {
                box!.minX = min(box!.minX, x1); box!.maxX = max(box!.maxX, x2)
                box!.top = min(box!.top, y1); box!.bottom = max(box!.bottom, y2)
            }
        }
        flush()
        return out
    }
}
