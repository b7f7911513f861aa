/// ASCII letter and digit tests on UTF-8 bytes, for the scans that read contract text a byte at a time (a byte of a multi-byte
/// character is never one).
extension UInt8 {
    /// A–Z or a–z.
    @inline(__always) var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    /// a–z.
    @inline(__always) var isASCIILower: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
    /// 0–9.
    @inline(__always) var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
