/// Relationships of a package part (`_rels/.rels`, `word/_rels/document.xml.rels`): id → type and target.
struct WordRelationships {
    struct Relationship {
        var id: String
        var type: String
        var target: String
        var external: Bool
    }

    var all: [Relationship] = []

    init(xml bytes: [UInt8], name: String) throws {
        let collector = Collector()
        try SAXStream.parse(bytes, handler: collector, name: name)
        all = collector.relationships
    }

    init() {}

    /// Targets of relationships whose type ends with `suffix` (`/officeDocument`, `/header`…), resolved against `base`.
    func targets(ofType suffix: String, base: String) -> [String] {
        all.filter { $0.type.hasSuffix(suffix) && !$0.external }.map { Self.resolve($0.target, base: base) }
    }

    /// `media/x.png` against `word/` → `word/media/x.png`; `/word/document.xml` → `word/document.xml`; `..` collapsed.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    private final class Collector: SAXHandler {
        var relationships: [Relationship] = []
        func start(_ element: XMLName, namespace: XMLName, attributes: SAXAttributes) {
            guard element.string == "Relationship", let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
            relationships.append(Relationship(id: id, type: type, target: target, external: attributes["TargetMode"] == "External"))
        }
        func end(_ element: XMLName, namespace: XMLName) {}
        func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
    }
}
