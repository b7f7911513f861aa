/// English business words inside Chinese sentences, read as the Chinese words the rules and lexicons say: agencies that
/// serve cross-border brands write "甲方不得以任何理由 terminate 本协议", "200 天内无息 refund 该 deposit", "以一个月
/// retainer 为 cap". Only a short English run (up to `longestRun` words) with Chinese beside it is read this way, so an
/// English sentence in a bilingual contract stays English. Each rewritten word maps back to the original as a whole,
/// so reports quote the contract's own words. The table is data (`loanwords:` in the Chinese lexicon).
public struct Loanwords: Sendable {
    /// Lower-cased English phrase (words joined by one space) → the Chinese word.
    private let table: [String: String]
    private let longestPhrase: Int
    /// More words than this in one run is English text, not a loanword in a Chinese sentence.
    static let longestRun = 6

    /// `chineseFor`: each Chinese word with the English words and phrases read as it.
    public init(_ chineseFor: [String: [String]]) {
        var table: [String: String] = [:]
        var longest = 0
        for (chinese, phrases) in chineseFor.sorted(by: { $0.key < $1.key }) {
            for phrase in phrases {
                let words = phrase.lowercased().split(whereSeparator: { $0 == " " })
                guard !words.isEmpty else { continue }
                table[words.joined(separator: " ")] = chinese
                longest = max(longest, words.count)
            }
        }
        self.table = table
        longestPhrase = longest
    }

    public var isEmpty: Bool { table.isEmpty }

    /// `text` with its loanwords in Chinese; `text` itself when it holds none.
    public func applied(to text: NormalizedText) -> NormalizedText {
        guard !table.isEmpty else { return text }
        // Most texts are all Chinese or all English: one pass over the bytes, without copying them, says whether both are.
        var mixed = text.text
        guard mixed.withUTF8(Self.holdsBoth) else { return text }
        let bytes = Array(text.text.utf8)
        var replacements: [(range: Range<Int>, chinese: String)] = []
        var i = 0
        while i < bytes.count {
            guard Self.isRunByte(bytes[i]) else { i += 1; continue }
            var end = i
            while end < bytes.count, Self.isRunByte(bytes[end]) { end += 1 }
            replacements += self.replacements(in: i..<end, of: bytes)
            i = end
        }
        return text.replacing(replacements.map { ($0.range, $0.chinese) })
    }

    /// The loanwords of one ASCII run, with the spaces that only set them off from the Chinese around them (and those
    /// spaces alone when the run holds no loanword).
    private func replacements(in run: Range<Int>, of bytes: [UInt8]) -> [(range: Range<Int>, chinese: String)] {
        // Chinese beside the run on one side at least.
        let chineseBefore = run.lowerBound > 0 && bytes[run.lowerBound - 1] >= 0x80
        let chineseAfter = run.upperBound < bytes.count && bytes[run.upperBound] >= 0x80
        guard chineseBefore || chineseAfter else { return [] }
        var words: [Range<Int>] = []
        var j = run.lowerBound
        while j < run.upperBound {
            guard bytes[j].isASCIILetter else { j += 1; continue }
            var e = j
            while e < run.upperBound, bytes[e].isASCIILetter || bytes[e] == UInt8(ascii: "-") && e + 1 < run.upperBound && bytes[e + 1].isASCIILetter {
                e += 1
            }
            words.append(j..<e)
            j = e
        }
        guard !words.isEmpty, words.count <= Self.longestRun else { return [] }
        var out: [(range: Range<Int>, chinese: String)] = []
        var w = 0
        while w < words.count {
            var matched = false
            for n in stride(from: min(longestPhrase, words.count - w), through: 1, by: -1) {
                // A phrase's words stand one space apart.
                let phrase = words[w..<(w + n)]
                guard zip(phrase, phrase.dropFirst()).allSatisfy({ $1.lowerBound == $0.upperBound + 1 && bytes[$0.upperBound] == 0x20 }) else { continue }
                let key = String(decoding: bytes[phrase.first!.lowerBound..<phrase.last!.upperBound], as: UTF8.self).lowercased()
                guard let chinese = table[key] else { continue }
                var start = phrase.first!.lowerBound, stop = phrase.last!.upperBound
                while start > run.lowerBound, bytes[start - 1] == 0x20 { start -= 1 }
                while stop < run.upperBound, bytes[stop] == 0x20 { stop += 1 }
                // Spaces go only where Chinese (or the text's edge) is beyond them: "Service Term 内" keeps none, "ROAS
                // cap" keeps the one after ROAS.
                if start > run.lowerBound || run.lowerBound > 0 && !chineseBefore { start = phrase.first!.lowerBound }
                if stop < run.upperBound || run.upperBound < bytes.count && !chineseAfter { stop = phrase.last!.upperBound }
                out.append((start..<stop, chinese))
                w += n
                matched = true
                break
            }
            if !matched { w += 1 }
        }
        // The spaces that only set the run off from the Chinese around it go too ("均由 Brand 自行承担" is read "均由Brand自行
        // 承担"), so patterns written without them read the words on either side together.
        if chineseBefore, out.first.map({ $0.range.lowerBound > run.lowerBound }) ?? true,
           let first = words.first, first.lowerBound > run.lowerBound, bytes[run.lowerBound..<first.lowerBound].allSatisfy({ $0 == 0x20 }) {
            out.insert((run.lowerBound..<first.lowerBound, ""), at: 0)
        }
        if chineseAfter, out.last.map({ $0.range.upperBound < run.upperBound }) ?? true,
           let last = words.last, last.upperBound < run.upperBound, bytes[last.upperBound..<run.upperBound].allSatisfy({ $0 == 0x20 }) {
            out.append((last.upperBound..<run.upperBound, ""))
        }
        return out
    }

    /// Whether the bytes hold an ASCII letter and a Han character's lead byte (E3–E9).
    static func holdsBoth(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letter = false, han = false
        for b in bytes {
            if b >= 0xE3, b <= 0xE9 { han = true } else if b.isASCIILetter { letter = true }
            if letter && han { return true }
        }
        return false
    }

    /// Bytes an English run inside Chinese is made of: letters, digits, spaces, and the marks inside words and lists.
    @inline(__always) private static func isRunByte(_ b: UInt8) -> Bool {
        b.isASCIILetter || b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: "'") || b == UInt8(ascii: "&") || b == UInt8(ascii: "/")
    }
}
