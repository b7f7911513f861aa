import ClauseGuardModel

/// Reads a Word package (.docx/.docm/.dotx/.dotm) into the document model: the main document streamed from the zip
/// through the SAX parser, then headers, footers, footnotes and endnotes; comments kept apart; numbering rendered.
public struct WordPackageReader: Sendable {
    public var options: IngestOptions
    public init(options: IngestOptions = IngestOptions()) { self.options = options }

    static let officeDocument = "/officeDocument"

    public func read(bytes: [UInt8], name: String, format: SourceFormat) throws(IngestError) -> ContractDocument {
        try WordZipArchive.reading(bytes, name: name, options: options) { try readPackage($0, name: name, format: format) }
    }

    private func readPackage(_ zip: WordZipArchive, name: String, format: SourceFormat) throws -> ContractDocument {
        let rootRels = try zip.data("_rels/.rels").map { try parse($0, "_rels/.rels", name) { try WordRelationships(xml: $0, name: $1) } } ?? WordRelationships()
        let main = rootRels.targets(ofType: Self.officeDocument, base: "").first ?? "word/document.xml"
        guard zip.contains(main) else {
            let hint = zip.entries.contains("xl/workbook.xml") ? " (it is an Excel workbook)" : zip.entries.contains("ppt/presentation.xml") ? " (it is a PowerPoint file)" : ""
            throw IngestError(file: name, reason: .notWordDocument, detail: "a zip archive but not a Word document: no \(main)\(hint)")
        }
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        let relsName = "\(folder.isEmpty ? "" : folder + "/")_rels/\(main.split(separator: "/").last!).rels"
        let rels = try zip.data(relsName).map { try parse($0, relsName, name) { try WordRelationships(xml: $0, name: $1) } } ?? WordRelationships()
        func part(_ type: String) -> [String] { rels.targets(ofType: type, base: folder) }

        var partsRead: [String] = []
        var styles = WordStyles()
        let stylesName = part("/styles").first
        if let stylesName, let bytes = try zip.data(stylesName) {
            styles = try parse(bytes, stylesName, name) { try WordStyles(xml: $0, name: $1) }
            partsRead.append(stylesName)
        }
        var numbering = WordNumbering()
        if let numberingName = part("/numbering").first, let bytes = try zip.data(numberingName) {
            numbering = try parse(bytes, numberingName, name) { try WordNumbering(xml: $0, name: $1) }
            partsRead.append(numberingName)
        }

        // The main document, streamed chunk by chunk from the zip into the parser; each finished paragraph becomes
        // a block at once.
        let assembler = BlockAssembler(styles: styles, numbering: numbering, limits: options)
        let body = WordDocumentHandler(part: .body, partName: main, styles: styles)
        body.deliver = assembler.add
        try parsePart(zip, main, body, file: name, assembler: assembler, open: body)
        partsRead.append(main)
        var skipped = body.skipped
        var objects = body.objectCount

        for (type, kind) in [("/header", PartKind.header), ("/footer", .footer)] {
            for partName in part(type).sorted() where zip.contains(partName) {
                let handler = WordDocumentHandler(part: kind, partName: partName, styles: styles)
                handler.deliver = assembler.add
                try parsePart(zip, partName, handler, file: name, assembler: assembler, open: handler)
                partsRead.append(partName)
                skipped += handler.skipped
                objects += handler.objectCount
            }
        }
        for (type, element, kind) in [("/footnotes", "footnote", PartKind.footnote), ("/endnotes", "endnote", .endnote)] {
            for partName in part(type) where zip.contains(partName) {
                let notes = NotesHandler(element: element, part: kind, partName: partName, styles: styles)
                notes.inner.deliver = assembler.add
                try parsePart(zip, partName, notes, file: name, assembler: assembler, open: notes.inner)
                partsRead.append(partName)
                skipped += notes.inner.skipped
            }
        }
        let blocks = assembler.blocks
        let commentAnchors = assembler.commentAnchors

        var comments: [Comment] = []
        for partName in part("/comments") where zip.contains(partName) {
            let notes = NotesHandler(element: "comment", part: .comment, partName: partName, styles: styles)
            try parsePart(zip, partName, notes, file: name, open: notes.inner) { (notes.inner.paragraphCount, notes.inner.textBytes) }
            partsRead.append(partName)
            for note in notes.notes {
                let text = notes.inner.paragraphs[note.paragraphs].map(\.text).joined(separator: "\n")
                comments.append(Comment(id: note.id, author: note.author, date: note.date, text: text, blockIndices: commentAnchors[note.id] ?? []))
            }
        }

        // A style parsed on its own that turned out malformed: the part's own error, as a whole parse gives it.
        if let failure = styles.failure, let stylesName {
            if let failure = failure as? SAXStream.Failure { throw xmlError(failure, part: stylesName, file: name) }
            throw failure
        }
        skipped += unreadParts(zip, objects: objects)
        return ContractDocument(source: name, format: format, blocks: blocks, comments: comments, partsRead: partsRead, notRead: skipped)
    }

    /// Content in the package that no parser read: embedded objects, macros, SmartArt, alternative-format chunks.
    private func unreadParts(_ zip: WordZipArchive, objects: Int) -> [SkippedContent] {
        var out: [SkippedContent] = []
        let embedded = zip.entries.filter { $0.has("/embeddings/") }.count
        if max(embedded, objects) > 0 { out.append(SkippedContent(kind: .embeddedObject, part: "word/embeddings", count: max(embedded, objects))) }
        if zip.entries.contains(where: { $0.hasSuffix("vbaProject.bin") }) { out.append(SkippedContent(kind: .macro, part: "word/vbaProject.bin")) }
        let smartArt = zip.entries.filter { $0.has("/diagrams/data") }.count
        if smartArt > 0 { out.append(SkippedContent(kind: .unsupportedPart, part: "word/diagrams", detail: "SmartArt", count: smartArt)) }
        return out
    }

    /// Streams one part from the zip into a handler, chunk by chunk, stopping as soon as a paragraph or text cap is
    /// passed. `used` gives the paragraphs and text bytes finished so far; `open` holds the unfinished ones.
    private func parsePart(_ zip: WordZipArchive, _ partName: String, _ handler: SAXHandler, file: String,
                           open: WordDocumentHandler, used: () -> (paragraphs: Int, textBytes: Int)) throws {
        let stream = SAXStream(handler: handler, name: partName)
        func checkCap() throws {
            let (paragraphs, text) = used()
            if paragraphs > options.maxParagraphs {
                throw IngestError(file: file, reason: .tooLarge,
                                  detail: "too large to scan: more than \(options.maxParagraphs) paragraphs (reached in \(partName); raise --max-paragraphs to read it)")
            }
            if text + open.openTextBytes > options.maxDocumentTextBytes {
                throw IngestError(file: file, reason: .tooLarge,
                                  detail: "too large to scan: more than \(options.maxDocumentTextBytes >> 20) MiB of text (reached in \(partName); raise --max-text-mb to read it)")
            }
        }
        let finish = open.finish
        do {
            try zip.read(partName) { chunk in
                try stream.feed(chunk, last: false)
                try checkCap()
            }
            try stream.feed(UnsafeRawBufferPointer(start: nil, count: 0), last: true)
            finish()
            try checkCap()
        } catch let failure as SAXStream.Failure {
            throw xmlError(failure, part: partName, file: file)
        }
    }

    private func parsePart(_ zip: WordZipArchive, _ partName: String, _ handler: SAXHandler, file: String,
                           assembler: BlockAssembler, open: WordDocumentHandler) throws {
        try parsePart(zip, partName, handler, file: file, open: open) { (assembler.paragraphCount, assembler.textBytes) }
    }

    private func parse<T>(_ bytes: [UInt8], _ partName: String, _ file: String, _ make: ([UInt8], String) throws -> T) throws -> T {
        do { return try make(bytes, partName) }
        catch let failure as SAXStream.Failure { throw xmlError(failure, part: partName, file: file) }
    }

    private func xmlError(_ failure: SAXStream.Failure, part: String, file: String) -> IngestError {
        switch failure {
        case .doctype:
            IngestError(file: file, reason: .forbiddenDTD,
                        detail: "\(part) declares a DTD (never in Word documents; refused as a possible XXE or entity-expansion attack)")
        case .malformed(let line, let message):
            IngestError(file: file, reason: .malformedXML, detail: "malformed XML in \(part)\(line > 0 ? " at line \(line)" : ""): \(message)")
        }
    }
}
