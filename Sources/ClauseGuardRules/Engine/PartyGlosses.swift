import ClauseGuardText

/// A party letter glossed in brackets inside a clause ("由乙方（委托方，系店铺注册主体）自行承担", "甲方（服务方，即“启明
/// 公司”）有权调整") read as the bare letter: rule patterns say "由甲方承担", and the gloss only repeats who the party
/// is, which the party map already knows. The gloss maps back with its letter, so quotes keep it.
enum PartyGlosses {
    private static let letters = ["甲方", "乙方"].map { Array($0.utf8) }
    /// A gloss is short: a role, a short name, "以下简称…".
    private static let maxCharacters = 20

    static func removed(from text: NormalizedText) -> NormalizedText {
        // NFKC has made the brackets ASCII; most sentences hold no "方(".
        guard text.text.has("方(") else { return text }
        var out = text
        for letter in letters {
            let bytes = Array(out.text.utf8)
            let ranges = glosses(after: letter, in: bytes)
            if !ranges.isEmpty { out = out.replacing(ranges: ranges, with: String(decoding: letter, as: UTF8.self)) }
        }
        return out
    }

    /// Each "letter(…)" whose bracket closes within `maxCharacters` characters and holds no other bracket or sentence end.
    private static func glosses(after letter: [UInt8], in bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i + letter.count < bytes.count {
            guard bytes[i] == letter[0], bytes[i..<(i + letter.count)].elementsEqual(letter), bytes[i + letter.count] == 0x28 else {
                i += 1
                continue
            }
            var j = i + letter.count + 1, characters = 0
            var close: Int?
            while j < bytes.count, characters <= maxCharacters {
                let b = bytes[j]
                if b == 0x29 { close = j; break }
                // Another bracket, a sentence end (。 is E3 80 82) or a line: no gloss.
                if b == 0x28 || b == 0x0A || b == 0xE3 && j + 2 < bytes.count && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x82 { break }
                if b & 0xC0 != 0x80 { characters += 1 }
                j += 1
            }
            if let close, close > i + letter.count + 1 {
                out.append(i..<(close + 1))
                i = close + 1
            } else {
                i += letter.count
            }
        }
        return out
    }
}
