/// Text quoted from input (a path, a regex, a config value) inside a one-line error message: cut to a bounded
/// length so a 4 MB value cannot flood the terminal or a CI log, and kept on one line.
public enum ErrorText {
    /// Characters kept from a quoted value.
    public static let limit = 160

    /// `text` on one line, cut to `limit` characters with a note of how much was left out.
    public static func clipped(_ text: some StringProtocol, limit: Int = ErrorText.limit) -> String {
        var kept = ""
        var count = 0
        var index = text.startIndex
        while index < text.endIndex, count < limit {
            let character = text[index]
            kept += character.isNewline ? "⏎" : String(character)
            count += 1
            index = text.index(after: index)
        }
        guard index < text.endIndex else { return kept }
        let rest = text[index...].count
        return kept + "… (\(rest) more characters)"
    }
}
