import ClauseGuardModel

/// Reads OpenDocument text (.odt, and .ott templates) into the document model with the Word reader's machinery
/// and caps: the zip opened in memory by libzip (`WordZipArchive`: part, total and ratio caps), `styles.xml` then
/// `content.xml` streamed through the libxml2 SAX parser (no DTD, no entities, no network), paragraphs and text
/// bounded by `--max-paragraphs` and `--max-text-mb`. Reading order as for Word: body, headers, footers, notes.
public struct OpenDocumentReader: Sendable {
    public var options: IngestOptions
    public init(options: IngestOptions = IngestOptions()) { self.options = options }

    static let textMimeTypes = ["application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"]

    public func read(bytes: [UInt8], name: String, format: SourceFormat) throws(IngestError) -> ContractDocument {
        try WordZipArchive.reading(bytes, name: name, kind: "an OpenDocument text", options: options) { try readPackage($0, name: name, format: format) }
    }

    private func readPackage(_ zip: WordZipArchive, name: String, format: SourceFormat) throws -> ContractDocument {
        if let mimetype = try zip.data("mimetype").map({ String(decoding: $0.prefix(200), as: UTF8.self).trimmingWhitespace() }),
           !Self.textMimeTypes.contains(mimetype) {
            let kind = mimetype.hasPrefix("application/vnd.oasis.opendocument.") ? " (it is \(mimetype.dropFirst("application/vnd.oasis.opendocument.".count)))" : ""
            throw IngestError(file: name, reason: .notWordDocument, detail: "a zip archive but not an OpenDocument text: mimetype \(mimetype.prefix(80))\(kind)")
        }
        if let manifest = try zip.data("META-INF/manifest.xml"), PackageSniffer.contains(manifest, Array("encryption-data".utf8)) {
            throw IngestError(file: name, reason: .encrypted,
                              detail: "password-protected OpenDocument file: open it in LibreOffice, remove the password and save again")
        }
        guard zip.contains("content.xml") else {
            throw IngestError(file: name, reason: .notWordDocument, detail: "a zip archive but not an OpenDocument text: no content.xml")
        }
        let styles = OpenDocumentStyles()
        var partsRead: [String] = []
        var headersAndFooters: [Block] = []
        var used = (paragraphs: 0, text: 0)
        var skipped: [SkippedContent] = []
        if zip.contains("styles.xml") {
            let handler = OpenDocumentTextHandler(partName: "styles.xml", styles: styles, textOnlyInMasterPages: true)
            try parsePart(zip, "styles.xml", handler, file: name, before: used)
            partsRead.append("styles.xml")
            // The same running header is often repeated on several page styles: read once.
            var seen = Set<String>()
            headersAndFooters = handler.headersAndFooters.filter { seen.insert("\($0.part.rawValue)\u{0}\($0.text)").inserted }
            used = (handler.paragraphCount, handler.textBytes)
        }
        let content = OpenDocumentTextHandler(partName: "content.xml", styles: styles)
        try parsePart(zip, "content.xml", content, file: name, before: used)
        guard content.sawRoot else {
            throw IngestError(file: name, reason: .notWordDocument, detail: "content.xml is not OpenDocument content (no office:document-content)")
        }
        partsRead.append("content.xml")
        skipped += content.skipped

        var blocks = content.body + headersAndFooters + content.footnotes + content.endnotes
        var anchors: [String: [Int]] = [:]
        for i in blocks.indices {
            blocks[i].index = i
            for id in blocks[i].commentIDs where anchors[id]?.last != i { anchors[id, default: []].append(i) }
        }
        let comments = content.comments.map {
            Comment(id: $0.id, author: $0.author, date: $0.date, text: $0.text.trimmingWhitespace(), blockIndices: anchors[$0.id] ?? [])
        }
        let objects = zip.entries.filter { $0.hasPrefix("Object ") && $0.hasSuffix("/content.xml") }.count
        if objects > 0, !skipped.contains(where: { $0.kind == .embeddedObject }) {
            skipped.append(SkippedContent(kind: .embeddedObject, part: "content.xml", count: objects))
        }
        if zip.entries.contains(where: { $0.hasPrefix("Basic/") || $0.hasPrefix("Scripts/") }) {
            skipped.append(SkippedContent(kind: .macro, part: "Basic"))
        }
        return ContractDocument(source: name, format: format, blocks: blocks, comments: comments, partsRead: partsRead, notRead: skipped)
    }

    /// Streams one part into the handler, stopping as soon as the paragraph or text cap is passed.
    private func parsePart(_ zip: WordZipArchive, _ partName: String, _ handler: OpenDocumentTextHandler, file: String,
                           before: (paragraphs: Int, text: Int)) throws {
        let stream = SAXStream(handler: handler, name: partName)
        func checkCap() throws {
            if before.paragraphs + handler.paragraphCount > options.maxParagraphs {
                throw IngestError(file: file, reason: .tooLarge,
                                  detail: "too large to scan: more than \(options.maxParagraphs) paragraphs (reached in \(partName); raise --max-paragraphs to read it)")
            }
            if before.text + handler.textBytes + handler.openTextBytes > options.maxDocumentTextBytes {
                throw IngestError(file: file, reason: .tooLarge,
                                  detail: "too large to scan: more than \(options.maxDocumentTextBytes >> 20) MiB of text (reached in \(partName); raise --max-text-mb to read it)")
            }
        }
        do {
            try zip.read(partName) { chunk in
                try stream.feed(chunk, last: false)
                try checkCap()
            }
            try stream.feed(UnsafeRawBufferPointer(start: nil, count: 0), last: true)
            try checkCap()
        } catch let failure as SAXStream.Failure {
            switch failure {
            case .doctype:
                throw IngestError(file: file, reason: .forbiddenDTD,
                                  detail: "\(partName) declares a DTD (never in OpenDocument files; refused as a possible XXE or entity-expansion attack)")
            case .malformed(let line, let message):
                throw IngestError(file: file, reason: .malformedXML, detail: "malformed XML in \(partName)\(line > 0 ? " at line \(line)" : ""): \(message)")
            }
        }
    }
}

/// OpenDocument text as an input format: a zip whose first entry, `mimetype`, names an OpenDocument text.
extension OpenDocumentReader: ContractFormatReader {
    public static let formats: [SourceFormat] = [.odt, .ott]

    public static func sniff(_ bytes: [UInt8]) -> SourceFormat? {
        // The mimetype entry is stored first and uncompressed, so its content sits in the first local header.
        guard bytes.starts(with: WordPackageReader.zipMagic) else { return nil }
        let head = Array(bytes.prefix(128))
        if PackageSniffer.contains(head, Array("mimetypeapplication/vnd.oasis.opendocument.text-template".utf8)) { return .ott }
        if PackageSniffer.contains(head, Array("mimetypeapplication/vnd.oasis.opendocument.text".utf8)) { return .odt }
        return nil
    }

    public static func byteLimit(_ options: IngestOptions) -> Int { options.maxTotalBytes }
}
