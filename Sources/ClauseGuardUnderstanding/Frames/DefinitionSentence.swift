/// A sentence that defines a term ("1.2 “订阅期”指…，包括自动续展的期间", "“Term” means the Initial Term and any Renewal
/// Term") names a renewal the contract makes elsewhere; the clause that makes it is the renewal term, not the definition.
extension SentenceReading {
    private static let openingQuotes: [[UInt8]] = ["“", "\"", "「", "『", "‘"].map { Array($0.utf8) }
    private static let closingQuotes: [[UInt8]] = ["”", "\"", "」", "』", "’"].map { Array($0.utf8) }
    private static let defining: [[UInt8]] = ["指", "是指", "系指", "means", "shall mean", "mean"].map { Array($0.utf8) }
    /// A defined term is a few words: 24 bytes hold eight Chinese characters, an English term a few more.
    private static let longestTerm = 48

    /// Whether the sentence opens (after its number) with a quoted term and a word that defines it.
    var definesATerm: Bool {
        let offset = bytes.count
        var i = 0
        // The clause number: "1.2 ", "(a) ", "12. ".
        while i < min(offset, 16), Self.numbering.contains(bytes[i]) { i += 1 }
        guard let open = Self.openingQuotes.first(where: { starts(i..<offset, with: $0) }) else { return false }
        let termStart = i + open.count
        let searchEnd = min(offset, termStart + Self.longestTerm)
        for end in termStart..<searchEnd {
            guard let close = Self.closingQuotes.first(where: { starts(end..<offset, with: $0) }) else { continue }
            var next = end + close.count
            while next < offset, bytes[next] == 0x20 { next += 1 }
            return end > termStart && Self.defining.contains { startsCaseless(next..<offset, with: $0) }
        }
        return false
    }

    /// What an ASCII clause number is written with ("1.2", "(a)", "iv."), and the article of "the “Term” means".
    private static let numbering: Set<UInt8> = Set(Array("0123456789. ()abcdefghijklmnopqrstuvwxyz".utf8))
}
