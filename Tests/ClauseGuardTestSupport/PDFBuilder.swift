import Foundation

/// Writes small PDFs for tests, object by object with a correct cross-reference table: text lines placed where a
/// test wants them (Helvetica for Latin text; STSong-Light, a non-embedded Adobe-GB1 font as in many Chinese PDFs,
/// for Chinese), and image-only pages like a scan.
public struct PDFBuilder {
    public struct Line: Sendable {
        public var x: Double
        /// Distance from the top of the page to the baseline, in points.
        public var y: Double
        public var size: Double
        public var text: String
        public var chinese: Bool
        public init(x: Double, y: Double, size: Double = 11, text: String, chinese: Bool = false) {
            self.x = x; self.y = y; self.size = size; self.text = text; self.chinese = chinese
        }
    }

    public enum Page: Sendable {
        case text([Line])
        case image
    }

    public var pages: [Page] = []
    public var width = 595.0
    public var height = 842.0
    /// Overrides the page count the page tree declares (a hostile file lies about it).
    public var declaredCount: Int?

    public init(pages: [Page] = []) { self.pages = pages }

    /// Lines set one under the other from `top`, `leading` points apart.
    public static func lines(_ texts: [String], x: Double = 72, top: Double = 100, leading: Double = 14, size: Double = 11,
                             chinese: Bool = false) -> [Line] {
        texts.enumerated().map { Line(x: x, y: top + Double($0.offset) * leading, size: size, text: $0.element, chinese: chinese) }
    }

    public var bytes: [UInt8] {
        var objects: [[UInt8]] = []
        func add(_ body: String) -> Int { objects.append(Array(body.utf8)); return objects.count }
        func addStream(_ dictionary: String, _ data: [UInt8]) -> Int {
            objects.append(Array("<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8))
            return objects.count
        }
        let catalog = add("")          // filled in below, once the page tree's number is known
        let tree = add("")
        let helvetica = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        let descriptor = add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        let cid = add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor \(descriptor) 0 R /DW 1000 >>")
        let song = add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [\(cid) 0 R] >>")
        let image = addStream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", [0, 255, 255, 0])
        var kids: [Int] = []
        for page in pages {
            var content = ""
            switch page {
            case .text(let lines):
                for line in lines {
                    let font = line.chinese ? "/F2" : "/F1"
                    content += "BT \(font) \(line.size) Tf \(line.x) \(height - line.y) Td \(Self.encode(line.text, chinese: line.chinese)) Tj ET\n"
                }
            case .image:
                content = "q \(width - 100) 0 0 \(height - 100) 50 50 cm /Im1 Do Q\n"
            }
            let stream = addStream("", Array(content.utf8))
            kids.append(add("<< /Type /Page /Parent \(tree) 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /Font << /F1 \(helvetica) 0 R /F2 \(song) 0 R >> /XObject << /Im1 \(image) 0 R >> >> /Contents \(stream) 0 R >>"))
        }
        objects[catalog - 1] = Array("<< /Type /Catalog /Pages \(tree) 0 R >>".utf8)
        objects[tree - 1] = Array("<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(declaredCount ?? kids.count) >>".utf8)

        var out = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { out += Array(String(format: "%010d 00000 n \n", offset).utf8) }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root \(catalog) 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    public func write(name: String = "contract.pdf") throws -> String {
        try DocxBuilder.file(bytes, name: name)
    }

    /// A PDF string: Latin text as a literal string, Chinese as UCS-2 big-endian hex for the UniGB-UCS2-H CMap.
    private static func encode(_ text: String, chinese: Bool) -> String {
        if chinese {
            return "<" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
        }
        var out = "("
        for ch in text.unicodeScalars {
            switch ch {
            case "(", ")", "\\": out += "\\" + String(ch)
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + ")"
    }
}
