/// FNV-1a, 64 bits: the same number for the same bytes on every machine and in every run (Swift's `Hasher` is
/// seeded per process), so N workers agree on which of them takes a file.
public enum StableHash {
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Sixteen lowercase hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// A hash of a list of paths, in order, that can be extended by a whole other list knowing only that list's hash and
/// length: `merge` of shards made from separate file lists names the concatenated list without reading it twice.
public struct PathListHash: Sendable, Equatable {
    public private(set) var value: UInt64 = 0
    public private(set) var count = 0
    private static let base: UInt64 = 0x0000_0100_0000_01b3

    public init() {}
    public init(value: UInt64, count: Int) { self.value = value; self.count = count }
    public init<S: Sequence<String>>(_ paths: S) { for path in paths { add(path) } }

    public mutating func add(_ path: String) {
        value = value &* Self.base &+ StableHash.fnv1a(path)
        count += 1
    }

    /// This list followed by `other`.
    public mutating func append(_ other: PathListHash) {
        var power: UInt64 = 1, base = Self.base, n = other.count
        while n > 0 {
            if n & 1 == 1 { power = power &* base }
            base = base &* base
            n >>= 1
        }
        value = value &* power &+ other.value
        count += other.count
    }

    public var hex: String { StableHash.hex(value) }
}
