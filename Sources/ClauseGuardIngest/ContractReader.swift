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
            let ext = path.split(separator: "/").last.flatMap { $0.contains(".") ? $0.split(separator: ".").last : nil }
            if ext?.lowercased() == "doc" {
                throw IngestError(file: path, reason: .oleCompound,
                                  detail: "legacy Word 97-2003 .doc: open it in Word or LibreOffice and save as .docx")
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
