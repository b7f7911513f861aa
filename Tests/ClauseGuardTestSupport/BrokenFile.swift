import Foundation

/// The broken and hostile inputs a batch must survive, each made on demand (nothing binary is committed) with the
/// reason the reader must give (`IngestError.Reason` raw values). Deep nesting is not here: libxml2's SAX parser
/// reads 100,000 levels correctly, so it is a hostile input with a correct result (HostileInputTests).
public enum BrokenFile: String, CaseIterable, Sendable {
    case empty, symlinkLoop, danglingLink, pdf, legacyDoc, truncatedZip, notWordZip, missingDocument,
         deflateBomb, tooManyEntries, billionLaughs, externalEntity, malformedXML, invalidUTF8, undecodable, duplicateEntries

    public var expectedReason: String {
        switch self {
        case .empty: "empty"
        case .symlinkLoop: "unreadable"
        case .danglingLink: "notFound"
        case .pdf: "notZip"
        case .legacyDoc: "oleCompound"
        case .truncatedZip, .duplicateEntries: "corruptZip"
        case .notWordZip, .missingDocument: "notWordDocument"
        case .deflateBomb, .tooManyEntries: "zipBomb"
        case .billionLaughs, .externalEntity: "forbiddenDTD"
        case .malformedXML, .invalidUTF8, .undecodable: "malformedXML"
        }
    }

    /// Creates the input at `url` (a file, or links for the link cases).
    public func make(at url: URL) throws {
        switch self {
        case .symlinkLoop:
            let other = url.deletingPathExtension().appendingPathExtension("loop.docx")
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: other.lastPathComponent)
            try FileManager.default.createSymbolicLink(atPath: other.path, withDestinationPath: url.lastPathComponent)
        case .danglingLink:
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "nowhere-\(UUID().uuidString).docx")
        default:
            try Data(Self.cache.bytes(for: self)).write(to: url)
        }
    }

    // MARK: - Contents

    /// XML documents around a body, and the hostile ones shared with the reader's own tests.
    public enum Documents {
        public static func wrap(_ body: String, prolog: String = "") -> String {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\(prolog)<w:document xmlns:w=\"\(DocxBuilder.w)\"><w:body>\(body)</w:body></w:document>"
        }

        /// Nine levels of ten references each: 10⁹ "lol"s if a parser expanded them.
        public static var billionLaughs: String {
            var entities = "<!ENTITY lol \"lol\">"
            for i in 1...9 { entities += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">" }
            return wrap(W.para("&lol9;"), prolog: "<!DOCTYPE w:document [\(entities)]>")
        }

        /// An external entity pointing at `target` (a local file or a URL).
        public static func externalEntity(_ target: String) -> String {
            wrap(W.para("&xxe;"), prolog: "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"\(target)\">]>")
        }

        /// `depth` nested content controls around one paragraph.
        public static func nested(depth: Int) -> String {
            wrap(String(repeating: "<w:sdt><w:sdtContent>", count: depth) + W.para("深") + String(repeating: "</w:sdtContent></w:sdt>", count: depth))
        }
    }

    /// Bytes are made once per kind: some (the 20,000-entry zip) take a moment to build.
    /// `@unchecked Sendable`: `made` is only touched with `lock` held.
    private final class Cache: @unchecked Sendable {
        private var made: [BrokenFile: [UInt8]] = [:]
        private let lock = NSLock()

        func bytes(for kind: BrokenFile) throws -> [UInt8] {
            lock.lock(); defer { lock.unlock() }
            if let bytes = made[kind] { return bytes }
            let bytes = try kind.makeBytes()
            made[kind] = bytes
            return bytes
        }
    }
    private static let cache = Cache()

    private func makeBytes() throws -> [UInt8] {
        func docx(_ document: String) throws -> [UInt8] {
            var builder = DocxBuilder(body: "")
            builder.rawDocument = document
            return try Self.read(builder.write())
        }
        let good = Documents.wrap(W.para("第一条 乙方有权单方解除合同。"))
        switch self {
        case .empty: return []
        case .pdf: return Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".utf8)
        case .legacyDoc: return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        case .truncatedZip: return Array(try docx(good + String(repeating: "<!-- padding -->", count: 200)).prefix(300))
        case .notWordZip: return try Self.read(DocxBuilder.zip([("readme.txt", Array("not a contract".utf8))]))
        case .missingDocument:
            var zip = RawZip()
            for (name, bytes) in DocxBuilder(body: "").entries where name != "word/document.xml" { zip.add(name, bytes) }
            return zip.bytes
        case .deflateBomb: return try docx(String(repeating: " ", count: 8 << 20))   // about 1000:1
        case .tooManyEntries:
            var zip = RawZip.wordPackage(document: Array(good.utf8))
            for i in 0..<20_000 { zip.add("word/media/i\(i).bin", [0]) }
            return zip.bytes
        case .billionLaughs: return try docx(Documents.billionLaughs)
        case .externalEntity: return try docx(Documents.externalEntity("file:///etc/passwd"))
        case .malformedXML: return try docx(Documents.wrap("<w:p><w:r><w:t>未闭合</w:r></w:p>"))
        case .invalidUTF8:
            var bytes = Array(Documents.wrap(W.para("AB")).utf8)
            let at = bytes.firstIndex(of: 0x41)!
            bytes[at] = 0xC3; bytes[at + 1] = 0x28   // a lead byte followed by ASCII
            return RawZip.wordPackage(document: bytes).bytes
        case .undecodable:
            // Found by fuzzing: libxml2 converts UTF-7 through iconv and printed its failure to stderr, four lines
            // per file, before ClauseGuard's own one-line error.
            let bytes = Array("<?xml version='1.0' encoding='UTF-7' standalone='yes'?>\n".utf8) + [0x9C, 0x3A, 0x69, 0x00, 0x61]
            return RawZip.wordPackage(document: bytes).bytes
        case .duplicateEntries:
            var zip = RawZip.wordPackage(document: Array(good.utf8))
            zip.add("word/document.xml", Array(Documents.wrap(W.para("另一份正文")).utf8))
            return zip.bytes
        case .symlinkLoop, .danglingLink: return []
        }
    }

    private static func read(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
