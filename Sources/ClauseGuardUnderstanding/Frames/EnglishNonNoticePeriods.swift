/// English periods that are not advance notice though "notice" follows them: a deadline ("within seven (7) days, give
/// written notice"), a time to answer a notice ("within sixty (60) days after the date of such notice"), a cure
/// period ("remains uncured for thirty (30) days following written notice", "twenty (20) days from receipt of notice"),
/// a time counted from dispatch ("deemed received two (2) Business Days after dispatch"), a time granted ("shall have
/// thirty (30) days after receipt of a default notice … to cure"), and the length of a term ("for successive
/// one-year terms unless either party gives notice"). What a party must wait for, not what it must give ahead. Advance
/// notice keeps its wordings: "thirty (30) days' prior written notice", "effective sixty (60) days after written
/// notice", "within a 7-day notice period".
extension SentenceReading {
    /// Words right after a period that count it from receiving or sending something: "twenty (20) days from receipt of
    /// written notice … within which to cure", "deemed received two (2) Business Days after dispatch". (Not "after
    /// receipt of": "effective thirty (30) days after receipt of written notice" is notice given ahead.)
    private static let countedFrom = ["from receipt", "from the receipt", "from the date of receipt", "from its receipt",
                                      "after dispatch", "after posting", "after sending", "after transmission", "after the date of dispatch"]
    /// Words between "within" / "for" and the period ("within such", "for a period of").
    private static let fillers: Set<String> = ["a", "an", "the", "such", "said", "period", "of", "further", "additional"]
    /// The word before the period that makes it a deadline.
    private static let deadline: Set<String> = ["within"]
    /// Words before the period that make it a time something lasts: a breach "uncured for", "continues uncured".
    /// "shall have thirty (30) days after receipt of a default notice within which to cure": a time granted, counted
    /// from the notice.
    private static let granted: Set<String> = ["have", "has"]
    /// After a granted period, the words that count it or say what it is for.
    private static let grantedUse = ["after", "following", "from", "upon", "to", "within", "in which"]
    private static let lasting: Set<String> = ["for", "uncured", "unremedied", "uncorrected", "unresolved"]
    /// After a deadline, the words that still make the period a notice given ahead ("within thirty days' notice").
    private static let aheadWords = ["notice", "written notice", "prior", "advance", "in advance", "before"]
    /// After a lasting period, the words that count it from an event ("following written notice").
    private static let fromWords = ["after", "following", "of", "from", "upon"]

    /// Words right after a period that make it the length of a term: "one-year terms", "a three (3) year period".
    private static let termWords = ["term", "terms", "period", "periods", "renewal", "extension"]
    /// Words before "period of" / "term of" that make it a renewal's length.
    private static let renewed: Set<String> = ["additional", "renewal", "extension", "successive", "further", "extended"]

    /// Whether the English period at `range` is a deadline, a time counted from a notice or a term's length rather than
    /// a notice period.
    func isNotNoticePeriod(_ range: Range<Int>) -> Bool {
        guard !chinese else { return false }
        let after = Self.wordsAfter(text(range.upperBound..<min(bytes.count, range.upperBound + 30)))
        // "the sixty (60) day period prior to expiry" is a notice window.
        if let term = Self.termWords.first(where: { after == $0 || after.hasPrefix($0 + " ") || after.hasPrefix($0 + ",") || after.hasPrefix($0 + ".") }) {
            let next = after.dropFirst(term.count).drop { $0 == " " }
            return !Self.aheadWords.contains { next.hasPrefix($0) }
        }
        if Self.countedFrom.contains(where: { after.hasPrefix($0) }) { return true }
        var before = lowerWords(max(0, range.lowerBound - 40)..<range.lowerBound)
        // "extend the Term for one additional period of five (5) years by giving … notice": the length of a renewal.
        if before.count >= 3, before[before.count - 1] == "of", Self.termWords.contains(before[before.count - 2]),
           Self.renewed.contains(before[before.count - 3]) {
            return !Self.aheadWords.contains { after.hasPrefix($0) }
        }
        while let last = before.last, Self.fillers.contains(last) { before.removeLast() }
        guard let word = before.last else { return false }
        if Self.deadline.contains(word) { return !Self.aheadWords.contains { after.hasPrefix($0) } }
        if Self.lasting.contains(word) { return Self.fromWords.contains { after.hasPrefix($0 + " ") } }
        if Self.granted.contains(word) { return Self.grantedUse.contains { after.hasPrefix($0 + " ") } }
        return false
    }

    /// The text after a period, lower-cased, without the apostrophe, bracket or comma that may close it.
    private static func wordsAfter(_ text: String) -> String {
        String(text.lowercased().drop { $0 == " " || $0 == "'" || $0 == "’" || $0 == ")" || $0 == "," })
    }
}
