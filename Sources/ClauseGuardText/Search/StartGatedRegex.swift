/// A pattern matched only where a match can start: each offset whose character is in `starts` is tried with the
/// pattern anchored there (`\G`), and every other offset is skipped by a table lookup instead of by the matcher.
///
/// The value patterns (durations, sums, percentages) begin with no literal, so PCRE2's own start optimisation only
/// knows a UTF-8 lead byte, which every Chinese character shares: it ran the whole alternation at every character
/// of every sentence. A value begins with a figure, a numeral, a currency sign or an English number word, rare in
/// a sentence. The matches are those of `allMatches(in:)` on the unanchored pattern, provided `starts` holds every
/// character a match can begin with (a test compares both on every line of the repository's contract texts).
public struct StartGatedRegex: Sendable {
    /// The pattern with `\G` before it.
    private let anchored: PCRERegex
    private let starts: StartCharacters

    public init(_ pattern: String, caseInsensitive: Bool = false, starts: StartCharacters) throws(RegexCompileError) {
        anchored = try PCRERegex("\\G(?:" + pattern + ")", caseInsensitive: caseInsensitive)
        self.starts = starts
    }

    /// Every non-overlapping match, left to right, as UTF-8 offset ranges of `bytes`.
    public func ranges(in bytes: [UInt8]) throws -> [Range<Int>] {
        try bytes.withUnsafeBufferPointer { buffer in
            try anchored.anchoredRanges(in: buffer, at: starts.offsets(in: buffer))
        }
    }
}

/// The characters a match may begin with: ASCII bytes (letters only at the start of a word, as the value patterns'
/// `(?<![A-Za-z])` asks) and characters of the Basic Multilingual Plane.
public struct StartCharacters: Sendable {
    private var ascii = [Bool](repeating: false, count: 128)
    private var wordInitialLetters = [Bool](repeating: false, count: 128)
    /// One bit per BMP scalar.
    private var plane = [UInt64](repeating: 0, count: 1024)

    public init() {}

    /// `characters` may start a match anywhere; ASCII letters among them only at the start of a word.
    public mutating func insert(_ characters: String) {
        for scalar in characters.unicodeScalars {
            let value = Int(scalar.value)
            if value < 0x80 {
                if UInt8(value).isASCIILetter { wordInitialLetters[value] = true } else { ascii[value] = true }
            } else if value < 0x10000 {
                plane[value >> 6] |= 1 << UInt64(value & 63)
            } else {
                preconditionFailure("a start character outside the BMP: \(scalar)")
            }
        }
    }

    /// Letters matched without case: both cases of each.
    public mutating func insertWordInitials(caseless letters: String) {
        insert(letters.lowercased() + letters.uppercased())
        // Caseless Unicode matching folds the long s into s.
        if letters.lowercased().contains("s") { insert("\u{017F}") }
    }

    /// The offsets of `buffer` where a match may start, in increasing order.
    func offsets(in buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
        var found: [Int] = []
        var i = 0
        let n = buffer.count
        while i < n {
            let byte = buffer[i]
            if byte < 0x80 {
                if ascii[Int(byte)] || wordInitialLetters[Int(byte)] && (i == 0 || !buffer[i - 1].isASCIILetter) { found.append(i) }
                i += 1
                continue
            }
            // Decode the scalar (the text is valid UTF-8: it came from a String); four-byte characters start nothing.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if length < 4, i + length <= n {
                let value = length == 2
                    ? Int(byte & 0x1F) << 6 | Int(buffer[i + 1] & 0x3F)
                    : Int(byte & 0x0F) << 12 | Int(buffer[i + 1] & 0x3F) << 6 | Int(buffer[i + 2] & 0x3F)
                if plane[value >> 6] & (1 << UInt64(value & 63)) != 0 { found.append(i) }
            }
            i += length
        }
        return found
    }
}
