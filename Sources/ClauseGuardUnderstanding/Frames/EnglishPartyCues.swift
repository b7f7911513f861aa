/// English cues that decide which party a frame's actor is, beside the party named last before the modal.
extension SentenceReading {
    /// "Vendor, but not Acme, may terminate" / "the Agency, and not the Client, …": a party named only to be excluded
    /// from what follows is not its actor.
    func isExcluded(_ mention: Mention) -> Bool {
        guard !chinese else { return false }
        let before = text(max(0, mention.start - 8)..<mention.start).lowercased()
        return before.hasSuffix("not ") || before.hasSuffix("not the ")
    }

    /// The agent of a passive: "terminated by Customer", "by the Agency".
    func isAgent(_ mention: Mention) -> Bool {
        let before = text(max(0, mention.start - 8)..<mention.start).lowercased()
        return before.hasSuffix("by ") || before.hasSuffix("by the ")
    }

    /// "shall continue on a month-to-month basis until either party terminates it by giving sixty days' notice": the
    /// party that, in a clause of "until" or "unless", ends the contract in the present tense is the one who may.
    func partyEndingIt(before hit: LexiconHit) -> Mention? {
        guard !chinese, text(hit.start..<hit.end).lowercased().hasSuffix("s") else { return nil }
        guard let m = mentions.last(where: { $0.end <= hit.start && hit.start - $0.end <= 1 }), !m.isOther,
              let word = lowerWords(segmentStart(m.start)..<m.start).last else { return nil }
        return word == "until" || word == "unless" ? m : nil
    }

    /// "The Initial Term is non-cancellable by Customer": a modal that is its own action (a bar stated as a property
    /// of the term) names its agent right after it, as a passive does.
    func agent(after modalEnd: Int) -> Mention? {
        guard !chinese else { return nil }
        return mentions.first { m in
            guard m.start >= modalEnd, m.start - modalEnd <= 8, !m.isOther else { return false }
            let between = text(modalEnd..<m.start).lowercased()
            return between == " by " || between == " by the "
        }
    }
}
