/// Pinyin that a machine conversion wrote after a character: mirror sites that turn Simplified contract templates into
/// Traditional ones gloss the characters with more than one reading, so the page says 協(xié)議, 應(yīng)當, 服務(wù)費(fèi) and
/// 續(xù)約. Read with the gloss, no word of the rules or lexicons matches (应当 is no duty, 续约 no renewal); the gloss is
/// dropped for matching and the character maps back to the character and its gloss, so reports quote the page.
///
/// A gloss is `(` + one to seven lowercase pinyin letters, at least one of them with a tone mark, + `)`, right after a
/// Han character: list letters ("下列情形(a)") and English words in brackets have no tone marks and stay.
enum PinyinGlosses {
    /// Letters a pinyin syllable is written with, tone-marked ones included.
    private static let toneMarked: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ".unicodeScalars)

    /// `text` without the glosses; `text` itself when it has none (one byte search for "(" in most texts).
    static func removed(from text: NormalizedText) -> NormalizedText {
        let glosses = text.text.utf8.withContiguousStorageIfAvailable { ranges(in: $0) } ?? ranges(in: Array(text.text.utf8))
        guard !glosses.isEmpty else { return text }
        let bytes = Array(text.text.utf8)
        // Each gloss is cut together with the character before it, which is written back: the pair maps as a whole to
        // the original.
        return text.replacing(glosses.map { (character, gloss) in
            (character.lowerBound..<gloss.upperBound, String(decoding: bytes[character], as: UTF8.self))
        })
    }

    /// Each gloss's byte range and the range of the Han character before it, in order.
    static func ranges<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> [(character: Range<Int>, gloss: Range<Int>)]
    where Bytes.Index == Int {
        var found: [(Range<Int>, Range<Int>)] = []
        var i = 3
        while i < bytes.count {
            defer { i += 1 }
            // A Han character (U+3400–U+9FFF) is three UTF-8 bytes led by E3–E9.
            guard bytes[i] == UInt8(ascii: "("), bytes[i - 3] >= 0xE3, bytes[i - 3] <= 0xE9,
                  let close = closingBracket(after: i, in: bytes) else { continue }
            found.append((i - 3..<i, i..<close + 1))
            i = close
        }
        return found
    }

    /// The index of the `)` that ends a pinyin syllable opened at `open`, if one does.
    private static func closingBracket<Bytes: RandomAccessCollection<UInt8>>(after open: Int, in bytes: Bytes) -> Int?
    where Bytes.Index == Int {
        var j = open + 1
        var letters = 0
        var marked = false
        while j < bytes.count, letters <= 7 {
            let byte = bytes[j]
            if byte == UInt8(ascii: ")") { return marked && letters > 0 ? j : nil }
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") {
                j += 1
            } else if byte >= 0xC3, byte <= 0xE1 {
                // A two- or three-byte letter: only the tone-marked vowels belong to a syllable.
                let length = byte >= 0xE0 ? 3 : 2
                guard j + length <= bytes.count,
                      let scalar = String(decoding: bytes[j..<(j + length)] as Bytes.SubSequence, as: UTF8.self).unicodeScalars.first,
                      toneMarked.contains(scalar) else { return nil }
                marked = true
                j += length
            } else {
                return nil
            }
            letters += 1
        }
        return nil
    }
}
