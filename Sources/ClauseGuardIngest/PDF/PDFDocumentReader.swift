import CPoppler
import ClauseGuardModel

/// Reads the text layer of a PDF through poppler (its GLib API), page by page in poppler's reading order, and turns
/// its lines back into paragraphs (`PDFParagraphs`) with running headers, footers and page numbers kept apart
/// (`PDFRunningLines`). Clause labels typed in the text (`第八条`, `8.2(a)`, `一、`) give the clause paths, as for
/// plain text; every block knows its page. A PDF without text on any page is a scan: refused with "OCR needed",
/// never reported as a clean contract. Bounded: `maxPDFPages` pages, `maxPDFSeconds` of extraction, and the
/// paragraph and text caps of every format.
public struct PDFDocumentReader: Sendable {
    public var options: IngestOptions
    public init(options: IngestOptions = IngestOptions()) { self.options = options }

    public func read(bytes: [UInt8], name: String, format: SourceFormat) throws(IngestError) -> ContractDocument {
        guard !bytes.isEmpty else { throw IngestError(file: name, reason: .empty, detail: "empty file (0 bytes)") }
        if LegacyBinaryDocument.isOLE(bytes) { throw LegacyBinaryDocument.error(bytes, name: name) }
        guard Self.sniff(bytes) != nil else {
            throw IngestError(file: name, reason: .damagedPDF, detail: "not a PDF (no %PDF header\(PackageSniffer.looksLike(bytes)))")
        }
        guard cg_pdf_available() != 0 else {
            throw IngestError(file: name, reason: .unsupportedType,
                              detail: "reading PDF needs poppler-glib (apt-get install libpoppler-glib8 poppler-data, or brew install poppler): \(String(cString: cg_pdf_load_error()))")
        }
        cg_pdf_silence_log()
        let document = try open(bytes, name: name)
        defer { cg_pdf_release(document) }
        let count = Int(cg_pdf_page_count(document))
        guard count <= options.maxPDFPages else {
            throw IngestError(file: name, reason: .tooLarge, detail: "too large to scan: \(count) pages (limit \(options.maxPDFPages))")
        }
        let pages = try readPages(document, count: count, name: name)
        let withText = pages.filter { !$0.lines.isEmpty }
        let scanned = pages.filter { $0.lines.isEmpty && $0.hasImages }
        if count == 0 {
            throw IngestError(file: name, reason: .damagedPDF, detail: "damaged or unreadable PDF: no pages")
        }
        if withText.isEmpty {
            let what = scanned.isEmpty ? "no text on any of its \(count) page\(count == 1 ? "" : "s")"
                                       : "\(count) page\(count == 1 ? "" : "s") of images without a text layer"
            throw IngestError(file: name, reason: .scannedImage, detail: "scanned image, no text: OCR needed (\(what); run OCR, e.g. ocrmypdf, and scan the result)")
        }

        let split = PDFRunningLines.split(pages)
        let (body, notes) = PDFFootnotes.split(split.body, pages: pages)
        var blocks: [Block] = []
        for paragraph in PDFParagraphs.join(body) {
            blocks.append(Block(index: blocks.count, text: paragraph.text, partName: "page \(paragraph.page)", page: paragraph.page))
        }
        // Reading order as for Word: body, headers and footers, then notes.
        for (part, line) in split.running {
            blocks.append(Block(index: blocks.count, text: line.text, part: part, partName: "page \(line.page)", page: line.page))
        }
        for note in PDFParagraphs.join(notes) {
            blocks.append(Block(index: blocks.count, text: note.text, part: .footnote, partName: "page \(note.page)", page: note.page))
        }
        let textBytes = blocks.reduce(0) { $0 + $1.text.utf8.count }
        if blocks.count > options.maxParagraphs {
            throw IngestError(file: name, reason: .tooLarge, detail: "too large to scan: more than \(options.maxParagraphs) paragraphs (raise --max-paragraphs to read it)")
        }
        if textBytes > options.maxDocumentTextBytes {
            throw IngestError(file: name, reason: .tooLarge, detail: "too large to scan: more than \(options.maxDocumentTextBytes >> 20) MiB of text (raise --max-text-mb to read it)")
        }
        var notRead: [SkippedContent] = []
        if !scanned.isEmpty {
            notRead.append(SkippedContent(kind: .scannedPage, part: "page \(scanned[0].number)",
                                          detail: "pages " + scanned.map { String($0.number) }.joined(separator: ", "), count: scanned.count))
        }
        return ContractDocument(source: name, format: format, blocks: blocks, partsRead: ["\(count) page\(count == 1 ? "" : "s")"], notRead: notRead)
    }

    private func open(_ bytes: [UInt8], name: String) throws(IngestError) -> UnsafeMutableRawPointer {
        var encrypted: Int32 = 0
        var buffer = [CChar](repeating: 0, count: 512)
        let opened = bytes.withUnsafeBytes { cg_pdf_open($0.baseAddress, $0.count, &encrypted, &buffer, buffer.count) }
        guard let document = opened else {
            let message = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if encrypted != 0 {
                throw IngestError(file: name, reason: .encrypted,
                                  detail: "password-protected PDF: ClauseGuard cannot open it without the password; save a copy without a password and scan that")
            }
            throw IngestError(file: name, reason: .damagedPDF, detail: "damaged or unreadable PDF: \(message)")
        }
        return document
    }

    private func readPages(_ document: UnsafeMutableRawPointer, count: Int, name: String) throws(IngestError) -> [PDFPage] {
        let clock = ContinuousClock()
        let started = clock.now
        let limit = Duration.milliseconds(Int64(options.maxPDFSeconds * 1000))
        var pages: [PDFPage] = []
        var textBytes = 0
        for index in 0..<count {
            if clock.now - started > limit {
                throw IngestError(file: name, reason: .tooLarge,
                                  detail: "too slow to read: more than \(Int(options.maxPDFSeconds)) s for \(index) of \(count) pages (a damaged or hostile PDF?)")
            }
            guard let page = cg_pdf_page(document, Int32(index)) else { continue }
            defer { cg_pdf_release(page) }
            let read = Self.page(page, number: index + 1)
            textBytes += read.lines.reduce(0) { $0 + $1.text.utf8.count }
            if textBytes > options.maxDocumentTextBytes {
                throw IngestError(file: name, reason: .tooLarge,
                                  detail: "too large to scan: more than \(options.maxDocumentTextBytes >> 20) MiB of text (reached on page \(index + 1); raise --max-text-mb to read it)")
            }
            pages.append(read)
        }
        return pages
    }

    private static func page(_ page: UnsafeMutableRawPointer, number: Int) -> PDFPage {
        var width = 0.0, height = 0.0
        cg_pdf_page_size(page, &width, &height)
        var text = ""
        if let raw = cg_pdf_page_text(page) {
            text = String(cString: raw)
            cg_pdf_free(raw)
        }
        var lines: [PDFLine] = []
        var rectangles: UnsafeMutablePointer<cg_pdf_rect>?
        var n: UInt32 = 0
        if !text.isEmpty, cg_pdf_page_layout(page, &rectangles, &n) != 0, let rectangles {
            defer { cg_pdf_free(rectangles) }
            // One rectangle per character of the text; if poppler disagrees, the geometry is not trusted.
            let boxes = (0..<Int(n)).map { (x1: rectangles[$0].x1, y1: rectangles[$0].y1, x2: rectangles[$0].x2, y2: rectangles[$0].y2) }
            let matches = boxes.count == text.unicodeScalars.count
            lines = boxes.withUnsafeBufferPointer { PDFLine.lines(text: text, rects: matches ? $0 : nil, page: number) }
        } else {
            lines = PDFLine.lines(text: text, rects: nil, page: number)
        }
        lines = PDFColumns.order(lines, pageWidth: width)
        let hasImages = lines.isEmpty && cg_pdf_page_has_images(page) != 0
        return PDFPage(number: number, width: width, height: height, lines: lines, hasImages: hasImages)
    }
}

/// PDF as an input format: a file starting with `%PDF-` (within its first KiB, as readers allow).
extension PDFDocumentReader: ContractFormatReader {
    public static let formats: [SourceFormat] = [.pdf]

    public static func sniff(_ bytes: [UInt8]) -> SourceFormat? {
        PackageSniffer.contains(Array(bytes.prefix(1024)), Array("%PDF-".utf8)) ? .pdf : nil
    }

    public static func byteLimit(_ options: IngestOptions) -> Int { options.maxTotalBytes }
}
