import CByteSearch

/// Where each paragraph and character style of a `styles.xml` is, found by a byte scan, so that only the styles a
/// document uses go through the XML parser. Word's own templates carry 150–400 KB of styles (table styles, latent
/// styles) of which a contract uses a handful; parsing all of it was a quarter of reading a .docx.
///
/// The scan is only trusted on plain markup: `init` returns nil, and the caller parses the whole part, when the
/// part has anything that could make bytes mean something other than they seem — comments, CDATA, a DOCTYPE,
/// processing instructions, markup compatibility, namespace declarations below the root, an entity in a value the
/// index reads, a style element it cannot delimit.
struct StyleSheetIndex {
    /// The root element's start tag (with its namespace declarations) and end tag: a slice parsed on its own is
    /// wrapped in them so its prefixes resolve as in the whole part.
    let rootStart: Range<Int>
    let rootEnd: [UInt8]
    /// `w:styleId` → the element's bytes, for paragraph styles (no `w:type`, or `paragraph`) and character styles;
    /// a later definition of an id replaces an earlier one, as in a full parse.
    private(set) var paragraphStyles: [String: Range<Int>] = [:]
    private(set) var characterStyles: [String: Range<Int>] = [:]
    /// The last paragraph style marked `w:default="1"`.
    private(set) var defaultParagraphStyle: String?
    /// `w:docDefaults`, when present.
    private(set) var docDefaults: Range<Int>?

    static let mainNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]

    init?(_ bytes: [UInt8]) {
        guard let found = bytes.withUnsafeBufferPointer({ Self.scan($0) }) else { return nil }
        self = found
    }

    private init(rootStart: Range<Int>, rootEnd: [UInt8]) {
        self.rootStart = rootStart
        self.rootEnd = rootEnd
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> StyleSheetIndex? {
        let text = ByteText(bytes)
        let marks = text.declarationMarks()
        if marks.bang != nil || text.find("AlternateContent", from: 0) != nil { return nil }
        // The prolog: an optional BOM and XML declaration, then the root element.
        var position = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        position = text.skipSpace(position)
        if text.has("<?xml", at: position) {
            guard let close = text.find("?>", from: position) else { return nil }
            position = text.skipSpace(close + 2)
        }
        guard (marks.lastQuestion ?? -1) < position, position < bytes.count, bytes[position] == UInt8(ascii: "<"),
              let root = text.startTag(at: position), !root.selfClosing, root.localName == "styles" else { return nil }
        // The prefix the root binds to WordprocessingML, and no declaration anywhere below it.
        guard let prefix = root.attributes.first(where: { $0.name.hasPrefix("xmlns") && mainNamespaces.contains($0.value) })
                .map({ $0.name == "xmlns" ? "" : String($0.name.dropFirst("xmlns:".count)) }),
              root.prefix == prefix, text.find("xmlns", from: root.end) == nil else { return nil }

        var index = StyleSheetIndex(rootStart: position..<root.end, rootEnd: Array("</\(root.qualifiedName)>".utf8))
        let qualified = prefix.isEmpty ? "style" : prefix + ":style"
        var next = text.element(qualified, from: root.end)
        while let start = next.start {
            guard let tag = text.startTag(at: start) else { return nil }
            var end = tag.end
            if !tag.selfClosing {
                guard let close = text.find("</\(qualified)>", from: tag.end) else { return nil }
                end = close + qualified.utf8.count + 3
            }
            next = text.element(qualified, from: tag.end)
            // A style element inside another is not one the scan can delimit.
            if let following = next.start, following < end { return nil }
            guard let id = tag["styleId"] else { continue }
            let type = tag["type"]
            if [id, type ?? "", tag["default"] ?? ""].contains(where: { $0.has("&") }) { return nil }
            switch type {
            case nil, "paragraph":
                index.paragraphStyles[id] = start..<end
                if let isDefault = tag["default"], isDefault == "1" || isDefault == "true" { index.defaultParagraphStyle = id }
            case "character":
                index.characterStyles[id] = start..<end
            default: break
            }
        }
        if !next.complete { return nil }
        let defaults = prefix.isEmpty ? "docDefaults" : prefix + ":docDefaults"
        if let start = text.element(defaults, from: root.end).start, let tag = text.startTag(at: start), !tag.selfClosing {
            guard let close = text.find("</\(defaults)>", from: tag.end) else { return nil }
            index.docDefaults = start..<(close + defaults.utf8.count + 3)
        }
        return index
    }
}

/// Byte-level helpers over one XML part for `StyleSheetIndex`.
private struct ByteText {
    let bytes: UnsafeBufferPointer<UInt8>
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func find(_ needle: String, from offset: Int) -> Int? {
        guard offset < bytes.count, let base = bytes.baseAddress else { return nil }
        var needle = needle
        return needle.withUTF8 { n in
            let hit = cg_find_bytes(base + offset, bytes.count - offset, n.baseAddress!, n.count)
            return hit < 0 ? nil : offset + hit
        }
    }

    func has(_ literal: String, at offset: Int) -> Bool {
        let utf8 = Array(literal.utf8)
        return offset + utf8.count <= bytes.count && bytes[offset..<offset + utf8.count].elementsEqual(utf8)
    }

    /// Where `<!` first occurs and `<?` last occurs, in one pass (the part's 150–400 KB were read once per marker).
    func declarationMarks() -> (bang: Int?, lastQuestion: Int?) {
        var question: Int?
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                let next = bytes[i + 1]
                if next == UInt8(ascii: "!") { return (i, question) }
                if next == UInt8(ascii: "?") { question = i }
            }
            i += 1
        }
        return (nil, question)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    func skipSpace(_ offset: Int) -> Int {
        var offset = offset
        while offset < bytes.count, Self.isSpace(bytes[offset]) { offset += 1 }
        return offset
    }

    /// The next start tag named exactly `qualifiedName` at or after `offset` (not a longer name that begins with
    /// it, such as `w:styles` or `w:styleLink`). `complete` is false when a candidate could not be read.
    func element(_ qualifiedName: String, from offset: Int) -> (start: Int?, complete: Bool) {
        let needle = "<" + qualifiedName
        let length = needle.utf8.count
        var from = offset
        while let hit = find(needle, from: from) {
            let after = hit + length
            guard after < bytes.count else { return (nil, false) }
            let byte = bytes[after]
            if Self.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { return (hit, true) }
            from = after
        }
        return (nil, true)
    }

    struct StartTag {
        var qualifiedName: String
        var attributes: [(name: String, value: String)]
        var end: Int
        var selfClosing: Bool
        var prefix: String { qualifiedName.firstIndex(of: ":").map { String(qualifiedName[..<$0]) } ?? "" }
        var localName: String { qualifiedName.firstIndex(of: ":").map { String(qualifiedName[qualifiedName.index(after: $0)...]) } ?? qualifiedName }
        /// An attribute's value by local name, whatever its prefix (as the SAX handlers read them).
        subscript(_ local: String) -> String? {
            attributes.first { $0.name == local || $0.name.hasSuffix(":" + local) }?.value
        }
    }

    /// The start tag beginning at `offset` (a `<`), or nil when it is not plain `<name attr="value" …>` markup.
    func startTag(at offset: Int) -> StartTag? {
        var i = offset + 1
        func name() -> String? {
            let start = i
            while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/"),
                  bytes[i] != UInt8(ascii: "=") { i += 1 }
            return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
        }
        guard let qualified = name() else { return nil }
        var attributes: [(name: String, value: String)] = []
        while true {
            i = skipSpace(i)
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ">") { return StartTag(qualifiedName: qualified, attributes: attributes, end: i + 1, selfClosing: false) }
            if bytes[i] == UInt8(ascii: "/") {
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") else { return nil }
                return StartTag(qualifiedName: qualified, attributes: attributes, end: i + 2, selfClosing: true)
            }
            guard let attribute = name() else { return nil }
            i = skipSpace(i)
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { return nil }
            i = skipSpace(i + 1)
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return nil }
            let quote = bytes[i]
            let start = i + 1
            i = start
            while i < bytes.count, bytes[i] != quote { i += 1 }
            guard i < bytes.count else { return nil }
            attributes.append((attribute, String(decoding: bytes[start..<i], as: UTF8.self)))
            i += 1
        }
    }
}
