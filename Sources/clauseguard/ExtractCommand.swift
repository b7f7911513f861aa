import ArgumentParser
import Foundation
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardUnderstanding

/// `clauseguard extract FILE`: the text as ClauseGuard sees it, so a user can tell why a clause was or was not seen.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print a contract's text as ClauseGuard sees it, one block per line with its clause label."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A .docx/.docm/.dotx/.dotm/.odt/.ott/.pdf/.txt/.md contract.", completion: .file())
    var file: String

    @Option(help: "text (one block per line) or json (the document model, with the parties, their roles and why, and the clause frames and key terms read from it).")
    var format: Format = .text

    @Option(help: ArgumentHelp("The party that is the client, overriding what the contract says (json).", valueName: "party"))
    var client: String?

    @OptionGroup var limits: IngestLimitOptions

    func run() throws {
        let document: ContractDocument
        do {
            document = try ContractReader(options: limits.ingestOptions).read(path: file)
        } catch {
            printError("clauseguard: \(error)")
            throw ExitStatus.unreadable
        }
        switch format {
        case .json:
            // The lexicons come with the built-in pack (or $CLAUSEGUARD_RULES), as for a scan.
            let lexicons = RuleLoader.load(pack: RuleOptions.builtInPack(), paths: [], trustEmbeddedPack: true).rules.lexicons
            let understanding = lexicons.isEmpty ? nil : Understander(lexicons: lexicons).understand(document, client: client)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(ExtractedContract(document: document, understanding: understanding)), as: UTF8.self))
        case .text:
            print(ExtractText.render(document))
        }
    }
}

/// The document model with what was understood of it beside its own keys (`understanding`: parties with their
/// evidence, frames per block, key terms), so a user sees why a clause was read the way it was.
struct ExtractedContract: Encodable {
    var document: ContractDocument
    var understanding: ContractUnderstanding?

    enum Key: String, CodingKey { case understanding }

    func encode(to encoder: Encoder) throws {
        try document.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(understanding, forKey: .understanding)
    }
}

enum ExtractText {
    /// The lines for a terminal: controls in the text (an ESC sequence, a bare CR) are shown visibly, never sent raw.
    static func render(_ document: ContractDocument) -> String {
        var lines: [String] = []
        for block in document.blocks {
            var tags: [String] = []
            if block.part != .body { tags.append(block.part.rawValue) }
            if let cell = block.cell { tags.append("table \(cell.table + 1) r\(cell.row + 1)c\(cell.column + 1)") }
            tags += block.flags.names.filter { $0 != "heading" }
            let label = block.clauseDisplay.isEmpty ? "-" : block.clauseDisplay
            let numbering = block.numberingLabel.map { "\($0) " } ?? ""
            let text = block.text.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\t", with: "⇥")
            lines.append("[\(label)]\(tags.isEmpty ? "" : " {" + tags.joined(separator: ", ") + "}") \(numbering)\(text)")
            for revision in block.revisions where revision.kind == .deletion || revision.kind == .moveFrom {
                lines.append("    ~ \(revision.kind.rawValue)\(revision.author.map { " by \($0)" } ?? ""): \(revision.text)")
            }
        }
        for comment in document.comments {
            lines.append("[comment \(comment.id)\(comment.author.map { " by \($0)" } ?? "")] \(comment.text)")
        }
        var footer = "# \(document.blocks.count) blocks from \(document.partsRead.joined(separator: ", "))"
        if let encoding = document.encoding { footer += " (\(encoding))" }
        lines.append(footer)
        if let notRead = document.notReadSummary { lines.append("# \(notRead)") }
        return lines.joined(separator: "\n").visibleControls
    }
}

/// The zip-bomb and size caps, as options with safe defaults.
struct IngestLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Largest uncompressed size of one document part, in MiB.", valueName: "mib"))
    var maxPartMB: Int = 64
    @Option(help: ArgumentHelp("Largest total uncompressed size read from one file, in MiB.", valueName: "mib"))
    var maxTotalMB: Int = 256
    @Option(help: ArgumentHelp("Largest compression ratio of a part over 1 MiB.", valueName: "ratio"))
    var maxRatio: Int = 200
    @Option(help: ArgumentHelp("Most paragraphs read from one Word file (bounds its memory).", valueName: "n"))
    var maxParagraphs: Int = IngestOptions().maxParagraphs
    @Option(help: ArgumentHelp("Most text read from one Word file, in MiB (bounds its memory).", valueName: "mib"))
    var maxTextMB: Int = IngestOptions().maxDocumentTextBytes >> 20

    var ingestOptions: IngestOptions {
        var options = IngestOptions()
        options.maxPartBytes = maxPartMB << 20
        options.maxTotalBytes = maxTotalMB << 20
        options.maxCompressionRatio = maxRatio
        options.maxParagraphs = maxParagraphs
        options.maxDocumentTextBytes = maxTextMB << 20
        return options
    }
}
