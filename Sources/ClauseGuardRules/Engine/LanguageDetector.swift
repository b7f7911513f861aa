import ClauseGuardModel
import ClauseGuardText

/// Which languages a contract is written in, by counting Han characters against Latin letters.
public enum LanguageDetector {
    /// Enough text to tell; reading a whole long contract would change nothing.
    static let sampleScalars = 50_000

    public static func languages(of document: ContractDocument) -> [String] {
        var count = Counts()
        for block in document.blocks where block.part != .comment {
            var text = block.text
            text.withUTF8 { count.add($0) }
            if count.seen >= sampleScalars { break }
        }
        let han = count.han, latin = count.latin
        var out: [String] = []
        // Chinese carries about three times the meaning per character of English letters.
        if han > 0, han * 3 >= latin / 4 { out.append("zh") }
        if latin > 0, latin >= han * 3 { out.append("en") }
        return out.isEmpty ? ["zh", "en"] : out
    }

    /// Han characters, Latin letters and characters seen, counted on the UTF-8 bytes: decoding every scalar of a
    /// contract cost 2 % of reading it.
    struct Counts {
        var han = 0, latin = 0, seen = 0

        mutating func add(_ utf8: UnsafeBufferPointer<UInt8>) {
            var i = 0
            let n = utf8.count
            while i < n, seen < LanguageDetector.sampleScalars {
                let b = utf8[i]
                seen += 1
                if b < 0x80 {
                    if (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A { latin += 1 }
                    i += 1
                } else if b < 0xE0 {
                    i += 2
                } else if b < 0xF0 {
                    guard i + 2 < n else { return }
                    let v = UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                    if CJK.isIdeograph(v) { han += 1 }
                    i += 3
                } else {
                    guard i + 3 < n else { return }
                    let v = UInt32(b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                        | UInt32(utf8[i + 3] & 0x3F)
                    if CJK.isIdeograph(v) { han += 1 }
                    i += 4
                }
            }
        }
    }
}
