/// One paragraph-like unit of a contract as ClauseGuard sees it: a body paragraph, a table-cell paragraph,
/// a header line, a footnote, a text-box paragraph… Everything after ingestion works on blocks, so a `.txt`
/// and a `.docx` contract are analysed alike.
public struct Block: Codable, Sendable, Hashable {
    /// Position in reading order, from 0.
    public var index: Int
    /// The analysed text: inserted text kept, deleted text left out, hidden text kept (and flagged),
    /// field instructions left out and field results kept. Tabs are `\t`, breaks `\n`.
    public var text: String
    /// Where the block came from.
    public var part: PartKind
    /// The package part (zip entry) or `"text"` for plain-text contracts.
    public var partName: String
    /// Paragraph style id (`Heading1`, `ListParagraph`…), if any.
    public var style: String?
    /// Outline level 0…8 from the paragraph or its style (0 = top heading), if any.
    public var outlineLevel: Int?
    /// The rendered automatic-numbering label (`第八条`, `8.2`, `(a)`), if the paragraph is numbered by Word.
    public var numberingLabel: String?
    /// Numbering level (0-based `w:ilvl`) when `numberingLabel` is set.
    public var numberingLevel: Int?
    /// The clause a lawyer would cite, outermost first: `["第八条 违约责任", "2"]`, `["8", "8.2", "(a)"]`.
    public var clausePath: [String]
    /// How many leading `clausePath` entries name the article this block belongs to (`第八条`, `8`): blocks with
    /// the same article prefix form one clause for clause-scoped rules. 0 = before the first article.
    public var articleDepth: Int = 0
    public var flags: BlockFlags
    /// Tracked changes inside this block, in order. Deleted text is recorded here and not in `text`.
    public var revisions: [Revision]
    /// Ranges of `text` (UTF-8 offsets) that are hidden (`w:vanish`).
    public var hiddenRanges: [TextSpan]
    /// Set when the block is a paragraph inside a table cell.
    public var cell: TableCellRef?
    /// Ids of Word comments anchored in this block.
    public var commentIDs: [String]
    /// The page (from 1) where the block starts, for formats that have pages (PDF); nil otherwise.
    public var page: Int?

    public init(index: Int, text: String, part: PartKind = .body, partName: String = "text",
                style: String? = nil, outlineLevel: Int? = nil, numberingLabel: String? = nil,
                numberingLevel: Int? = nil, clausePath: [String] = [], flags: BlockFlags = [],
                revisions: [Revision] = [], hiddenRanges: [TextSpan] = [], cell: TableCellRef? = nil,
                commentIDs: [String] = [], page: Int? = nil) {
        self.index = index
        self.text = text
        self.part = part
        self.partName = partName
        self.style = style
        self.outlineLevel = outlineLevel
        self.numberingLabel = numberingLabel
        self.numberingLevel = numberingLevel
        self.clausePath = clausePath
        self.flags = flags
        self.revisions = revisions
        self.hiddenRanges = hiddenRanges
        self.cell = cell
        self.commentIDs = commentIDs
        self.page = page
    }

    /// The clause path as a lawyer writes it: `第八条 违约责任 › 2`, `8.2(a)`.
    public var clauseDisplay: String { ClauseCitation.display(clausePath) }

    /// The article this block belongs to (for clause-scoped matching).
    public var articlePath: ArraySlice<String> { clausePath.prefix(articleDepth) }
}

/// The kind of content a block came from.
public enum PartKind: String, Codable, Sendable, Hashable, CaseIterable {
    case body, tableCell, header, footer, footnote, endnote, comment, textBox
}

/// Properties of a block that matter to a reader of the contract.
public struct BlockFlags: OptionSet, Codable, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Some of the text is a tracked insertion (`w:ins`).
    public static let inserted = BlockFlags(rawValue: 1 << 0)
    /// Some text was deleted in a tracked change (`w:del`); see `Block.revisions`.
    public static let deleted = BlockFlags(rawValue: 1 << 1)
    /// Some of the text is hidden (`w:vanish`): a hidden clause is itself a risk.
    public static let hidden = BlockFlags(rawValue: 1 << 2)
    /// Some text was moved (`w:moveFrom`/`w:moveTo`).
    public static let moved = BlockFlags(rawValue: 1 << 3)
    /// Contains a field result (`w:fldSimple`, complex field).
    public static let field = BlockFlags(rawValue: 1 << 4)
    /// The paragraph is a heading (style or outline level).
    public static let heading = BlockFlags(rawValue: 1 << 5)
    /// The whole paragraph is hidden.
    public static let allHidden = BlockFlags(rawValue: 1 << 6)
    /// Inside a content control (`w:sdt`).
    public static let contentControl = BlockFlags(rawValue: 1 << 7)

    public var names: [String] {
        var out: [String] = []
        if contains(.inserted) { out.append("inserted") }
        if contains(.deleted) { out.append("deleted") }
        if contains(.hidden) { out.append("hidden") }
        if contains(.allHidden) { out.append("all-hidden") }
        if contains(.moved) { out.append("moved") }
        if contains(.field) { out.append("field") }
        if contains(.heading) { out.append("heading") }
        if contains(.contentControl) { out.append("content-control") }
        return out
    }

    // Encoded as a list of names so the JSON model reads well.
    public init(from decoder: Decoder) throws {
        let names = try decoder.singleValueContainer().decode([String].self)
        var flags: BlockFlags = []
        for name in names {
            switch name {
            case "inserted": flags.insert(.inserted)
            case "deleted": flags.insert(.deleted)
            case "hidden": flags.insert(.hidden)
            case "all-hidden": flags.insert(.allHidden)
            case "moved": flags.insert(.moved)
            case "field": flags.insert(.field)
            case "heading": flags.insert(.heading)
            case "content-control": flags.insert(.contentControl)
            default: break
            }
        }
        self = flags
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(names)
    }
}

/// A half-open range of a block's text in UTF-8 bytes.
public struct TextSpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}

/// Where a table-cell paragraph sits.
public struct TableCellRef: Codable, Sendable, Hashable {
    /// Table number in the part, from 0, counting nested tables in document order.
    public var table: Int
    public var row: Int
    public var column: Int
    /// 1 for a top-level table, 2 for a table inside a cell, …
    public var depth: Int
    /// Columns this cell spans (`w:gridSpan`).
    public var span: Int
    /// True when the cell continues a vertical merge (`w:vMerge` without `restart`).
    public var mergedContinuation: Bool
    public init(table: Int, row: Int, column: Int, depth: Int = 1, span: Int = 1, mergedContinuation: Bool = false) {
        self.table = table; self.row = row; self.column = column; self.depth = depth
        self.span = span; self.mergedContinuation = mergedContinuation
    }
}

/// A tracked change inside a block.
public struct Revision: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case insertion, deletion, moveFrom, moveTo }
    public var kind: Kind
    /// The changed text. For deletions and move-from this text is *not* in `Block.text`.
    public var text: String
    /// UTF-8 offset in `Block.text` where the change sits (the start of inserted text, or where deleted text was).
    public var offset: Int
    public var author: String?
    public var date: String?
    public init(kind: Kind, text: String, offset: Int, author: String? = nil, date: String? = nil) {
        self.kind = kind; self.text = text; self.offset = offset; self.author = author; self.date = date
    }
}
