import ClauseGuardModel
import ClauseGuardText

/// Reads `.txt` and `.md` contracts into blocks: one block per line for text (Chinese lines hard-wrapped at a fixed
/// width joined, and sentences a page break cut in two), one per paragraph for Markdown (soft-wrapped lines joined, `#` headings flagged with their outline
/// level).
public struct PlainTextReader: Sendable {
    public var options: IngestOptions
    public init(options: IngestOptions = IngestOptions()) { self.options = options }

    public func read(bytes: [UInt8], name: String, format: SourceFormat) throws(IngestError) -> ContractDocument {
        guard !bytes.isEmpty else { throw IngestError(file: name, reason: .empty, detail: "empty file (0 bytes)") }
        if LegacyBinaryDocument.isOLE(bytes) { throw LegacyBinaryDocument.error(bytes, name: name) }
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            switch error {
            case .invalid(let why): throw IngestError(file: name, reason: .badEncoding, detail: why)
            }
        }
        let blocks = format == .md ? markdownBlocks(decoded.text) : lineBlocks(decoded.text)
        return ContractDocument(source: name, format: format, encoding: decoded.encoding, blocks: blocks,
                                partsRead: ["text"])
    }

    private func lineBlocks(_ text: String) -> [Block] {
        let lines = splitLines(text).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        return SentencesAcrossPageBreaks.join(HardWrappedLines.join(lines)).enumerated().map { Block(index: $0.offset, text: $0.element) }
    }

    private func markdownBlocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var pending: [String] = []
        func flush() {
            guard !pending.isEmpty else { return }
            blocks.append(Block(index: blocks.count, text: pending.joined(separator: joiner(pending))))
            pending.removeAll()
        }
        for line in splitLines(text) {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty { flush(); continue }
            if let heading = markdownHeading(trimmed) {
                flush()
                blocks.append(Block(index: blocks.count, text: heading.text, style: "Heading\(heading.level + 1)",
                                    outlineLevel: heading.level, flags: .heading))
                continue
            }
            // A list item or a numbered clause starts its own block.
            if startsListItem(trimmed) { flush() }
            pending.append(stripListBullet(trimmed))
        }
        flush()
        return blocks
    }

    /// Chinese soft-wrapped lines join without a space, English ones with one.
    private func joiner(_ lines: [String]) -> String {
        guard let last = lines.first?.unicodeScalars.last else { return " " }
        return CJK.isCJK(last) ? "" : " "
    }

    private func markdownHeading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        return (hashes - 1, String(rest).trimmingWhitespace())
    }

    private func startsListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).first == "." || line.dropFirst(digits.count).first == ")" { return true }
        return line.hasPrefix("第") || line.hasPrefix("（") || line.hasPrefix("(")
    }

    private func stripListBullet(_ line: String) -> String {
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { return String(line.dropFirst(2)) }
        return line
    }

    private func splitLines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2028}" })
    }
}

extension StringProtocol {
    /// Without leading and trailing Unicode whitespace; returns the text unchanged (no copy of its scalars) when
    /// there is nothing to trim, which is nearly always.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(self[first...last])
    }
}
