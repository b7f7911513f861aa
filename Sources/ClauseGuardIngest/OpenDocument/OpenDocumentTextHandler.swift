import ClauseGuardModel

/// The OpenDocument text state machine: SAX events of `styles.xml` or `content.xml` in, blocks out. It reads what
/// LibreOffice shows in its final view of changes (insertions kept, deletions left out and recorded), flags hidden
/// text (read, as the Word reader reads `w:vanish`), renders list and heading labels, keeps notes, headers and
/// footers apart, and takes annotations as comments. Style definitions met on the way go into `styles`.
final class OpenDocumentTextHandler: SAXHandler {
    static let textNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let tableNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let officeNS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let styleNS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let drawNS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let dcNS = "http://purl.org/dc/elements/1.1/"
    static let svgNS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"

    private enum Namespace: Int { case text = 1000, table, office, style, draw, dc, svg, other }

    private enum Element: String {
        // text:
        case p, h, span, a, s, tab, lineBreak = "line-break", note, noteCitation = "note-citation", noteBody = "note-body"
        case list, listItem = "list-item", listHeader = "list-header", number
        case trackedChanges = "tracked-changes", changedRegion = "changed-region", insertion, deletion, formatChange = "format-change"
        case change, changeStart = "change-start", changeEnd = "change-end"
        case hiddenParagraph = "hidden-paragraph", hiddenText = "hidden-text", section
        case listStyle = "list-style", listLevelStyleNumber = "list-level-style-number", listLevelStyleBullet = "list-level-style-bullet"
        case listLevelStyleImage = "list-level-style-image", outlineStyle = "outline-style", outlineLevelStyle = "outline-level-style"
        // table:
        case table, tableRow = "table-row", tableCell = "table-cell", coveredTableCell = "covered-table-cell"
        // office:
        case annotation, binaryData = "binary-data", documentContent = "document-content", documentStyles = "document-styles"
        // style:
        case style, textProperties = "text-properties", masterPage = "master-page"
        case header, headerLeft = "header-left", headerFirst = "header-first", footer, footerLeft = "footer-left", footerFirst = "footer-first"
        // draw:
        case textBox = "text-box", object, objectOLE = "object-ole", image, frame
        // dc:
        case creator, date
        // svg:
        case title, desc
    }

    struct Note { var id: String; var author: String?; var date: String?; var text: String }

    private final class Builder {
        var bytes: [UInt8] = []
        let part: PartKind
        var style: String?
        var outlineLevel: Int?
        var label: String?
        var labelLevel: Int?
        /// A label written into the file (`text:number`) overrides the rendered one.
        var writtenLabel: [UInt8]?
        var flags: BlockFlags = []
        var revisions: [Revision] = []
        var hidden: [TextSpan] = []
        var cell: TableCellRef?
        var commentIDs: [String] = []
        var visibleBytes = 0
        var paragraphHidden = false
        /// Tracked insertions open in this paragraph: change id → offset where the inserted text starts.
        var insertions: [(id: String, start: Int)] = []
        /// The last byte added by character data was a collapsed white space (ODF collapses runs of them).
        var afterSpace = true
        init(part: PartKind) { self.part = part }
    }

    private struct Table { var index: Int; var row = -1; var column = 0 }

    private struct Region { var kind: Revision.Kind?; var author: String?; var date: String?; var text: [UInt8] = [] }

    private struct ListFrame { var style: String? }

    let partName: String
    let styles: OpenDocumentStyles
    private let defaultPart: PartKind
    /// Only text inside `style:header`/`style:footer` is read from `styles.xml`; the rest there is definitions.
    private let textOnlyInMasterPages: Bool

    /// Finished blocks (without index and clause paths), by where they go in reading order.
    private(set) var body: [Block] = []
    private(set) var headersAndFooters: [Block] = []
    private(set) var footnotes: [Block] = []
    private(set) var endnotes: [Block] = []
    private(set) var comments: [Note] = []
    private(set) var skipped: [SkippedContent] = []
    private(set) var paragraphCount = 0
    private(set) var textBytes = 0
    var openTextBytes: Int { stack.reduce(0) { $0 + $1.bytes.count } }
    /// True once the root element was seen to be an OpenDocument one.
    private(set) var sawRoot = false

    private var stack: [Builder] = []
    private var tables: [Table] = []
    private var tableCount = 0
    private var lists: [ListFrame] = []
    private var numbering = OpenDocumentNumbering()
    private var listIDs: [String: String] = [:]
    private var pendingLabel: (text: String?, level: Int)?
    private var pendingItem: (style: String, level: Int, start: Int?)?
    private var spanHidden: [Bool?] = []
    private var hiddenTextDepth = 0
    private var hiddenSectionDepth = 0
    private var sectionHidden: [Bool] = []
    /// Where new paragraphs go: a header, a footer, a note body, a text box, or the default part.
    private var partStack: [PartKind] = []
    private var masterPageDepth = 0
    private var skipDepth = 0
    private var numberCapture = false
    private var noteClass: [PartKind] = []

    // Tracked changes: the regions described up front, and the deletions not yet placed in a paragraph.
    private var regions: [String: Region] = [:]
    private var currentRegion: String?
    private var inTrackedChanges = 0
    private var inChangeInfo = false
    private var carriedInsertions: [String] = []
    private var pendingDeletions: [Revision] = []

    // Annotations (comments): id, author, date, text.
    private var annotation: Note?
    private var annotationDepth = 0
    private var annotationCount = 0
    private var dcCapture: Element?
    private var dcText: [UInt8] = []

    // Styles being defined.
    private var definingStyle: (name: String, family: String)?
    private var definingList: String?
    private var definingOutline = false
    private var objectInFrame = false

    init(partName: String, styles: OpenDocumentStyles, part: PartKind = .body, textOnlyInMasterPages: Bool = false) {
        self.partName = partName
        self.styles = styles
        self.defaultPart = part
        self.textOnlyInMasterPages = textOnlyInMasterPages
    }

    private static let elements: [String: Element] = {
        let all: [Element] = [.p, .h, .span, .a, .s, .tab, .lineBreak, .note, .noteCitation, .noteBody, .list, .listItem, .listHeader, .number,
                              .trackedChanges, .changedRegion, .insertion, .deletion, .formatChange, .change, .changeStart, .changeEnd,
                              .hiddenParagraph, .hiddenText, .section, .listStyle, .listLevelStyleNumber, .listLevelStyleBullet,
                              .listLevelStyleImage, .outlineStyle, .outlineLevelStyle, .table, .tableRow, .tableCell, .coveredTableCell,
                              .annotation, .binaryData, .documentContent, .documentStyles, .style, .textProperties, .masterPage,
                              .header, .headerLeft, .headerFirst, .footer, .footerLeft, .footerFirst, .textBox, .object, .objectOLE,
                              .image, .frame, .creator, .date, .title, .desc]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.rawValue, $0) })
    }()

    private static let namespaces: [String: Namespace] = [textNS: .text, tableNS: .table, officeNS: .office, styleNS: .style,
                                                           drawNS: .draw, dcNS: .dc, svgNS: .svg]

    private func classify(_ name: XMLName, _ namespace: XMLName) -> Element? {
        if namespace.tag < Namespace.text.rawValue { namespace.tag = (Self.namespaces[namespace.string] ?? .other).rawValue }
        let ns = Namespace(rawValue: namespace.tag) ?? .other
        guard ns != .other, let element = Self.elements[name.string] else { return nil }
        // Local names are shared between namespaces (text:date is a field, dc:date a change's date): check both.
        switch (element, ns) {
        case (.p, .text), (.h, .text), (.span, .text), (.a, .text), (.s, .text), (.tab, .text), (.lineBreak, .text), (.note, .text),
             (.noteCitation, .text), (.noteBody, .text), (.list, .text), (.listItem, .text), (.listHeader, .text), (.number, .text),
             (.trackedChanges, .text), (.changedRegion, .text), (.insertion, .text), (.deletion, .text), (.formatChange, .text),
             (.change, .text), (.changeStart, .text), (.changeEnd, .text), (.hiddenParagraph, .text), (.hiddenText, .text),
             (.section, .text), (.listStyle, .text), (.listLevelStyleNumber, .text), (.listLevelStyleBullet, .text),
             (.listLevelStyleImage, .text), (.outlineStyle, .text), (.outlineLevelStyle, .text),
             (.table, .table), (.tableRow, .table), (.tableCell, .table), (.coveredTableCell, .table),
             (.annotation, .office), (.binaryData, .office), (.documentContent, .office), (.documentStyles, .office),
             (.style, .style), (.textProperties, .style), (.masterPage, .style), (.header, .style), (.headerLeft, .style),
             (.headerFirst, .style), (.footer, .style), (.footerLeft, .style), (.footerFirst, .style),
             (.textBox, .draw), (.object, .draw), (.objectOLE, .draw), (.image, .draw), (.frame, .draw),
             (.creator, .dc), (.date, .dc), (.title, .svg), (.desc, .svg):
            return element
        default:
            return nil
        }
    }

    // MARK: Events

    func start(_ name: XMLName, namespace: XMLName, attributes: SAXAttributes) {
        if skipDepth > 0 { skipDepth += 1; return }
        guard let element = classify(name, namespace) else { return }
        if inTrackedChanges > 0 { startInTrackedChanges(element, attributes); return }
        switch element {
        case .documentContent, .documentStyles: sawRoot = true
        // Definitions
        case .style:
            if let name = attributes["name"], let family = attributes["family"] {
                definingStyle = (name, family)
                styles.define(name, family: family, style: .init(parent: attributes["parent-style-name"]))
            }
        case .textProperties:
            if let (name, family) = definingStyle, let display = attributes["display"] {
                styles.setHidden(name, family: family, hidden: display == "none")
            }
        case .listStyle:
            if let name = attributes["name"] { definingList = name; styles.listStyles[name] = [:] }
        case .outlineStyle: definingOutline = true; styles.outline = [:]
        case .listLevelStyleNumber, .outlineLevelStyle, .listLevelStyleBullet, .listLevelStyleImage:
            defineLevel(element, attributes)
        case .masterPage: masterPageDepth += 1
        case .header, .headerLeft, .headerFirst, .footer, .footerLeft, .footerFirst:
            let kind: PartKind = [.header, .headerLeft, .headerFirst].contains(element) ? .header : .footer
            // A header switched off (`style:display="false"`) is not shown on any page.
            if attributes["display"] == "false" { skipDepth = 1; return }
            partStack.append(kind)
        // Text
        case .p, .h:
            if textOnlyInMasterPages && masterPageDepth == 0 { return }
            startParagraph(element, attributes)
        case .span, .a:
            spanHidden.append(styles.textHidden(attributes["style-name"]))
        case .s:
            let count = min(max(1, attributes["c"].flatMap(Int.init) ?? 1), 256)
            append(Array(repeating: 0x20, count: count))
        case .tab: append([0x09])
        case .lineBreak: append([0x0A])
        case .noteCitation, .title, .desc, .binaryData: skipDepth = 1
        case .number: numberCapture = true; stack.last?.writtenLabel = []
        case .note: noteClass.append(attributes["note-class"] == "endnote" ? .endnote : .footnote)
        case .noteBody: partStack.append(noteClass.last ?? .footnote)
        case .textBox: partStack.append(.textBox)
        case .list: startList(attributes)
        case .listItem, .listHeader: startListItem(element, attributes)
        case .trackedChanges: inTrackedChanges = 1
        case .change: placeDeletion(attributes["change-id"])
        case .changeStart: startInsertion(attributes["change-id"])
        case .changeEnd: endInsertion(attributes["change-id"])
        case .hiddenParagraph:
            if attributes["is-hidden"] != "false" { stack.last?.paragraphHidden = true }
        case .hiddenText:
            if attributes["is-hidden"] != "false" { hiddenTextDepth += 1 }
            spanHidden.append(attributes["is-hidden"] != "false" ? true : nil)
        case .section:
            let hidden = attributes["display"] == "none" || (attributes["display"] == "condition" && attributes["is-hidden"] != "false")
            sectionHidden.append(hidden)
            if hidden { hiddenSectionDepth += 1 }
        case .table:
            tables.append(Table(index: tableCount))
            tableCount += 1
        case .tableRow:
            if !tables.isEmpty { tables[tables.count - 1].row += 1; tables[tables.count - 1].column = 0 }
        case .tableCell, .coveredTableCell: break
        case .annotation:
            if annotation == nil {
                annotationCount += 1
                let id = attributes["name"] ?? "odt-annotation-\(annotationCount)"
                annotation = Note(id: id, text: "")
                stack.last?.commentIDs.append(id)
            }
            annotationDepth += 1
        case .creator, .date:
            if annotation != nil { dcCapture = element; dcText = [] }
        case .frame: objectInFrame = false
        case .object, .objectOLE: objectInFrame = true; skip(.embeddedObject, "draw:\(element.rawValue)")
        case .image: if !objectInFrame { skip(.image, "draw:image") }
        default: break
        }
    }

    func end(_ name: XMLName, namespace: XMLName) {
        if skipDepth > 0 { skipDepth -= 1; return }
        guard let element = classify(name, namespace) else { return }
        if inTrackedChanges > 0 { endInTrackedChanges(element); return }
        switch element {
        case .style: definingStyle = nil
        case .listStyle: definingList = nil
        case .outlineStyle: definingOutline = false
        case .masterPage: masterPageDepth -= 1
        case .header, .headerLeft, .headerFirst, .footer, .footerLeft, .footerFirst: _ = partStack.popLast()
        case .p, .h:
            if textOnlyInMasterPages && masterPageDepth == 0 { return }
            finishParagraph()
        case .span, .a: _ = spanHidden.popLast()
        case .hiddenText:
            _ = spanHidden.popLast()
            if hiddenTextDepth > 0 { hiddenTextDepth -= 1 }
        case .number: numberCapture = false
        case .note: _ = noteClass.popLast()
        case .noteBody, .textBox: _ = partStack.popLast()
        case .list: _ = lists.popLast()
        case .section: if sectionHidden.popLast() == true { hiddenSectionDepth -= 1 }
        case .table: _ = tables.popLast()
        case .tableCell, .coveredTableCell:
            if !tables.isEmpty { tables[tables.count - 1].column += 1 }
        case .annotation:
            annotationDepth -= 1
            if annotationDepth == 0, let done = annotation { comments.append(done); annotation = nil }
        case .creator, .date:
            if dcCapture == element, annotation != nil {
                let value = String(decoding: dcText, as: UTF8.self)
                if element == .creator { annotation?.author = value } else { annotation?.date = value }
            }
            dcCapture = nil
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if skipDepth > 0 { return }
        if inTrackedChanges > 0 {
            if inChangeInfo, dcCapture != nil { dcText.append(contentsOf: bytes); return }
            if let id = currentRegion, regions[id]?.kind == .deletion, regions[id]!.text.count < 1 << 20 {
                regions[id]!.text.append(contentsOf: Self.collapsed(bytes))
            }
            return
        }
        if dcCapture != nil { dcText.append(contentsOf: bytes); return }
        if annotation != nil {
            // Annotation paragraphs are the comment's text, not the contract's; other text in an annotation
            // (the author's initials in `meta:creator-initials`) is not.
            if stack.last?.part == .comment, annotation!.text.utf8.count < 1 << 20 { annotation!.text += String(decoding: Self.collapsed(bytes), as: UTF8.self) }
            return
        }
        if numberCapture, let builder = stack.last { builder.writtenLabel?.append(contentsOf: bytes); return }
        append(Array(bytes), collapse: true)
    }

    // MARK: Paragraphs

    private var currentPart: PartKind {
        let part = partStack.last ?? defaultPart
        return part == .body && !tables.isEmpty ? .tableCell : part
    }

    private func startParagraph(_ element: Element, _ attributes: SAXAttributes) {
        if annotation != nil {
            // A new paragraph of the comment.
            if !annotation!.text.isEmpty { annotation!.text += "\n" }
            stack.append(Builder(part: .comment))
            return
        }
        let builder = Builder(part: currentPart)
        builder.style = attributes["style-name"]
        builder.paragraphHidden = styles.paragraphHidden(builder.style)
        if let table = tables.last, partStack.last != .textBox {
            builder.cell = TableCellRef(table: table.index, row: table.row, column: table.column, depth: tables.count)
        }
        if element == .h {
            let level = min(max(1, attributes["outline-level"].flatMap(Int.init) ?? 1), 10) - 1
            builder.outlineLevel = level
            builder.flags.insert(.heading)
            if pendingLabel == nil, pendingItem == nil, attributes["is-list-header"] != "true", !styles.outline.isEmpty {
                if let label = numbering.next(style: "\u{0}outline", level: level, startValue: nil, levels: styles.outline) {
                    builder.label = label
                    builder.labelLevel = level
                }
            }
        }
        if let pending = takeListLabel() {
            builder.label = pending.text
            builder.labelLevel = pending.text == nil ? nil : pending.level
        }
        for id in carriedInsertions { builder.insertions.append((id, 0)) }
        carriedInsertions = []
        if !pendingDeletions.isEmpty {
            builder.revisions = pendingDeletions
            builder.flags.insert(.deleted)
            pendingDeletions = []
        }
        stack.append(builder)
    }

    private func finishParagraph() {
        guard let builder = stack.popLast() else { return }
        if builder.part == .comment { return }
        for open in builder.insertions {
            recordInsertion(in: builder, from: open.start, id: open.id)
            carriedInsertions.append(open.id)
        }
        paragraphCount += 1
        textBytes += builder.bytes.count
        let text = String(decoding: builder.bytes, as: UTF8.self)
        guard !text.trimmed(of: " \t\n\u{3000}").isEmpty || !builder.revisions.isEmpty else { return }
        var flags = builder.flags
        if !builder.hidden.isEmpty && builder.visibleBytes == 0 { flags.insert(.allHidden) }
        var label = builder.label
        var level = builder.labelLevel
        if let written = builder.writtenLabel {
            let trimmed = String(decoding: written, as: UTF8.self).trimmingWhitespace()
            label = trimmed.isEmpty ? nil : trimmed
            level = label == nil ? nil : (builder.outlineLevel ?? lists.count - 1)
        }
        let block = Block(index: 0, text: text, part: builder.part, partName: partName, style: builder.style,
                          outlineLevel: builder.outlineLevel, numberingLabel: label, numberingLevel: level, flags: flags,
                          revisions: builder.revisions, hiddenRanges: builder.hidden, cell: builder.cell,
                          commentIDs: builder.commentIDs)
        switch builder.part {
        case .footnote: footnotes.append(block)
        case .endnote: endnotes.append(block)
        case .header, .footer: headersAndFooters.append(block)
        default: body.append(block)
        }
    }

    /// Adds paragraph text: character data has its white space collapsed (ODF §6.1.2), `text:s`, `text:tab` and
    /// `text:line-break` do not.
    private func append(_ bytes: [UInt8], collapse: Bool = false) {
        guard let builder = stack.last, builder.part != .comment else {
            if annotation != nil, !collapse { annotation!.text += String(decoding: bytes, as: UTF8.self) }
            return
        }
        var added = bytes
        if collapse {
            added = []
            added.reserveCapacity(bytes.count)
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if builder.afterSpace { continue }
                    added.append(0x20)
                    builder.afterSpace = true
                } else {
                    added.append(byte)
                    builder.afterSpace = false
                }
            }
        } else {
            builder.afterSpace = bytes.last == 0x20 || bytes.last == 0x0A
        }
        guard !added.isEmpty else { return }
        let start = builder.bytes.count
        builder.bytes.append(contentsOf: added)
        let hidden = hiddenSectionDepth > 0 || builder.paragraphHidden || (spanHidden.last(where: { $0 != nil }) ?? nil) == true
        if hidden {
            if let last = builder.hidden.last, last.end == start { builder.hidden[builder.hidden.count - 1].end = builder.bytes.count }
            else { builder.hidden.append(TextSpan(start: start, end: builder.bytes.count)) }
            builder.flags.insert(.hidden)
        } else {
            builder.visibleBytes += added.count
        }
    }

    /// Collapses white space runs of character data outside paragraphs being built (deleted text, comments).
    private static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var space = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if !space { out.append(0x20) }
                space = true
            } else {
                out.append(byte)
                space = false
            }
        }
        return out
    }

    // MARK: Lists

    private func startList(_ attributes: SAXAttributes) {
        let style = attributes["style-name"] ?? lists.last?.style
        if lists.isEmpty, let style {
            let continues = attributes["continue-numbering"] == "true" || attributes["continue-list"] != nil
            if !continues { numbering.restart(style) }
        }
        lists.append(ListFrame(style: style))
        pendingLabel = nil
        pendingItem = nil
    }

    /// An item is counted when its first paragraph comes: LibreOffice wraps a continued sub-list in an item of the
    /// level above that has no paragraph of its own, and such an item neither shows nor advances a number.
    private func startListItem(_ element: Element, _ attributes: SAXAttributes) {
        let level = lists.count - 1
        guard level >= 0 else { return }
        guard element == .listItem, let style = lists.last?.style, styles.listStyles[style] != nil else {
            pendingItem = nil
            pendingLabel = (nil, level)
            return
        }
        let start = attributes["start-value"].flatMap(Int.init).map { min(max($0, 0), 100_000) }
        pendingItem = (style, level, start)
        pendingLabel = nil
    }

    /// The label of the list item whose first paragraph starts now, counting the item.
    private func takeListLabel() -> (text: String?, level: Int)? {
        if let item = pendingItem, let levels = styles.listStyles[item.style] {
            pendingItem = nil
            return (numbering.next(style: item.style, level: item.level, startValue: item.start, levels: levels), item.level)
        }
        defer { pendingLabel = nil }
        return pendingLabel
    }

    private func defineLevel(_ element: Element, _ attributes: SAXAttributes) {
        guard let level = attributes["level"].flatMap(Int.init), (1...OpenDocumentNumbering.levels).contains(level) else { return }
        var definition = OpenDocumentStyles.Level()
        if element == .listLevelStyleNumber || element == .outlineLevelStyle {
            definition.format = attributes["num-format"]
            definition.prefix = attributes["num-prefix"] ?? ""
            definition.suffix = attributes["num-suffix"] ?? ""
            definition.displayLevels = attributes["display-levels"].flatMap(Int.init) ?? 1
            definition.start = attributes["start-value"].flatMap(Int.init).map { min(max($0, 0), 100_000) } ?? 1
            definition.listFormat = attributes["num-list-format"]
        }
        if definingOutline { styles.outline[level - 1] = definition }
        else if let list = definingList { styles.listStyles[list]?[level - 1] = definition }
    }

    // MARK: Tracked changes

    private func startInTrackedChanges(_ element: Element, _ attributes: SAXAttributes) {
        switch element {
        case .trackedChanges: inTrackedChanges += 1
        case .changedRegion:
            if let id = attributes["id"] { currentRegion = id; regions[id] = Region() }
        case .insertion, .deletion:
            if let id = currentRegion { regions[id]?.kind = element == .insertion ? .insertion : .deletion }
        case .creator, .date: inChangeInfo = true; dcCapture = element; dcText = []
        case .p, .h:
            if let id = currentRegion, regions[id]?.kind == .deletion, regions[id]?.text.isEmpty == false { regions[id]!.text.append(0x0A) }
        case .s: if let id = currentRegion, regions[id]?.kind == .deletion { regions[id]!.text.append(0x20) }
        case .tab: if let id = currentRegion, regions[id]?.kind == .deletion { regions[id]!.text.append(0x09) }
        case .noteCitation, .title, .desc, .binaryData: skipDepth = 1
        default: break
        }
    }

    private func endInTrackedChanges(_ element: Element) {
        switch element {
        case .trackedChanges: inTrackedChanges -= 1
        case .changedRegion: currentRegion = nil
        case .creator, .date:
            if let id = currentRegion {
                let value = String(decoding: dcText, as: UTF8.self)
                if element == .creator { regions[id]?.author = value } else { regions[id]?.date = value }
            }
            inChangeInfo = false; dcCapture = nil
        default: break
        }
    }

    /// `text:change`: where deleted text was. It stays out of the text and is recorded as a deletion.
    private func placeDeletion(_ id: String?) {
        guard let id, let region = regions[id], region.kind == .deletion else { return }
        let text = String(decoding: region.text, as: UTF8.self)
        guard let builder = stack.last, builder.part != .comment else {
            // Between paragraphs (a whole paragraph deleted): recorded on the next one.
            pendingDeletions.append(Revision(kind: .deletion, text: text, offset: 0, author: region.author, date: region.date))
            return
        }
        builder.revisions.append(Revision(kind: .deletion, text: text, offset: builder.bytes.count, author: region.author, date: region.date))
        builder.flags.insert(.deleted)
    }

    private func startInsertion(_ id: String?) {
        guard let id, regions[id]?.kind == .insertion else { return }
        if let builder = stack.last, builder.part != .comment { builder.insertions.append((id, builder.bytes.count)) }
        else { carriedInsertions.append(id) }
    }

    private func endInsertion(_ id: String?) {
        guard let id else { return }
        carriedInsertions.removeAll { $0 == id }
        guard let builder = stack.last, let i = builder.insertions.firstIndex(where: { $0.id == id }) else { return }
        recordInsertion(in: builder, from: builder.insertions[i].start, id: id)
        builder.insertions.remove(at: i)
    }

    private func recordInsertion(in builder: Builder, from start: Int, id: String) {
        guard start < builder.bytes.count else { return }
        let region = regions[id]
        let text = String(decoding: builder.bytes[start...], as: UTF8.self)
        builder.revisions.append(Revision(kind: .insertion, text: text, offset: start, author: region?.author, date: region?.date))
        builder.flags.insert(.inserted)
    }

    private func skip(_ kind: SkippedContent.Kind, _ detail: String) {
        if let i = skipped.firstIndex(where: { $0.kind == kind && $0.part == partName }) {
            skipped[i].count += 1
        } else {
            skipped.append(SkippedContent(kind: kind, part: partName, detail: detail))
        }
    }
}
