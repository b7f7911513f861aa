import ClauseGuardModel

/// Which languages a contract is written in, by counting Han characters against Latin letters.
public enum LanguageDetector {
    public static func languages(of document: ContractDocument) -> [String] {
        var han = 0, latin = 0
        for block in document.blocks where block.part != .comment {
            for scalar in block.text.unicodeScalars {
                if (0x4E00...0x9FFF).contains(scalar.value) { han += 1 }
                else if scalar.isASCII, scalar.properties.isAlphabetic { latin += 1 }
            }
        }
        var out: [String] = []
        // Chinese carries about three times the meaning per character of English letters.
        if han > 0, han * 3 >= latin / 4 { out.append("zh") }
        if latin > 0, latin >= han * 3 { out.append("en") }
        return out.isEmpty ? ["zh", "en"] : out
    }

    /// The main language, for choosing the report language.
    public static func primary(of document: ContractDocument) -> String {
        languages(of: document).first ?? "en"
    }
}
