import ClauseGuardModel

/// The Word-package entry point asked for by name (`DocxReader`), for callers that know the input is a Word package
/// (fuzzers, tools) and want the raw blocks without clause paths.
///
/// It forwards to `WordPackageReader` (WordML/), which already implements the whole pipeline — libzip in memory with
/// caps, SAX push parsing fed from zip chunks, numbering, styles, notes, comments, not-read report — so there is one
/// reader, not two that drift apart. `ContractReader` remains the front door that also assigns clause paths.
public struct DocxReader: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) { self.options = options }

    /// Reads a Word package (.docx/.docm/.dotx/.dotm) from a file path. Never modifies or extracts the file.
    public func read(path: String, format: SourceFormat) throws(IngestError) -> ContractDocument {
        try WordPackageReader(options: options).read(path: path, format: format)
    }

    /// Same from bytes already in memory (used by fuzzers); `name` is used in error messages.
    public func read(bytes: [UInt8], name: String, format: SourceFormat) throws(IngestError) -> ContractDocument {
        try WordPackageReader(options: options).read(bytes: bytes, name: name, format: format)
    }
}
