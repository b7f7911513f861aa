import ClauseGuardModel
import ClauseGuardText

/// Gives every block the clause path a lawyer would cite (`第八条 违约责任 › 2`, `8.2(a)`), from Word's
/// automatic numbering where present and from labels typed into the text otherwise. Works the same for
/// `.docx` and `.txt`, so findings cite clauses alike.
enum ClauseStructure {
    /// The longest remainder after a label that still counts as the clause's title (`违约责任`, `Termination`).
    static let maxTitleScalars = 30

    /// Called by `ContractReader` only, for every document it reads: callers never assign paths themselves.
    static func assignPaths(_ blocks: inout [Block]) {
        var stack: [(kind: ClauseLabel.Kind, entry: String)] = []
        for i in blocks.indices {
            switch blocks[i].part {
            case .body, .tableCell, .textBox:
                break
            case .header, .footer, .footnote, .endnote, .comment:
                blocks[i].clausePath = [blocks[i].part.rawValue]
                blocks[i].articleDepth = 1
                continue
            }
            if blocks[i].part == .body, let label = label(for: blocks[i]) {
                open(label, in: &stack, block: blocks[i])
            } else if blocks[i].part == .body, endsList(after: stack, blocks[i]) {
                // 七、… (1)…(4)… then "乙方在托管期内要求提前解约的，…": the paragraph after a Chinese list is the
                // article's again, not the last item's (a lawyer cites 七、, not 七、（4）).
                while let top = stack.last, top.kind.isListItem { stack.removeLast() }
            }
            blocks[i].clausePath = stack.map(\.entry)
            blocks[i].articleDepth = articleDepth(stack)
        }
    }

    private static func label(for block: Block) -> (ClauseLabel, remainder: Substring)? {
        if let numbering = block.numberingLabel, !numbering.isEmpty {
            return (ClauseLabel.classify(numberingLabel: numbering), Substring(block.text))
        }
        let text = block.text.trimmingWhitespace()
        if let label = ClauseLabel.detect(in: text) {
            let rest = text.utf8.dropFirst(label.consumed)
            return (label, Substring(rest))
        }
        if block.flags.contains(.heading), !text.isEmpty {
            let heading = ClauseLabel(kind: .heading(level: block.outlineLevel ?? 0), text: "", consumed: 0)
            return (heading, Substring(text))
        }
        return nil
    }

    private static func open(_ found: (ClauseLabel, remainder: Substring), in stack: inout [(kind: ClauseLabel.Kind, entry: String)], block: Block) {
        let (label, remainder) = found
        let entry = entryText(label: label, remainder: remainder)
        if case .heading(let level) = label.kind {
            // A heading closes everything except the headings above it.
            while let top = stack.last {
                if case .heading(let l) = top.kind, l < level { break }
                stack.removeLast()
            }
        } else if let existing = stack.lastIndex(where: { $0.kind == label.kind }) {
            stack.removeSubrange(existing...)
        } else if label.kind.isGrouping {
            // A new chapter or section closes the articles of the previous one.
            if let firstArticle = stack.firstIndex(where: { !$0.kind.isGrouping }) { stack.removeSubrange(firstArticle...) }
        } else if case .article = label.kind, let firstNonGroup = stack.firstIndex(where: { !$0.kind.isGrouping }) {
            stack.removeSubrange(firstNonGroup...)
        }
        if case .decimal(let depth) = label.kind {
            // 9 closes 8.2; 8.2 keeps 8 open.
            stack.removeAll { if case .decimal(let d) = $0.kind { return d >= depth } else { return false } }
        }
        stack.append((label.kind, entry))
    }

    /// An unnumbered Chinese paragraph after a list item (English lists carry continuation paragraphs; Chinese
    /// contracts number every item).
    private static func endsList(after stack: [(kind: ClauseLabel.Kind, entry: String)], _ block: Block) -> Bool {
        guard let top = stack.last, top.kind.isListItem else { return false }
        return block.text.unicodeScalars.prefix(40).contains(where: CJK.isIdeograph)
    }

    private static func entryText(label: ClauseLabel, remainder: Substring) -> String {
        let title = remainder.trimmingWhitespace()
        if case .heading = label.kind { return String(title.unicodeScalars.prefix(maxTitleScalars)) }
        guard isTitle(title) else { return label.text }
        return label.text + " " + title
    }

    /// A short remainder without sentence punctuation is the clause's title (`第八条 违约责任`).
    private static func isTitle(_ text: String) -> Bool {
        // Bounded: counting every scalar of a long paragraph only to compare with 30 showed in profiles.
        guard !text.isEmpty, text.unicodeScalars.dropFirst(maxTitleScalars).isEmpty else { return false }
        return !text.contains(where: { "。；;，,：:".contains($0) }) && !text.hasSuffix(".")
    }

    private static func articleDepth(_ stack: [(kind: ClauseLabel.Kind, entry: String)]) -> Int {
        if let first = stack.firstIndex(where: { !$0.kind.isGrouping }) { return first + 1 }
        return stack.count
    }
}
