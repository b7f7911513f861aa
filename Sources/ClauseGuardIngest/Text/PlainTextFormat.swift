import ClauseGuardModel

/// Plain text and Markdown as one input format: whatever is not a binary container is taken for text, and the
/// text decoder then says clearly if it is not.
extension PlainTextReader: ContractFormatReader {
    public static let formats: [SourceFormat] = [.txt, .md]

    public static func sniff(_ bytes: [UInt8]) -> SourceFormat? {
        // Zip and OLE containers are Word's family (or other office files): never guessed to be text.
        guard !bytes.isEmpty, !bytes.starts(with: [0x50, 0x4B]), !bytes.starts(with: PackageSniffer.oleMagic) else { return nil }
        return .txt
    }

    public static func byteLimit(_ options: IngestOptions) -> Int { options.maxTextBytes }
}
