import ClauseGuardModel

/// One input format (or a family of them, like the four Word package kinds): the extensions it claims, how to
/// recognise its content, and how to turn its bytes into blocks. Readers give raw blocks; `ContractReader`, the
/// front door, picks the reader from `ContractFormats.readers` and assigns clause paths, so no caller has to.
public protocol ContractFormatReader: Sendable {
    /// The formats this reader reads; each one's raw value is a file extension it claims (lower case).
    static var formats: [SourceFormat] { get }

    /// The format of a document given only its bytes (magic numbers, a look at the structure), or nil when they
    /// are not this reader's. Used only when the name gives no format: a path's extension is what the user meant.
    static func sniff(_ bytes: [UInt8]) -> SourceFormat?

    /// Largest file this reader accepts under `options`; the whole file is read into memory.
    static func byteLimit(_ options: IngestOptions) -> Int

    var options: IngestOptions { get }
    init(options: IngestOptions)

    /// The blocks (without clause paths) of a document already in memory; `name` is the file named in errors
    /// and the document's `source`.
    func read(bytes: [UInt8], name: String, format: SourceFormat) throws(IngestError) -> ContractDocument
}

extension ContractFormatReader {
    /// Reads the file at `path` after the checks every input gets (exists, regular file, readable, not too big).
    public func read(path: String, format: SourceFormat) throws(IngestError) -> ContractDocument {
        let bytes = try FileBytes.read(path: path, limit: Self.byteLimit(options))
        return try read(bytes: bytes, name: path, format: format)
    }
}
