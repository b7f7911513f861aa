import ClauseGuardModel

/// Tells what a file is from its first bytes, so a user hears "legacy .doc" or "this is a PDF" instead of
/// "not a zip".
enum PackageSniffer {
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// `kind` names what the file should have been in the message ("a Word document", "an OpenDocument text").
    static func checkZip(_ bytes: [UInt8], name: String, kind: String = "a Word document") throws(IngestError) {
        guard !bytes.isEmpty else { throw IngestError(file: name, reason: .empty, detail: "empty file (0 bytes)") }
        if LegacyBinaryDocument.isOLE(bytes) { throw LegacyBinaryDocument.error(bytes, name: name) }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw IngestError(file: name, reason: .notZip, detail: "not \(kind) (not a zip archive\(looksLike(bytes)))")
        }
    }

    static func looksLike(_ bytes: [UInt8]) -> String {
        let head = String(decoding: bytes.prefix(64), as: UTF8.self).lowercased()
        if head.hasPrefix("%pdf") { return "; it is a PDF" }
        if head.hasPrefix("{\\rtf") { return "; it is an RTF file: save it as .docx" }
        if head.contains("<html") || head.contains("<!doctype html") { return "; it is an HTML page" }
        if head.hasPrefix("<?xml") { return "; it is a plain XML file (Word 2003 XML?): save it as .docx" }
        return ""
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
