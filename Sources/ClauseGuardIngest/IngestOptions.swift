/// Limits that keep hostile files (zip bombs, huge parts) from exhausting memory or time.
/// Every cap is a command-line option; the defaults are safe for real contracts.
public struct IngestOptions: Sendable, Hashable {
    /// Largest uncompressed size of one package part (document.xml, numbering.xml…), counted on bytes actually inflated.
    public var maxPartBytes: Int = 64 << 20
    /// Largest total uncompressed size read from one package.
    public var maxTotalBytes: Int = 256 << 20
    /// Largest compression ratio (uncompressed / compressed) of a part bigger than `ratioCheckMinimumBytes`.
    public var maxCompressionRatio: Int = 200
    public var ratioCheckMinimumBytes: Int = 1 << 20
    /// Most entries a package may have.
    public var maxEntries: Int = 10_000
    /// Largest plain-text contract.
    public var maxTextBytes: Int = 64 << 20

    public init() {}
}
