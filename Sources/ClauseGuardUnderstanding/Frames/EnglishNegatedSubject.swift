/// "No Fees shall be refunded", "In no event will Provider refund", "…, and no breach, however serious, shall entitle…": in
/// English a subject introduced by "no" (after "and" or before a short aside too), or a
/// negative adverbial before an inverted modal, negates what the modal governs, though the negation stands before the
/// modal rather than between it and the action.
extension SentenceReading {
    /// Words after "no" that make a time or an amount, not a negation ("No later than 30 days before expiry, …").
    private static let measures: Set<String> = ["later", "earlier", "sooner", "less", "more", "fewer", "longer", "shorter"]
    /// "In no event", "Under no circumstances", "At no time" (shall / will …).
    private static let adverbials: [[String]] = [["in", "no", "event"], ["under", "no", "circumstances"], ["at", "no", "time"]]
    private static let joiners: Set<String> = ["and", "but", "or"]
    private static let asideWords = 3
    private static let no = Array("no".utf8)

    /// Words that open a negated subject: "no …", or "and / but / or" before one.
    private static func opensSubject(_ words: [String]) -> Bool {
        words.first == "no" || joiners.contains(words.first ?? "")
    }

    func negatedSubject(before modalStart: Int) -> Bool {
        guard !chinese else { return false }
        var start = segmentStart(modalStart)
        var words = lowerWords(start..<modalStart)
        // "and no breach, however serious, shall entitle either party to terminate": a short aside between the subject
        // and the modal; the subject is the sub-clause before it. (Not past a modal that is itself a negative, "…, no
        // compensation, no refund of the retainer": nothing to find.)
        let ownNegative = startsCaseless(modalStart..<bytes.count, with: Self.no)
        var hops = 0
        while !ownNegative, hops < 2, words.count <= Self.asideWords, !Self.opensSubject(words), start > 1 {
            let piece = segmentStart(start - 1)
            let pieceWords = lowerWords(piece..<(start - 1))
            words = pieceWords + words
            start = piece
            hops += 1
            if Self.opensSubject(pieceWords) { break }
        }
        // Only a subject that opens its piece: a longer clause hopped into says nothing of the modal.
        if hops > 0 || ownNegative, !Self.opensSubject(words) { return false }
        // A subject joined to the sentence before it: "…, and no Fees shall be refunded".
        if let first = words.first, Self.joiners.contains(first) { words.removeFirst() }
        // A clause number or list label in front: "11.6", "(b)", "b)".
        while let first = words.first,
              first.allSatisfy({ $0.isNumber || $0 == "." || $0 == "(" || $0 == ")" }) || (first.hasSuffix(")") && first.count <= 4) {
            words.removeFirst()
        }
        if Self.adverbials.contains(where: { words.starts(with: $0) }) { return true }
        guard words.count > 1, words[0] == "no" else { return false }
        return !Self.measures.contains(words[1])
    }
}
