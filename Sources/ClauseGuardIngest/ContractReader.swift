import ClauseGuardModel

/// The ingest stage's front door: picks the reader for a document from `ContractFormats` (by the extension of
/// its name, else by its content) and gives the blocks their clause paths. Every document any caller reads goes
/// through here, so clause paths are assigned in this one place.
public struct ContractReader: Sendable {
    public var options: IngestOptions
    public init(options: IngestOptions = IngestOptions()) { self.options = options }

    /// Extensions ClauseGuard reads.
    public static let supportedExtensions = ContractFormats.extensions

    /// Reads the file at `path`, in the format its extension names.
    public func read(path: String) throws(IngestError) -> ContractDocument {
        guard let (format, reader) = ContractFormats.reader(forPath: path) else {
            try FileBytes.check(path: path)
            if let document = UnsupportedDocument(path: path) {
                if document.isLegacyBinary {
                    let bytes = try FileBytes.read(path: path, limit: options.maxTotalBytes)
                    let (format, reader) = try LegacyBinaryDocument.reader(forNamed: path, bytes: bytes)
                    return structured(try reader.init(options: options).read(bytes: bytes, name: path, format: format))
                }
                throw IngestError(file: path, reason: document.reason, detail: document.detail)
            }
            throw IngestError(file: path, reason: .unsupportedType, detail: "unsupported file type (\(Self.readsList))")
        }
        return structured(try reader.init(options: options).read(path: path, format: format))
    }

    /// Reads a document already in memory; `name` is the file named in errors and the document's `source`.
    /// The format is `format` when given, else the one `name`'s extension names, else the one its content shows.
    public func read(bytes: [UInt8], name: String, format: SourceFormat? = nil) throws(IngestError) -> ContractDocument {
        let chosen: (format: SourceFormat, reader: any ContractFormatReader.Type)
        if let format {
            guard let reader = ContractFormats.reader(for: format) else {
                throw IngestError(file: name, reason: .unsupportedType, detail: "no reader for .\(format.rawValue) (\(Self.readsList))")
            }
            chosen = (format, reader)
        } else if let byName = ContractFormats.reader(forPath: name) {
            chosen = byName
        } else if UnsupportedDocument(path: name)?.isLegacyBinary == true {
            chosen = try LegacyBinaryDocument.reader(forNamed: name, bytes: bytes)
        } else if LegacyBinaryDocument.isOLE(bytes) {
            throw LegacyBinaryDocument.error(bytes, name: name)
        } else if let byContent = ContractFormats.reader(forContent: bytes) {
            chosen = byContent
        } else if bytes.isEmpty {
            throw IngestError(file: name, reason: .empty, detail: "empty file (0 bytes)")
        } else {
            throw IngestError(file: name, reason: .unsupportedType,
                              detail: "content of an unsupported type (\(Self.readsList))")
        }
        return structured(try chosen.reader.init(options: options).read(bytes: bytes, name: name, format: chosen.format))
    }

    private static var readsList: String {
        "ClauseGuard reads \(supportedExtensions.map { "." + $0 }.joined(separator: ", "))"
    }

    private func structured(_ raw: ContractDocument) -> ContractDocument {
        var document = raw
        ClauseStructure.assignPaths(&document.blocks)
        return document
    }
}
