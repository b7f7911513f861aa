import ClauseGuardModel
import ClauseGuardText

/// Which languages a contract is written in, by counting Han characters against Latin letters.
public enum LanguageDetector {
    /// Enough text to tell; reading a whole long contract would change nothing.
    static let sampleScalars = 50_000

    public static func languages(of document: ContractDocument) -> [String] {
        var han = 0, latin = 0, seen = 0
        scan: for block in document.blocks where block.part != .comment {
            for scalar in block.text.unicodeScalars {
                let v = scalar.value
                if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) { latin += 1 } else if CJK.isIdeograph(v) { han += 1 }
                seen += 1
                if seen >= sampleScalars { break scan }
            }
        }
        var out: [String] = []
        // Chinese carries about three times the meaning per character of English letters.
        if han > 0, han * 3 >= latin / 4 { out.append("zh") }
        if latin > 0, latin >= han * 3 { out.append("en") }
        return out.isEmpty ? ["zh", "en"] : out
    }
}
