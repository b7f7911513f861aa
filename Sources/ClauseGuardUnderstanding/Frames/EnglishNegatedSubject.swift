/// "No Fees shall be refunded", "In no event will Provider refund": in English a subject introduced by "no", or a
/// negative adverbial before an inverted modal, negates what the modal governs, though the negation stands before the
/// modal rather than between it and the action.
extension SentenceReading {
    /// Words after "no" that make a time or an amount, not a negation ("No later than 30 days before expiry, …").
    private static let measures: Set<String> = ["later", "earlier", "sooner", "less", "more", "fewer", "longer", "shorter"]
    /// "In no event", "Under no circumstances", "At no time" (shall / will …).
    private static let adverbials: [[String]] = [["in", "no", "event"], ["under", "no", "circumstances"], ["at", "no", "time"]]

    func negatedSubject(before modalStart: Int) -> Bool {
        guard !chinese else { return false }
        var words = lowerWords(segmentStart(modalStart)..<modalStart)
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
