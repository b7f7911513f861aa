/// Terminal column width (East Asian Width): the text table pads its cells by it, and the plain-text reader measures
/// how long a line is against the file's other lines by it (a Chinese character is as wide as two Latin letters).
public enum ColumnWidth {
    public static func of(_ s: some StringProtocol) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (isWide($1.value) ? 2 : 1) }
    }

    /// East Asian wide characters take two terminal columns; symbols such as ● take one.
    public static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v)
    }
}
