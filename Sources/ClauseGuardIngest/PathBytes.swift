import ClauseGuardModel
#if canImport(Glibc)
import Glibc
#endif

/// File names on Linux are bytes, not text. ClauseGuard carries paths as Strings (they end up in reports), so a
/// name that is not UTF-8 (GBK or Latin-1 names from old Windows archives) is carried as its readable form, each
/// byte that is not part of valid UTF-8 written `\xHH`, and turned back into the exact bytes to open the file.
public enum PathBytes {
    /// The readable form of a raw name or path: valid UTF-8 unchanged; otherwise ASCII unchanged and every other
    /// byte as `\xHH`. (Escaping only the invalid bytes would show stray letters: in GBK 合同 = BA CF CD AC, the
    /// pair CD AC happens to be valid UTF-8 for a combining mark.)
    public static func display(_ raw: [UInt8]) -> String {
        if isValidUTF8(raw) { return String(decoding: raw, as: UTF8.self) }
        var out = ""
        for byte in raw {
            if byte < 0x80 { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += "\\x" + hex(byte) }
        }
        return out
    }

    static func isValidUTF8(_ raw: [UInt8]) -> Bool {
        var i = 0
        while i < raw.count {
            guard let length = validScalarLength(raw, at: i) else { return false }
            i += length
        }
        return true
    }

    /// The bytes a path stands for: `\xHH` escapes of bytes 80-FF become those bytes again. (Such escapes can only
    /// come from `display`, since valid UTF-8 never needs them; a real name spelled with a backslash-x is still
    /// found because `candidates` also tries the path as written.)
    public static func bytes(_ path: String) -> [UInt8] {
        let utf8 = Array(path.utf8)
        guard utf8.contains(UInt8(ascii: "\\")) else { return utf8 }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "\\"), i + 3 < utf8.count, utf8[i + 1] == UInt8(ascii: "x"),
               let high = hexValue(utf8[i + 2]), let low = hexValue(utf8[i + 3]), high >= 8 {
                out.append(high << 4 | low)
                i += 4
            } else {
                out.append(utf8[i])
                i += 1
            }
        }
        return out
    }

    /// The byte spellings to try when opening `path`: its escapes decoded, then (if different) as written. A
    /// path straight from the command line that Swift already mangled is first looked up in `argv`.
    static func candidates(_ path: String) -> [[UInt8]] {
        let decoded = bytes(fromArgument(path)), literal = Array(path.utf8)
        return decoded == literal ? [literal] : [decoded, literal]
    }

    /// A path the user typed, in its readable form. Swift replaces bytes that are not UTF-8 in command-line
    /// arguments with U+FFFD, which names no file; the raw argument is found again in `argv`.
    public static func fromArgument(_ path: String) -> String {
        guard path.unicodeScalars.contains("\u{FFFD}") else { return path }
        for i in 0..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[i] else { continue }
            let raw = UnsafeRawBufferPointer(start: argument, count: strlen(argument))
            if String(decoding: raw, as: UTF8.self) == path { return display(Array(raw)) }
        }
        return path
    }

    // MARK: Opening paths of any length

    /// Runs `body` with a folder descriptor and the last component of `raw`, so that `fstatat`/`openat` work for a
    /// path longer than PATH_MAX too: such a path is walked one folder at a time. Nil (errno set) when the folder
    /// cannot be opened.
    static func withParent<T>(_ raw: [UInt8], _ body: (Int32, UnsafePointer<CChar>) -> T) -> T? {
        var parentEnd = raw.lastIndex(of: UInt8(ascii: "/")) ?? -1
        // "a/b/" names the folder b: keep the trailing component non-empty.
        var name = Array(raw[(parentEnd + 1)...])
        if name.isEmpty { name = [UInt8(ascii: ".")] }
        if parentEnd == 0 { parentEnd = 1 }   // "/x": the parent is "/"
        let parent = parentEnd > 0 ? Array(raw[0..<parentEnd]) : []
        var folder = AT_FDCWD
        if !parent.isEmpty {
            let opened = openFolder(parent)
            guard opened >= 0 else { return nil }
            folder = opened
        }
        defer { if folder != AT_FDCWD { close(folder) } }
        return withCString(name) { body(folder, $0) }
    }

    /// Opens a folder for use with the `*at` calls, component by component when the path is too long for open().
    static func openFolder(_ raw: [UInt8]) -> Int32 {
        let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC
        if raw.count < Int(PATH_MAX) { return withCString(raw) { open($0, flags) } }
        var fd = raw.first == UInt8(ascii: "/") ? open("/", flags) : open(".", flags)
        for component in raw.split(separator: UInt8(ascii: "/")) where fd >= 0 {
            let next = withCString(Array(component)) { openat(fd, $0, flags) }
            let code = errno
            close(fd)
            errno = code
            fd = next
        }
        return fd
    }

    static func withCString<T>(_ raw: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (raw + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }

    // MARK: UTF-8

    /// Length of the valid UTF-8 scalar starting at `i` (no overlongs, surrogates or values above U+10FFFF).
    private static func validScalarLength(_ raw: [UInt8], at i: Int) -> Int? {
        let lead = raw[i]
        if lead < 0x80 { return 1 }
        let length: Int, second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: length = 2; second = 0x80...0xBF
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; second = 0x80...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4; second = 0x80...0xBF
        case 0xF4: length = 4; second = 0x80...0x8F
        default: return nil
        }
        guard i + length <= raw.count, second.contains(raw[i + 1]) else { return nil }
        for k in 2..<length where !(0x80...0xBF).contains(raw[i + k]) { return nil }
        return length
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
