import ClauseGuardModel

/// The ingest stage's front door: picks the reader for a path by its content and extension, and
/// gives the blocks their clause paths.
public struct ContractReader: Sendable {
    public var options: IngestOptions
    public init(options: IngestOptions = IngestOptions()) { self.options = options }

    /// Extensions ClauseGuard reads.
    public static let supportedExtensions = SourceFormat.allCases.map(\.rawValue)

    public func read(path: String) throws(IngestError) -> ContractDocument {
        guard let format = SourceFormat(path: path) else {
            try FileBytes.check(path: path)
            if let document = UnsupportedDocument(path: path) {
                throw IngestError(file: path, reason: document.reason, detail: document.detail)
            }
            throw IngestError(file: path, reason: .unsupportedType,
                              detail: "unsupported file type (ClauseGuard reads \(Self.supportedExtensions.map { "." + $0 }.joined(separator: ", ")))")
        }
        var document: ContractDocument
        if format.isWordPackage {
            document = try WordPackageReader(options: options).read(path: path, format: format)
        } else {
            document = try PlainTextReader(options: options).read(path: path, format: format)
        }
        ClauseStructure.assignPaths(&document.blocks)
        return document
    }
}
