import ClauseGuardReport

/// `--shard I/N`: this worker's part of a run split over N workers. A file belongs to shard `hash % N + 1`, where
/// the hash is FNV-1a of its path below the scanned folder (`ScanRoots`), so workers given the same arguments on
/// different machines, from different working folders, take every file exactly once between them.
public struct ShardSpec: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public init(index: Int, count: Int) { self.index = index; self.count = count }

    /// Parses `I/N` with 1 ≤ I ≤ N.
    public init(parsing text: String) throws(Invalid) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw Invalid(description: "--shard \(text): expected I/N, this worker's number and the number of workers (e.g. --shard 2/7)")
        }
        guard n >= 1 else { throw Invalid(description: "--shard \(text): N, the number of workers, must be at least 1") }
        guard (1...n).contains(i) else { throw Invalid(description: "--shard \(text): I must be between 1 and N (\(n))") }
        index = i
        count = n
    }

    public var description: String { "\(index)/\(count)" }

    /// The positions in `files` (the whole run's list) that this shard scans, in order.
    public func positions(of files: [String], roots: ScanRoots) -> [Int] {
        files.indices.filter { Self.shard(of: roots.relativePath(of: files[$0]), count: count) == index }
    }

    /// The shard (1…count) a file with this relative path belongs to.
    public static func shard(of relativePath: String, count: Int) -> Int {
        Int(StableHash.fnv1a(relativePath) % UInt64(count)) + 1
    }
}
