/// Contract text and file names end up in front of people, on terminals and in spreadsheets. A raw ESC there can
/// clear the screen (ESC[2J), write the clipboard (OSC 52) or disguise a link (OSC 8); a bare CR can overwrite
/// what was printed before it. Every human-facing output (text, md, html, csv, junit, `extract`, error lines)
/// passes such text through `visibleControls`, which shows each C0 or C1 control and DEL as a visible stand-in
/// instead of dropping it, so a reader can tell that something was there: C0 and DEL as their Control Pictures
/// (ESC → "␛", CR → "␍", NUL → "␀", DEL → "␡"), C1 as "<U+009B>". Tab and line feed are layout and stay.
extension StringProtocol {
    public var visibleControls: String {
        // Nearly every string is clean: look at the bytes once and return it as it is.
        guard utf8.containsControl else { return String(self) }
        var out = ""
        out.unicodeScalars.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            let v = scalar.value
            if v < 0x20, v != 0x09, v != 0x0A {
                out.unicodeScalars.append(Unicode.Scalar(0x2400 + v)!)
            } else if v == 0x7F {
                out.unicodeScalars.append("\u{2421}")
            } else if (0x80...0x9F).contains(v) {
                out += "<U+00" + String(v, radix: 16, uppercase: true) + ">"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Sequence where Element == UInt8 {
    /// Whether UTF-8 bytes hold a C0 control other than tab and line feed, DEL, or a C1 control (0xC2 0x80–0x9F).
    fileprivate var containsControl: Bool {
        var afterC2 = false
        for byte in self {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A { return true }
            if byte == 0x7F || (afterC2 && byte >= 0x80 && byte <= 0x9F) { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }
}
