/// A word a scan or a PDF's line end broke with a hyphen and a space ("termi- nate", "fif- teen (15) days") is read
/// whole, so the lexicon and the number words see it. A hyphen that suspends a compound ("short- and long-term", "pre-
/// or post-closing") stays: the word after it is a conjunction. The joined letters map back to the broken original,
/// so reports quote the contract as it is.
enum BrokenHyphens {
    /// Words after a suspended hyphen: "short- and long-term", "pre- or post-", "mid- to late-".
    private static let conjunctions: Set<[UInt8]> = Set(["and", "or", "nor", "to", "through", "versus", "vs", "as", "but"].map { Array($0.utf8) })

    static func read(_ text: NormalizedText) -> NormalizedText {
        guard text.text.has("- ") else { return text }
        let bytes = Array(text.text.utf8)
        var edits: [(range: Range<Int>, replacement: String)] = []
        var i = 2
        while i + 2 < bytes.count {
            // "x- y": a lowercase letter, the hyphen, one space, a lowercase letter; two letters before the hyphen.
            if bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == 0x20, isLower(bytes[i - 1]), isLower(bytes[i - 2]), isLower(bytes[i + 2]) {
                var end = i + 2
                while end < bytes.count, isLower(bytes[end]) { end += 1 }
                if !conjunctions.contains(Array(bytes[(i + 2)..<end])) {
                    // "twenty- one (21)": a compound number keeps its hyphen, only the space goes.
                    var start = i - 1
                    while start > 0, isLower(bytes[start - 1]) { start -= 1 }
                    let hyphen: [UInt8] = tens.contains(Array(bytes[start..<i])) ? [UInt8(ascii: "-")] : []
                    let joined = String(decoding: [bytes[i - 1]] + hyphen + [bytes[i + 2]], as: UTF8.self)
                    edits.append((range: (i - 1)..<(i + 3), replacement: joined))
                    i = end
                    continue
                }
            }
            i += 1
        }
        return edits.isEmpty ? text : text.replacing(edits)
    }

    /// The tens of a compound number ("twenty-one"), whose hyphen is the word's own.
    private static let tens: Set<[UInt8]> = Set(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map { Array($0.utf8) })

    private static func isLower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
}
