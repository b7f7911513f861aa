/// "No Fees shall be refunded", "No penalty shall be payable": in English a subject introduced by "no" negates what
/// the modal after it governs, though the negation stands before the modal rather than between it and the action.
extension SentenceReading {
    /// Words after "no" that make a time or an amount, not a negation ("No later than 30 days before expiry, …").
    private static let measures: Set<String> = ["later", "earlier", "sooner", "less", "more", "fewer", "longer", "shorter"]

    func negatedSubject(before modalStart: Int) -> Bool {
        guard !chinese else { return false }
        var words = text(segmentStart(modalStart)..<modalStart).lowercased().split(separator: " ").map(String.init)
        // A clause number or list label in front: "11.6", "(b)", "b)".
        while let first = words.first,
              first.allSatisfy({ $0.isNumber || $0 == "." || $0 == "(" || $0 == ")" }) || (first.hasSuffix(")") && first.count <= 4) {
            words.removeFirst()
        }
        guard words.count > 1, words[0] == "no" else { return false }
        return !Self.measures.contains(words[1])
    }
}
