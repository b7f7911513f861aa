import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes a plain-text contract without being told its encoding: UTF-8 (with or without BOM), UTF-32 and UTF-16
/// with BOM (or without, when the NUL pattern makes it plain), and GB18030/GBK, which Chinese editors on Windows
/// still write.
enum TextDecoder {
    struct Decoded {
        var text: String
        var encoding: String
    }

    enum Failure: Error {
        case invalid(String)
    }

    static func decode(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: try strictUTF8(Array(bytes.dropFirst(3))), encoding: "utf-8")
        }
        // UTF-32's BOMs first: the little-endian one begins with UTF-16's.
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return Decoded(text: try utf32(Array(bytes.dropFirst(4)), littleEndian: true), encoding: "utf-32le")
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return Decoded(text: try utf32(Array(bytes.dropFirst(4)), littleEndian: false), encoding: "utf-32be")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: try utf16(Array(bytes.dropFirst(2)), littleEndian: true), encoding: "utf-16le")
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: try utf16(Array(bytes.dropFirst(2)), littleEndian: false), encoding: "utf-16be")
        }
        if let endian = bomlessUTF32(bytes) {
            return Decoded(text: try utf32(bytes, littleEndian: endian), encoding: endian ? "utf-32le" : "utf-32be")
        }
        if let endian = bomlessUTF16(bytes) {
            return Decoded(text: try utf16(bytes, littleEndian: endian), encoding: endian ? "utf-16le" : "utf-16be")
        }
        if bytes.contains(0) {
            throw .invalid("contains NUL bytes: a binary file, not text")
        }
        let utf8Error = firstInvalidUTF8(bytes)
        guard let badOffset = utf8Error else {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8")
        }
        if looksLikeGB18030(bytes), let text = iconvDecode(bytes, from: "GB18030") {
            return Decoded(text: text, encoding: "gb18030")
        }
        throw .invalid("invalid UTF-8 at byte \(badOffset), and not GB18030/GBK text either")
    }

    private static func strictUTF8(_ bytes: [UInt8]) throws(Failure) -> String {
        if let bad = firstInvalidUTF8(bytes) { throw .invalid("invalid UTF-8 at byte \(bad + 3)") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Offset of the first byte that breaks UTF-8, or nil when the whole buffer is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var scalarStart = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalarStart += UTF8.width(scalar)
                offset = scalarStart
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws(Failure) -> String {
        guard bytes.count % 2 == 0 else { throw .invalid("UTF-16 text has an odd number of bytes (truncated)") }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var index = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                index += UTF16.width(scalar)
            case .emptyInput:
                return String(scalars)
            case .error:
                throw .invalid("invalid UTF-16 (unpaired surrogate) at code unit \(index)")
            }
        }
    }

    private static func utf32(_ bytes: [UInt8], littleEndian: Bool) throws(Failure) -> String {
        guard bytes.count % 4 == 0 else { throw .invalid("UTF-32 text whose length is not a multiple of 4 bytes (truncated)") }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count / 4)
        var i = 0
        while i < bytes.count {
            guard let scalar = Unicode.Scalar(utf32Unit(bytes, at: i, littleEndian: littleEndian)) else {
                throw .invalid("invalid UTF-32 (not a Unicode scalar) at byte \(i)")
            }
            scalars.append(scalar)
            i += 4
        }
        return String(scalars)
    }

    private static func utf32Unit(_ bytes: [UInt8], at i: Int, littleEndian: Bool) -> UInt32 {
        let b = (UInt32(bytes[i]), UInt32(bytes[i + 1]), UInt32(bytes[i + 2]), UInt32(bytes[i + 3]))
        return littleEndian ? b.3 << 24 | b.2 << 16 | b.1 << 8 | b.0 : b.0 << 24 | b.1 << 16 | b.2 << 8 | b.3
    }

    /// UTF-32 without a BOM: every 4-byte unit of the sample is a Unicode scalar other than NUL in one byte order.
    /// UTF-16 and UTF-8 text practically never passes (their units read as values far above U+10FFFF). Returns true
    /// for little-endian.
    private static func bomlessUTF32(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 8, bytes.count % 4 == 0, bytes.prefix(4096).contains(0) else { return nil }
        let sample = Array(bytes.prefix(4096))
        for littleEndian in [true, false] {
            var valid = true
            var i = 0
            while i + 4 <= sample.count {
                let unit = utf32Unit(sample, at: i, littleEndian: littleEndian)
                if unit == 0 || Unicode.Scalar(unit) == nil { valid = false; break }
                i += 4
            }
            if valid { return littleEndian }
        }
        return nil
    }

    /// UTF-16 without a BOM shows as NUL in every other byte of ASCII text. Returns true for little-endian.
    private static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZero = 0, oddZero = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let pairs = sample.count / 2
        if oddZero * 10 >= pairs * 3 && evenZero == 0 { return true }
        if evenZero * 10 >= pairs * 3 && oddZero == 0 { return false }
        return nil
    }

    /// GB18030 accepts most byte soups; require that most double-byte characters are common GB2312 hanzi or
    /// punctuation, so random invalid UTF-8 is reported as such rather than decoded as nonsense.
    static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
        var common = 0, other = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard i + 1 < bytes.count else { return false }
            let t = bytes[i + 1]
            if (0xA1...0xF7).contains(b) && (0xA1...0xFE).contains(t) { common += 1; i += 2; continue }
            if (0x81...0xFE).contains(b) && (0x30...0x39).contains(t) { other += 1; i += 4; continue }
            if (0x81...0xFE).contains(b) && ((0x40...0x7E).contains(t) || (0x80...0xFE).contains(t)) {
                other += 1; i += 2; continue
            }
            return false
        }
        return common > 0 && common >= other * 2
    }

    /// glibc iconv does the actual GB18030 decoding; it fails on sequences that are not GB18030.
    static func iconvDecode(_ bytes: [UInt8], from encoding: String) -> String? {
        let handle = iconv_open("UTF-8", encoding)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = UnsafeMutableRawPointer(inBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPtr = UnsafeMutableRawPointer(outBuf.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count, outLeft = outBuf.count
                let rc = iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
                return rc == -1 || inLeft != 0 ? nil : outBuf.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }
}
