import ClauseGuardModel

/// The Word package kinds as one input format: a zip archive (`PK\x03\x04`) holding Word parts (`word/…`).
extension WordPackageReader: ContractFormatReader {
    public static let formats: [SourceFormat] = [.docx, .docm, .dotx, .dotm]

    public static func sniff(_ bytes: [UInt8]) -> SourceFormat? {
        // Entry names are stored uncompressed in the local headers and the central directory, so a Word part's
        // folder name is in the bytes of any Word package; a spreadsheet or an unrelated zip lacks it.
        guard bytes.starts(with: zipMagic), PackageSniffer.contains(bytes, Array("word/".utf8)) else { return nil }
        return .docx
    }

    public static func byteLimit(_ options: IngestOptions) -> Int { options.maxTotalBytes }

    static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
}
