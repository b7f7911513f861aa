import Glibc
import Synchronization

/// The style-sheet index of parts already seen in this run, by content. Contracts drawn up from one template carry
/// the same `styles.xml` byte for byte (Word's own is 150–400 KB, python-docx's 350 KB), and indexing it was about a
/// tenth of reading a .docx; a part equal to one indexed before reuses that index. Equality is checked on the whole
/// part (a `memcmp`), so a different part never gets another's index.
enum StyleSheetIndexCache {
    /// Parts kept at once: a batch mixes a few templates; each entry holds its part's bytes.
    static let capacity = 8

    private struct Entry {
        let bytes: [UInt8]
        let index: StyleSheetIndex?
    }

    private static let entries = Mutex<[Entry]>([])

    /// The index of `bytes` (nil when the part cannot be indexed, as `StyleSheetIndex.init` says), from the cache
    /// when an equal part was indexed before.
    static func index(of bytes: [UInt8]) -> StyleSheetIndex? {
        if let hit = entries.withLock({ $0.first { equal($0.bytes, bytes) } }) { return hit.index }
        let index = StyleSheetIndex(bytes)
        entries.withLock { entries in
            guard !entries.contains(where: { equal($0.bytes, bytes) }) else { return }
            if entries.count == capacity { entries.removeFirst() }
            entries.append(Entry(bytes: bytes, index: index))
        }
        return index
    }

    private static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        return a.withUnsafeBytes { a in b.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }
}
