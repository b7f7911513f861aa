/// A contract after ingestion: ordered blocks plus what was and was not read.
public struct ContractDocument: Codable, Sendable {
    /// The path the user gave.
    public var source: String
    public var format: SourceFormat
    /// For text files: the detected encoding (`utf-8`, `utf-16le`, `gb18030`…).
    public var encoding: String?
    public var blocks: [Block]
    /// Word comments, kept apart from the contract text.
    public var comments: [Comment]
    /// Package parts that were read, in order.
    public var partsRead: [String]
    /// What was not read, so no content is lost silently.
    public var notRead: [SkippedContent]

    public init(source: String, format: SourceFormat, encoding: String? = nil, blocks: [Block] = [],
                comments: [Comment] = [], partsRead: [String] = [], notRead: [SkippedContent] = []) {
        self.source = source; self.format = format; self.encoding = encoding; self.blocks = blocks
        self.comments = comments; self.partsRead = partsRead; self.notRead = notRead
    }

    /// Count of not-read items by kind, e.g. "not read: 1 embedded object, 1 altChunk".
    public var notReadSummary: String? {
        guard !notRead.isEmpty else { return nil }
        var counts: [SkippedContent.Kind: Int] = [:]
        for item in notRead { counts[item.kind, default: 0] += item.count }
        let parts = SkippedContent.Kind.allCases.compactMap { kind -> String? in
            guard let n = counts[kind], n > 0 else { return nil }
            return "\(n) \(n == 1 ? kind.singular : kind.plural)"
        }
        return "not read: " + parts.joined(separator: ", ")
    }
}

/// The name of a document's format, shown in reports; which ones are read, and by which reader, is decided by the
/// ingest stage's registry (`ContractFormats`).
public enum SourceFormat: String, Codable, Sendable, CaseIterable {
    case docx, docm, dotx, dotm, odt, ott, pdf, txt, md

    /// The format for a file name, by extension (case-insensitive).
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}

/// A Word comment. Its anchored text is in the blocks named by `blockIndices`.
public struct Comment: Codable, Sendable, Hashable {
    public var id: String
    public var author: String?
    public var date: String?
    public var text: String
    public var blockIndices: [Int]
    public init(id: String, author: String? = nil, date: String? = nil, text: String, blockIndices: [Int] = []) {
        self.id = id; self.author = author; self.date = date; self.text = text; self.blockIndices = blockIndices
    }
}

/// Content ClauseGuard saw but did not read.
public struct SkippedContent: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case embeddedObject, altChunk, image, chart, unknownElement, unsupportedPart, macro
        /// An `mc:AlternateContent` whose shown branch depends on the Word version: every candidate was read.
        case uncertainAlternateContent
        /// A PDF page with images and no text: a scan, whose words need OCR.
        case scannedPage

        var singular: String {
            switch self {
            case .embeddedObject: "embedded object"
            case .altChunk: "altChunk"
            case .image: "image"
            case .chart: "chart"
            case .unknownElement: "unknown element with text"
            case .unsupportedPart: "unsupported part"
            case .macro: "macro project"
            case .uncertainAlternateContent: "mc:AlternateContent of uncertain choice (both read)"
            case .scannedPage: "scanned page without text (OCR needed)"
            }
        }
        var plural: String {
            switch self {
            case .altChunk: "altChunks"
            case .unknownElement: "unknown elements with text"
            case .uncertainAlternateContent: "mc:AlternateContents of uncertain choice (all read)"
            case .scannedPage: "scanned pages without text (OCR needed)"
            default: singular + "s"
            }
        }
    }
    public var kind: Kind
    /// Where it was: the part name and, if known, the block index near it.
    public var part: String
    public var detail: String?
    public var count: Int
    public init(kind: Kind, part: String, detail: String? = nil, count: Int = 1) {
        self.kind = kind; self.part = part; self.detail = detail; self.count = count
    }
}
