import ClauseGuardModel

/// `clauseguard scan -`: a contract piped in. Its name says nothing about its format, so the content decides (a
/// Word package's zip, else text), and its size is capped like a file's: reading stops once the stream passes the
/// largest cap any reader accepts, then the chosen reader's own cap applies.
extension ContractReader {
    /// The descriptor of standard input.
    public static let standardInputDescriptor: Int32 = 0

    /// Reads the contract on `descriptor` (standard input by default) to its end; `name` is how reports and
    /// errors call it (`--stdin-name`).
    public func readStream(name: String, descriptor: Int32 = standardInputDescriptor) throws(IngestError) -> ContractDocument {
        let cap = ContractFormats.readers.map { $0.byteLimit(options) }.max() ?? options.maxTextBytes
        let bytes = try FileBytes.read(descriptor: descriptor, name: name, limit: cap)
        guard let (format, reader) = ContractFormats.reader(forContent: bytes) else {
            return try read(bytes: bytes, name: name)   // names the problem: empty, or a type no reader takes
        }
        let limit = reader.byteLimit(options)
        if bytes.count > limit {
            throw IngestError(file: name, reason: .tooLarge, detail: "\(bytes.count) bytes is over the \(limit >> 20) MiB limit")
        }
        return try read(bytes: bytes, name: name, format: format)
    }
}
