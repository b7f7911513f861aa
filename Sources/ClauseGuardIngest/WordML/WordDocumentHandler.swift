import ClauseGuardModel

/// The WordprocessingML state machine: SAX events of one part in, paragraphs out. It keeps what a reader of the
/// contract sees (runs joined, insertions, hidden text, field results, text boxes once) and records what it
/// leaves out (deletions, field instructions) or cannot read (objects, images, altChunks).
final class WordDocumentHandler: SAXHandler {
    /// A finished paragraph before numbering and clause paths are applied.
    struct Paragraph {
        var text: String
        var part: PartKind
        var partName: String
        var style: String?
        var outlineLevel: Int?
        var numID: String?
        var numLevel: Int?
        var flags: BlockFlags
        var revisions: [Revision]
        var hidden: [TextSpan]
        var cell: TableCellRef?
        var commentIDs: [String]
    }

    private final class Builder {
        var bytes: [UInt8] = []
        var part: PartKind
        var style: String?
        var outlineLevel: Int?
        var numID: String?
        var numLevel: Int?
        var flags: BlockFlags = []
        var revisions: [Revision] = []
        var hidden: [TextSpan] = []
        var cell: TableCellRef?
        var commentIDs: [String] = []
        var visibleBytes = 0
        /// The paragraph mark is a tracked deletion: in Word's final view the paragraph runs on into the next.
        var markDeleted = false
        /// `w:vanish` of the paragraph style (or the default one), nil when no style says.
        var styleVanish: Bool?
        init(part: PartKind) { self.part = part }
    }

    private struct Table {
        var index: Int
        var row = -1
        var column = 0
        var span = 1
        var merged = false
    }

    private struct Change {
        var kind: Revision.Kind
        var author: String?
        var date: String?
    }

    /// Field state inside a complex field (`w:fldChar`): instructions are hidden, results shown.
    private enum FieldState { case instruction, result }

    static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"

    /// Transitional and Strict WordprocessingML are read alike.
    @inline(__always)
    static func isWord(_ namespace: String) -> Bool { namespace == transitional || namespace == strict }
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    let part: PartKind
    let partName: String
    /// Finished paragraphs, unless `deliver` takes them as they come.
    private(set) var paragraphs: [Paragraph] = []
    /// Receives each finished paragraph in reading order, so a large part is never held twice (as paragraphs and
    /// as blocks). Call `finish()` after the part's last event.
    var deliver: ((Paragraph) -> Void)?
    /// Paragraphs handed out so far (stored or delivered).
    private(set) var paragraphCount = 0
    /// UTF-8 bytes of text in paragraphs handed out so far.
    private(set) var textBytes = 0
    /// Text held in paragraphs not finished yet (one paragraph can hold a whole part).
    var openTextBytes: Int { stack.reduce(joining?.text.utf8.count ?? 0) { $0 + $1.bytes.count } }
    /// A paragraph whose mark is deleted, waiting to run on into the next one.
    private var joining: Paragraph?
    private(set) var skipped: [SkippedContent] = []
    /// `w:object` elements (embedded or linked OLE objects); the reader compares them with the embedded parts.
    private(set) var objectCount = 0
    /// Comment ids that start before any paragraph opens attach to the next paragraph.
    private var pendingComments: [String] = []

    private var stack: [Builder] = []
    private var tables: [Table] = []
    private var tableCount = 0
    private var changes: [Change] = []
    /// Depth inside an `mc:Choice` or `mc:Fallback` that Word does not show: everything in it is ignored.
    private var unshownDepth = 0
    /// One entry per open `mc:AlternateContent`: whether a branch has been taken.
    private var alternates: [Bool] = []
    private var sdtDepth = 0
    private var textBoxDepth = 0
    private var inRun = false
    private var inRunProperties = false
    private var inParagraphProperties = false
    private var inTabs = false
    /// Depth inside `w:rPrChange`/`w:pPrChange`: the properties from before a tracked formatting change, not the
    /// ones the text has now.
    private var formerPropertiesDepth = 0
    /// The run's own `w:vanish`, and its character style's: nil when they do not say.
    private var runVanish: Bool?
    private var runStyleVanish: Bool?
    /// Hidden text as Word decides it: the run's property, else its character style, else the paragraph style,
    /// else the document defaults.
    private var runHidden: Bool {
        runVanish ?? runStyleVanish ?? stack.last?.styleVanish ?? styles.defaultVanish ?? false
    }
    private let styles: WordStyles
    private var capture: Capture = .none
    private var fields: [FieldState] = []
    private var simpleFieldDepth = 0
    /// Depth inside elements of other namespaces, to report text we cannot read.
    private var foreignDepth = 0
    private var foreignName = ""
    private var foreignTextReported = false

    private enum Capture { case none, text, deletedText, instruction }

    init(part: PartKind, partName: String, styles: WordStyles = WordStyles()) {
        self.styles = styles
        self.part = part
        self.partName = partName
    }

    // MARK: Element codes

    /// The WordprocessingML elements the state machine reacts to; everything else is `.other`.
    enum Element: Int {
        case p, pPr, pStyle, outlineLvl, numId, ilvl, tabs, r, rPr, vanish, t, delText, instrText, tab, br, cr, noBreakHyphen, sym, ins, del, moveFrom, moveTo, fldChar, fldSimple, tbl, tr, tc, gridSpan, vMerge, sdt, txbxContent, commentRangeStart, commentReference, object, altChunk, rPrChange, pPrChange, ptab, rStyle, other
    }
    /// Paragraph and run properties, ignored inside a record of former properties. Text is never in properties,
    /// so a misplaced `w:t` there is still read, not dropped.
    fileprivate static let propertyElements: Set<Element> = [.pPr, .pStyle, .outlineLvl, .numId, .ilvl, .tabs, .rPr, .vanish, .rStyle,
                                                   .ins, .del, .moveFrom, .moveTo, .rPrChange, .pPrChange]
    private static let elements: [String: Element] = {
        var map: [String: Element] = [:]
        var i = 0
        while let element = Element(rawValue: i), element != .other { map[String(describing: element)] = element; i += 1 }
        return map
    }()

    /// The code of an element name, worked out once per distinct name in a parse.
    @inline(__always)
    static func element(_ name: XMLName) -> Element {
        if name.tag < 0 { name.tag = (elements[name.string] ?? .other).rawValue }
        return Element(rawValue: name.tag)!
    }

    enum NamespaceKind: Int { case word, markupCompatibility, other }

    @inline(__always)
    static func namespaceKind(_ namespace: XMLName) -> NamespaceKind {
        if namespace.tag < 0 {
            namespace.tag = (isWord(namespace.string) ? NamespaceKind.word : namespace.string == markupCompatibility ? .markupCompatibility : .other).rawValue
        }
        return NamespaceKind(rawValue: namespace.tag)!
    }

    // MARK: Events

    func start(_ name: XMLName, namespace: XMLName, attributes: SAXAttributes) {
        if unshownDepth > 0 { unshownDepth += 1; return }
        switch Self.namespaceKind(namespace) {
        case .markupCompatibility:
            startAlternate(name.string, attributes: attributes)
            return
        case .other:
            foreignDepth += 1
            if foreignDepth == 1 { foreignName = name.string; foreignTextReported = false }
            noteForeign(name.string, namespace: namespace.string)
            return
        case .word:
            break
        }
        var value: String? { attributes["val"] }
        let element = Self.element(name)
        if formerPropertiesDepth > 0, element.isProperty {
            if element == .rPrChange || element == .pPrChange { formerPropertiesDepth += 1 }
            return
        }
        switch element {
        case .rPrChange, .pPrChange: formerPropertiesDepth = 1
        case .p:
            let builder = Builder(part: textBoxDepth > 0 ? .textBox : (tables.isEmpty ? part : (part == .body ? .tableCell : part)))
            if let table = tables.last, textBoxDepth == 0 {
                builder.cell = TableCellRef(table: table.index, row: table.row, column: table.column, depth: tables.count,
                                            span: table.span, mergedContinuation: table.merged)
            }
            if sdtDepth > 0 { builder.flags.insert(.contentControl) }
            builder.commentIDs = pendingComments
            pendingComments = []
            builder.styleVanish = styles.vanish(paragraphStyle: nil)
            stack.append(builder)
        case .pPr: inParagraphProperties = true
        case .pStyle where inParagraphProperties:
            stack.last?.style = value
            stack.last?.styleVanish = styles.vanish(paragraphStyle: value)
        case .rStyle where inRunProperties && !inParagraphProperties: runStyleVanish = styles.vanish(characterStyle: value)
        case .outlineLvl where inParagraphProperties: stack.last?.outlineLevel = value.flatMap(Int.init)
        case .numId where inParagraphProperties: stack.last?.numID = value
        case .ilvl where inParagraphProperties: stack.last?.numLevel = value.flatMap(Int.init)
        case .tabs: inTabs = true
        case .r: inRun = true; runVanish = nil; runStyleVanish = nil
        case .rPr: inRunProperties = true
        case .vanish where inRunProperties && !inParagraphProperties:
            runVanish = value != "0" && value != "false" && value != "off"
        case .t: capture = .text
        case .delText: capture = .deletedText
        case .instrText: capture = .instruction
        case .tab where inRun && !inTabs: append("\t")
        case .ptab: if inRun { append("\t") }
        case .br, .cr: if inRun { append("\n") }
        case .noBreakHyphen: append("-")
        case .sym:
            if let hex = attributes["char"], var code = UInt32(hex, radix: 16) {
                if code >= 0xF000 { code -= 0xF000 }   // Symbol-font private-use codes
                if let scalar = UnicodeScalar(code) { append(String(Character(scalar))) }
            }
        case .ins where !inRunProperties && !inParagraphProperties:
            changes.append(Change(kind: .insertion, author: attributes["author"], date: attributes["date"]))
        case .del where !inRunProperties && !inParagraphProperties:
            changes.append(Change(kind: .deletion, author: attributes["author"], date: attributes["date"]))
        case .del where inRunProperties && inParagraphProperties, .moveFrom where inRunProperties && inParagraphProperties:
            stack.last?.markDeleted = true
        case .moveFrom where !inRunProperties && !inParagraphProperties:
            changes.append(Change(kind: .moveFrom, author: attributes["author"], date: attributes["date"]))
        case .moveTo where !inRunProperties && !inParagraphProperties:
            changes.append(Change(kind: .moveTo, author: attributes["author"], date: attributes["date"]))
        case .fldChar:
            switch attributes["fldCharType"] {
            case "begin": fields.append(.instruction)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = .result }
            case "end": _ = fields.popLast()
            default: break
            }
        case .fldSimple: simpleFieldDepth += 1
        case .tbl:
            tables.append(Table(index: tableCount))
            tableCount += 1
        case .tr: if !tables.isEmpty { tables[tables.count - 1].row += 1; tables[tables.count - 1].column = 0 }
        case .tc: if !tables.isEmpty { tables[tables.count - 1].span = 1; tables[tables.count - 1].merged = false }
        case .gridSpan: if !tables.isEmpty { tables[tables.count - 1].span = min(max(1, value.flatMap(Int.init) ?? 1), 64) }   // Word tables have at most 63 columns
        case .vMerge: if !tables.isEmpty { tables[tables.count - 1].merged = value != "restart" }
        case .sdt: sdtDepth += 1
        case .txbxContent: textBoxDepth += 1
        case .commentRangeStart, .commentReference:
            if let id = attributes["id"] {
                // Duplicates (range start + reference) are removed when the paragraph ends: a contains() here is
                // quadratic in a hostile paragraph with 100k anchors.
                if let builder = stack.last { builder.commentIDs.append(id) } else { pendingComments.append(id) }
            }
        case .object: objectCount += 1
        case .altChunk: skip(.altChunk, "w:altChunk r:id=\(attributes["id"] ?? "?")")
        default: break
        }
    }

    func end(_ name: XMLName, namespace: XMLName) {
        if unshownDepth > 0 { unshownDepth -= 1; return }
        switch Self.namespaceKind(namespace) {
        case .markupCompatibility:
            if name.string == "AlternateContent" { _ = alternates.popLast() }
            return
        case .other: foreignDepth -= 1; return
        case .word: break
        }
        let element = Self.element(name)
        if formerPropertiesDepth > 0, element.isProperty {
            if element == .rPrChange || element == .pPrChange { formerPropertiesDepth -= 1 }
            return
        }
        switch element {
        case .p: finishParagraph()
        case .pPr: inParagraphProperties = false
        case .tabs: inTabs = false
        case .r: inRun = false; runVanish = nil; runStyleVanish = nil
        case .rPr: inRunProperties = false
        case .t, .delText, .instrText: capture = .none
        case .ins, .del, .moveFrom, .moveTo:
            if !inRunProperties && !inParagraphProperties, let last = changes.last, last.kind.element == element { changes.removeLast() }
        case .fldSimple: simpleFieldDepth -= 1
        case .tbl: _ = tables.popLast()
        case .tc: if !tables.isEmpty { tables[tables.count - 1].column += tables[tables.count - 1].span }
        case .sdt: sdtDepth -= 1
        case .txbxContent: textBoxDepth -= 1
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if unshownDepth > 0 { return }
        switch capture {
        case .instruction:
            return
        case .none:
            // Text outside w:t sits in an element we do not understand: say so instead of dropping it silently.
            if foreignDepth > 0, !foreignTextReported, bytes.contains(where: { $0 > 0x20 }) {
                foreignTextReported = true
                skip(.unknownElement, foreignName)
            }
            return
        case .deletedText:
            guard let builder = stack.last else { return }
            let change = changes.last { $0.kind == .deletion || $0.kind == .moveFrom }
            record(change?.kind ?? .deletion, String(decoding: bytes, as: UTF8.self), in: builder, author: change?.author, date: change?.date)
            builder.flags.insert(change?.kind == .moveFrom ? .moved : .deleted)
        case .text:
            guard let builder = stack.last else { return }
            if fields.contains(.instruction) { return }   // a nested field's result inside another field's instructions
            if let removal = changes.last(where: { $0.kind == .deletion || $0.kind == .moveFrom }) {
                // w:t inside a deletion (some writers do this): leave it out, record it.
                record(removal.kind, String(decoding: bytes, as: UTF8.self), in: builder, author: removal.author, date: removal.date)
                builder.flags.insert(removal.kind == .moveFrom ? .moved : .deleted)
                return
            }
            let start = builder.bytes.count
            builder.bytes.append(contentsOf: bytes)
            if !fields.isEmpty || simpleFieldDepth > 0 { builder.flags.insert(.field) }
            if let addition = changes.last(where: { $0.kind == .insertion || $0.kind == .moveTo }) {
                record(addition.kind, String(decoding: bytes, as: UTF8.self), in: builder, author: addition.author, date: addition.date, offset: start)
                builder.flags.insert(addition.kind == .moveTo ? .moved : .inserted)
            }
            if runHidden {
                builder.hidden.append(TextSpan(start: start, end: builder.bytes.count))
                builder.flags.insert(.hidden)
            } else {
                builder.visibleBytes += bytes.count
            }
        }
    }

    // MARK: Markup compatibility

    /// Takes the branch of an `mc:AlternateContent` that Word shows: the first Choice whose `Requires` it
    /// understands, else the Fallback. A Choice of uncertain verdict is read and does not end the search, so the
    /// branch a differently versioned Word shows is read too (and the document says so).
    private func startAlternate(_ name: String, attributes: SAXAttributes) {
        switch name {
        case "AlternateContent":
            alternates.append(false)
        case "Choice":
            guard let taken = alternates.last, !taken else { unshownDepth = 1; return }
            switch MarkupCompatibility.verdict(requires: attributes["Requires"], namespace: attributes.namespace(forPrefix:)) {
            case .understood: alternates[alternates.count - 1] = true
            case .notUnderstood: unshownDepth = 1
            case .uncertain: skip(.uncertainAlternateContent, "mc:Choice Requires=\"\(attributes["Requires"] ?? "")\"")
            }
        case "Fallback":
            guard let taken = alternates.last, !taken else { unshownDepth = 1; return }
            alternates[alternates.count - 1] = true
        default:
            break
        }
    }

    // MARK: Helpers

    private func append(_ s: String) {
        guard let builder = stack.last, capture != .instruction, !fields.contains(.instruction),
              !changes.contains(where: { $0.kind == .deletion || $0.kind == .moveFrom }) else { return }
        builder.bytes.append(contentsOf: s.utf8)
    }

    /// Adjacent changes of the same kind and author merge into one revision.
    private func record(_ kind: Revision.Kind, _ text: String, in builder: Builder, author: String?, date: String?, offset: Int? = nil) {
        let at = offset ?? builder.bytes.count
        if var last = builder.revisions.last, last.kind == kind, last.author == author,
           (kind == .deletion || kind == .moveFrom) ? last.offset == at : last.offset + last.text.utf8.count == at {
            last.text += text
            builder.revisions[builder.revisions.count - 1] = last
        } else {
            builder.revisions.append(Revision(kind: kind, text: text, offset: at, author: author, date: date))
        }
    }

    private func finishParagraph() {
        guard let builder = stack.popLast() else { return }
        let text = String(decoding: builder.bytes, as: UTF8.self)
        let trimmed = text.trimmed(of: " \t\n\u{3000}")
        // Empty paragraphs still count for numbering, so keep numbered ones.
        guard !trimmed.isEmpty || builder.numID != nil || !builder.revisions.isEmpty else {
            if !builder.commentIDs.isEmpty { pendingComments += builder.commentIDs }
            // A paragraph with a deleted mark runs on into this empty one, which ends it.
            if let previous = joining { joining = nil; output(previous) }
            return
        }
        var flags = builder.flags
        if !builder.hidden.isEmpty && builder.visibleBytes == 0 { flags.insert(.allHidden) }
        var paragraph = Paragraph(text: text, part: builder.part, partName: partName, style: builder.style, outlineLevel: builder.outlineLevel,
                                  numID: builder.numID, numLevel: builder.numLevel, flags: flags, revisions: builder.revisions,
                                  hidden: builder.hidden, cell: builder.cell, commentIDs: Self.unique(builder.commentIDs))
        if joining != nil {
            // Only within one story and one table cell: Word never runs a paragraph across a cell boundary.
            if joining!.part == paragraph.part && joining!.cell == paragraph.cell {
                Self.join(&joining!, paragraph)   // in place: a long chain of deleted marks stays linear
                paragraph = joining!
            } else {
                output(joining!)
            }
            joining = nil
        }
        if builder.markDeleted { joining = paragraph } else { output(paragraph) }
    }

    /// Hands out a paragraph still waiting for its successor. Call at the end of a part (or of a note).
    func finish() {
        if let previous = joining { joining = nil; output(previous) }
    }

    private func output(_ paragraph: Paragraph) {
        var paragraph = paragraph
        if paragraph.flags.contains(.deleted), paragraph.commentIDs.count > 1 { paragraph.commentIDs = Self.unique(paragraph.commentIDs) }
        paragraphCount += 1
        textBytes += paragraph.text.utf8.count
        if let deliver { deliver(paragraph) } else { paragraphs.append(paragraph) }
    }

    /// Makes `first` (whose mark was deleted) and `second` the one paragraph Word's final view shows. The paragraph
    /// mark that survives is the second's, so its style and numbering apply.
    private static func join(_ first: inout Paragraph, _ second: Paragraph) {
        let shift = first.text.utf8.count
        first.text += second.text
        first.revisions += second.revisions.map { var r = $0; r.offset += shift; return r }
        first.hidden += second.hidden.map { TextSpan(start: $0.start + shift, end: $0.end + shift) }
        let allHidden = first.flags.contains(.allHidden) && second.flags.contains(.allHidden)
        first.flags = first.flags.union(second.flags).union(.deleted)
        if !allHidden { first.flags.remove(.allHidden) }
        first.commentIDs += second.commentIDs   // made unique when handed out
        first.style = second.style
        first.outlineLevel = second.outlineLevel
        first.numID = second.numID
        first.numLevel = second.numLevel
    }

    /// The ids in first-seen order, each once.
    private static func unique(_ ids: [String]) -> [String] {
        guard ids.count > 1 else { return ids }
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    private func skip(_ kind: SkippedContent.Kind, _ detail: String) {
        if let i = skipped.firstIndex(where: { $0.kind == kind && $0.part == partName }) {
            skipped[i].count += 1
        } else {
            skipped.append(SkippedContent(kind: kind, part: partName, detail: detail))
        }
    }

    /// Images and charts are counted; other foreign elements are watched for text we would not read.
    private func noteForeign(_ name: String, namespace: String) {
        if name == "pic", namespace.hasSuffix("/picture") { skip(.image, "picture") }
        else if name == "imagedata" { skip(.image, "v:imagedata") }
        else if name == "chart", namespace.hasSuffix("/chart") { skip(.chart, "chart") }
    }
}

extension WordDocumentHandler.Element {
    var isProperty: Bool { WordDocumentHandler.propertyElements.contains(self) }
}

extension Revision.Kind {
    var element: WordDocumentHandler.Element {
        switch self {
        case .insertion: .ins
        case .deletion: .del
        case .moveFrom: .moveFrom
        case .moveTo: .moveTo
        }
    }
}
