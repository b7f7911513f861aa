import ClauseGuardModel

/// Word 97-2003 (.doc, .dot) and WPS Office (.wps, .wpt) binary files: OLE compound files (`D0 CF 11 E0 A1 B1 1A E1`)
/// that ClauseGuard does not read. Recognised by content whatever the name says, so a `.docx`, `.odt` or `.txt` that
/// is really one gets the same clear message, and a `.doc` that is really a Word package or OpenDocument file (web
/// applications often name them so) is read for what it is.
enum LegacyBinaryDocument {
    static let detail = "Word 97-2003 / WPS binary file (OLE compound file), not read: open it in Word, WPS Office or LibreOffice and save as .docx or PDF"

    static let extensions: Set<String> = ["doc", "dot", "wps", "wpt"]

    static func isOLE(_ bytes: [UInt8]) -> Bool { bytes.starts(with: PackageSniffer.oleMagic) }

    /// The error for an OLE compound file: a password-protected Office file (its package is encrypted inside an OLE
    /// container) or a legacy binary document.
    static func error(_ bytes: [UInt8], name: String) -> IngestError {
        // Password-protected .docx files are OLE containers with an "EncryptedPackage" stream.
        if PackageSniffer.contains(bytes, Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) {
            return IngestError(file: name, reason: .encrypted,
                               detail: "password-protected document: open it in Word, remove the password and save as .docx")
        }
        return IngestError(file: name, reason: .oleCompound, detail: detail)
    }

    /// A file named like a legacy binary document, by its content: the reader of the format it really is, or the
    /// error saying why it is not read.
    static func reader(forNamed name: String, bytes: [UInt8]) throws(IngestError) -> (format: SourceFormat, reader: any ContractFormatReader.Type) {
        if bytes.isEmpty { throw IngestError(file: name, reason: .empty, detail: "empty file (0 bytes)") }
        if isOLE(bytes) { throw error(bytes, name: name) }
        // Only containers with a precise signature: a binary file is never guessed to be text.
        if let found = ContractFormats.reader(forContent: bytes), found.format != .txt { return found }
        throw IngestError(file: name, reason: .unsupportedType,
                          detail: "unsupported file type: named like a Word 97-2003 / WPS file but neither that nor a format ClauseGuard reads\(PackageSniffer.looksLike(bytes)): open it in Word or LibreOffice and save as .docx")
    }
}
