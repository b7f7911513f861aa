/// Number formatting for `ExtractedValue.display`.
enum ValueFormatting {
    /// "60", "0.5", "15.25" (at most two decimals, no grouping).
    static func plain(_ v: Double) -> String {
        // Past 1e15 (or not finite) the integer conversions below would trap: Swift's own form is exact enough.
        guard v.isFinite, abs(v) < 1e15 else { return v.description }
        if v == v.rounded() { return String(Int64(v)) }
        var s = String(format2(v))
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// "5,000", "1,234,567.50" (two decimals when not whole).
    static func grouped(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e15 else { return v.description }
        let negative = v < 0
        let a = abs(v)
        let whole = a.rounded(.down)
        let cents = Int64(((a - whole) * 100).rounded())
        var integer = String(Int64(whole))
        var out = ""
        while integer.count > 3 {
            out = "," + integer.suffix(3) + out
            integer.removeLast(3)
        }
        out = integer + out
        if cents > 0 { out += "." + (cents < 10 ? "0\(cents)" : "\(cents)") }
        return negative ? "-" + out : out
    }

    private static func format2(_ v: Double) -> String {
        let scaled = (v * 100).rounded()
        let whole = Int64(scaled / 100)
        let frac = Int64(abs(scaled)) % 100
        return "\(whole).\(frac < 10 ? "0\(frac)" : "\(frac)")"
    }
}
