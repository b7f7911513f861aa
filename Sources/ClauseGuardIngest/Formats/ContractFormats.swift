import ClauseGuardModel

/// Every input format ClauseGuard reads, one line per reader. The front door (`ContractReader`) picks its reader
/// here and discovery (`ContractDiscovery`) takes the extensions worth returning from here, so a new format is a
/// reader in its own folder plus one line below. Order: the extensions listed in messages follow it, and content
/// sniffing asks the readers in turn, so a reader with a precise signature goes before a catch-all like text.
enum ContractFormats {
    static let readers: [any ContractFormatReader.Type] = [
        WordPackageReader.self,
        OpenDocumentReader.self,
        PDFDocumentReader.self,
        PlainTextReader.self,
    ]

    /// Extensions read, in registry order (`docx`, `docm`, …, `txt`, `md`).
    static let extensions: [String] = readers.flatMap { $0.formats.map(\.rawValue) }

    /// The format and reader for a file name, by its extension (case-insensitive); nil when no reader claims it.
    static func reader(forPath path: String) -> (format: SourceFormat, reader: any ContractFormatReader.Type)? {
        guard let format = SourceFormat(path: path) else { return nil }
        return reader(for: format).map { (format, $0) }
    }

    /// The reader registered for a format, or nil when none is.
    static func reader(for format: SourceFormat) -> (any ContractFormatReader.Type)? {
        readers.first { $0.formats.contains(format) }
    }

    /// The format and reader for content whose name says nothing, from the first reader that recognises it.
    static func reader(forContent bytes: [UInt8]) -> (format: SourceFormat, reader: any ContractFormatReader.Type)? {
        for reader in readers {
            if let format = reader.sniff(bytes) { return (format, reader) }
        }
        return nil
    }
}
