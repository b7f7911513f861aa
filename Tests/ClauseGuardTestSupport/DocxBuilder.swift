import Foundation
import CZip

/// Builds Word packages for tests with libzip, so hostile and feature fixtures are generated, not committed.
public struct DocxBuilder {
    public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let namespaces = """
    xmlns:w="\(w)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
    xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" \
    xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
    xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"
    """

    public var body: String
    public var numbering: String?
    public var styles: String?
    public var comments: String?
    public var header: String?
    public var footnotes: String?
    public var footer: String?
    public var endnotes: String?
    public var extraEntries: [String: [UInt8]] = [:]
    /// Replaces the generated document.xml entirely (for malformed or hostile XML).
    public var rawDocument: String?

    public init(body: String) { self.body = body }

    public var documentXML: String {
        rawDocument ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(Self.namespaces)><w:body>\(body)</w:body></w:document>"
    }

    public var entries: [(String, [UInt8])] {
        var rels = ""
        var out: [(String, [UInt8])] = []
        out.append(("[Content_Types].xml", Array("""
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """.utf8)))
        out.append(("_rels/.rels", Array("""
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """.utf8)))
        out.append(("word/document.xml", Array(documentXML.utf8)))
        func add(_ id: String, _ type: String, _ target: String, _ xml: String?) {
            guard let xml else { return }
            rels += "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)\" Target=\"\(target)\"/>"
            out.append(("word/\(target)", Array(xml.utf8)))
        }
        add("rId2", "numbering", "numbering.xml", numbering.map { "<w:numbering \(Self.namespaces)>\($0)</w:numbering>" })
        add("rId3", "styles", "styles.xml", styles.map { "<w:styles \(Self.namespaces)>\($0)</w:styles>" })
        add("rId4", "comments", "comments.xml", comments.map { "<w:comments \(Self.namespaces)>\($0)</w:comments>" })
        add("rId5", "header", "header1.xml", header.map { "<w:hdr \(Self.namespaces)>\($0)</w:hdr>" })
        add("rId6", "footnotes", "footnotes.xml", footnotes.map { "<w:footnotes \(Self.namespaces)>\($0)</w:footnotes>" })
        add("rId7", "footer", "footer1.xml", footer.map { "<w:ftr \(Self.namespaces)>\($0)</w:ftr>" })
        add("rId8", "endnotes", "endnotes.xml", endnotes.map { "<w:endnotes \(Self.namespaces)>\($0)</w:endnotes>" })
        out.append(("word/_rels/document.xml.rels", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)))
        for (name, bytes) in extraEntries.sorted(by: { $0.key < $1.key }) { out.append((name, bytes)) }
        return out
    }

    /// Writes the package to a new temporary file and returns its path.
    public func write(name: String = "contract.docx") throws -> String {
        try Self.zip(entries, name: name)
    }

    /// Writes any entries as a zip file (deflated) with libzip.
    public static func zip(_ entries: [(String, [UInt8])], name: String = "contract.docx") throws -> String {
        let dir = try TestFolder.make("docx")
        let path = dir.appendingPathComponent(name).path
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else { throw BuildError.zip("open \(error)") }
        for (entry, bytes) in entries {
            // libzip frees the copy when the archive is written (freep = 1), but only a non-empty one.
            let copy = bytes.isEmpty ? nil : malloc(bytes.count)
            bytes.withUnsafeBytes { if let base = $0.baseAddress { copy?.copyMemory(from: base, byteCount: bytes.count) } }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1) else { throw BuildError.zip("source") }
            let index = zip_file_add(archive, entry, source, zip_flags_t(ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8))
            guard index >= 0 else { zip_source_free(source); throw BuildError.zip("add \(entry)") }
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9)
        }
        guard zip_close(archive) == 0 else { throw BuildError.zip("close") }
        return path
    }

    /// Any bytes to a file.
    public static func file(_ bytes: [UInt8], name: String) throws -> String {
        let dir = try TestFolder.make("raw")
        let path = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    public enum BuildError: Error { case zip(String) }
}

/// Shorthands for WordprocessingML in tests.
public enum W {
    public static func p(_ content: String, pPr: String = "") -> String { "<w:p>\(pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")\(content)</w:p>" }
    public static func r(_ text: String, rPr: String = "") -> String {
        "<w:r>\(rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }
    public static func para(_ text: String) -> String { p(r(text)) }
    public static func numbered(_ text: String, numID: Int, level: Int) -> String {
        p(r(text), pPr: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>")
    }
    public static func level(_ ilvl: Int, format: String, text: String, start: Int = 1) -> String {
        "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/></w:lvl>"
    }
    public static func abstract(_ id: Int, _ levels: String) -> String { "<w:abstractNum w:abstractNumId=\"\(id)\">\(levels)</w:abstractNum>" }
    public static func num(_ id: Int, abstract: Int, overrides: String = "") -> String {
        "<w:num w:numId=\"\(id)\"><w:abstractNumId w:val=\"\(abstract)\"/>\(overrides)</w:num>"
    }
}
