import ClauseGuardText

/// Lexicon words as a regex alternation, longest first, metacharacters escaped.
enum RegexWords {
    static func alternation(_ words: [String]) -> String {
        words.sorted { $0.utf8.count > $1.utf8.count }.map(escape).joined(separator: "|")
    }

    static func escape(_ word: String) -> String {
        var out = ""
        for ch in word {
            if "\\^$.|?*+()[]{}-/#".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Compiles a pattern built from lexicon words; a user's word that breaks it gives nil (the finder then
    /// skips that cue rather than stopping the scan).
    static func compile(_ pattern: String, caseless: Bool = false) -> PCRERegex? {
        try? PCRERegex(pattern, caseInsensitive: caseless)
    }
}
