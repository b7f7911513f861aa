import Foundation
import ClauseGuardModel
import ClauseGuardUnderstanding

/// The package's own lexicons (Rules/lexicon/*.yml), read from disk as a rule author's folder would be.
enum PackageLexicons {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let lexicons: Lexicons = {
        var out = Lexicons()
        for name in ["zh", "en"] {
            let path = root.appendingPathComponent("Rules/lexicon/\(name).yml").path
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if case .success(let lexicon) = LexiconParser.parse(yaml: text, file: path) { out.add(lexicon) }
        }
        return out
    }()

    static let understander = Understander(lexicons: lexicons)

    static func document(_ paragraphs: [String]) -> ContractDocument {
        ContractDocument(source: "test.txt", format: .txt, blocks: paragraphs.enumerated().map { Block(index: $0.offset, text: $0.element) })
    }

    static func understand(_ paragraphs: [String], client: String? = nil) -> ContractUnderstanding {
        understander.understand(document(paragraphs), client: client)
    }
}
