import Foundation

/// Writes zip archives byte by byte (stored entries), for the hostile shapes a zip library refuses to make:
/// duplicate names, absolute and `../` names, central-directory entries that share or overlap local data.
public struct RawZip {
    public struct Entry {
        var name: String
        var data: [UInt8]
        /// Point this central-directory entry at another entry's local header instead of its own.
        var sharesLocalHeaderOf: Int?
    }

    public var entries: [Entry] = []

    public init() {}

    public mutating func add(_ name: String, _ data: [UInt8], sharing index: Int? = nil) {
        entries.append(Entry(name: name, data: data, sharesLocalHeaderOf: index))
    }

    public var bytes: [UInt8] {
        var out: [UInt8] = []
        var offsets: [Int] = [], crcs: [UInt32] = []
        for entry in entries {
            // Shared entries reuse their source's offset and checksum, computed once.
            crcs.append(entry.sharesLocalHeaderOf == nil ? Self.crc32(entry.data) : 0)
            guard entry.sharesLocalHeaderOf == nil else { offsets.append(-1); continue }
            offsets.append(out.count)
            out += Self.u32(0x04034B50) + Self.u16(20) + Self.u16(0x0800) + Self.u16(0) + Self.u32(0)
            out += Self.u32(crcs[crcs.count - 1]) + Self.u32(UInt32(entry.data.count)) + Self.u32(UInt32(entry.data.count))
            out += Self.u16(UInt16(entry.name.utf8.count)) + Self.u16(0) + Array(entry.name.utf8) + entry.data
        }
        let directoryStart = out.count
        for (i, entry) in entries.enumerated() {
            let source = entry.sharesLocalHeaderOf ?? i
            let data = entries[source].data
            out += Self.u32(0x02014B50) + Self.u16(20) + Self.u16(20) + Self.u16(0x0800) + Self.u16(0) + Self.u32(0)
            out += Self.u32(crcs[source]) + Self.u32(UInt32(data.count)) + Self.u32(UInt32(data.count))
            out += Self.u16(UInt16(entry.name.utf8.count)) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u32(0)
            out += Self.u32(UInt32(offsets[source])) + Array(entry.name.utf8)
        }
        let directorySize = out.count - directoryStart
        out += Self.u32(0x06054B50) + Self.u16(0) + Self.u16(0) + Self.u16(UInt16(min(entries.count, 0xFFFF)))
        out += Self.u16(UInt16(min(entries.count, 0xFFFF))) + Self.u32(UInt32(directorySize)) + Self.u32(UInt32(directoryStart)) + Self.u16(0)
        return out
    }

    private static func u16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func u32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)] }

    private static let crcTable: [UInt32] = (0..<256).map { n in
        (0..<8).reduce(UInt32(n)) { c, _ in c & 1 != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1 }
    }

    public static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFFFFFF
        for byte in data { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFFFFFF
    }

    /// The minimal parts of a Word package around `document` (raw document.xml bytes).
    public static func wordPackage(document: [UInt8]) -> RawZip {
        var zip = RawZip()
        for (name, bytes) in DocxBuilder(body: "").entries where name != "word/document.xml" { zip.add(name, bytes) }
        zip.add("word/document.xml", document)
        return zip
    }
}
