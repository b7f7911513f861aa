import ClauseGuardModel

/// Turns the Word reader's paragraphs into blocks as they are finished, in reading order (body, headers, footers,
/// notes), applying styles and numbering. Taking them one by one means a part's paragraphs are never all held
/// twice, and the paragraph cap is checked while the part is still being parsed.
final class BlockAssembler {
    private let styles: WordStyles
    private let numbering: WordNumbering
    private let maxParagraphs: Int
    private let maxTextBytes: Int
    private(set) var blocks: [Block] = []
    /// Comment id → indices of the blocks anchoring it.
    private(set) var commentAnchors: [String: [Int]] = [:]
    /// Paragraphs seen, kept or not (empty ones advance the index and numbering too).
    private(set) var paragraphCount = 0
    /// UTF-8 bytes of paragraph text seen.
    private(set) var textBytes = 0

    init(styles: WordStyles, numbering: WordNumbering, limits: IngestOptions) {
        self.styles = styles
        self.numbering = numbering
        maxParagraphs = limits.maxParagraphs
        maxTextBytes = limits.maxDocumentTextBytes
    }

    /// True once more paragraphs or text arrived than the caps allow; the caller stops parsing and reports the
    /// file, so nothing past the cap is kept.
    var overLimit: Bool { paragraphCount > maxParagraphs || textBytes > maxTextBytes }

    func add(_ paragraph: WordDocumentHandler.Paragraph) {
        paragraphCount += 1
        textBytes += paragraph.text.utf8.count
        if overLimit { return }
        let style = styles.resolved(paragraph.style)
        let numID = paragraph.numID ?? style?.numID
        let level = paragraph.numLevel ?? style?.level ?? 0
        let label = numID.flatMap { numbering.label(numID: $0, level: level) }
        var flags = paragraph.flags
        let outline = paragraph.outlineLevel ?? style?.outlineLevel
        if styles.isHeading(paragraph.style) || (outline != nil && outline! < 9) { flags.insert(.heading) }
        let index = blocks.count
        for id in paragraph.commentIDs { commentAnchors[id, default: []].append(index) }
        guard !paragraph.text.trimmed(of: " \t\n").isEmpty || !paragraph.revisions.isEmpty else { return }
        blocks.append(Block(index: index, text: paragraph.text, part: paragraph.part, partName: paragraph.partName,
                            style: paragraph.style, outlineLevel: outline, numberingLabel: label,
                            numberingLevel: label == nil ? nil : level, flags: flags, revisions: paragraph.revisions,
                            hiddenRanges: paragraph.hidden, cell: paragraph.cell, commentIDs: paragraph.commentIDs))
    }
}
