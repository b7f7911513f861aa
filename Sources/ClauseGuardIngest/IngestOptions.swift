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
    /// Most paragraphs read from one Word package. Memory grows with paragraphs (each becomes a block that every
    /// later stage keeps), so this bounds a file's memory where the byte caps cannot: 64 MiB of XML can hold
    /// 2 million one-word paragraphs. A 1,000-page contract has about 30,000.
    public var maxParagraphs: Int = 200_000
    /// Most text (UTF-8 bytes) read from one Word package, the other thing memory grows with: about 9 bytes of
    /// memory per byte of text by the end of a scan. A 1,000-page contract has about 3 MiB.
    public var maxDocumentTextBytes: Int = 32 << 20
    /// Largest plain-text contract.
    public var maxTextBytes: Int = 64 << 20
    /// Most pages read from one PDF: a hostile PDF can declare millions (a 1,000-page contract is rare).
    public var maxPDFPages: Int = 5_000
    /// Longest time spent extracting one PDF's text, checked after every page: poppler is slow on hostile content
    /// streams (deep nesting, huge inline images), and one file must not stall a folder scan.
    public var maxPDFSeconds: Double = 60

    public init() {}
}
