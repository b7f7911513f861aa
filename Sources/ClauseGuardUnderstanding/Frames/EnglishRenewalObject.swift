/// In English "renew" and "extend" are renewal only when what renews is the contract or its term: "This Agreement shall
/// renew", "the Client may extend the Initial Term", "renewed for successive one-year periods", "each Renewal Term". Not
/// "extend the time for performance", "extend its best efforts", "the licenses … extend to products", "renew
/// registrations" or "renewal premiums".
extension SentenceReading {
    /// What a contract's renewal renews.
    /// A lease or a franchise is the contract itself in a lease or a franchise agreement ("option to renew this Lease").
    private static let contractNouns: Set<String> = ["agreement", "term", "terms", "contract", "engagement", "subscription",
                                                     "services", "maintenance", "sow", "lease", "sublease", "franchise",
                                                     // A charter party, a licence agreement: "option to extend this Charter",
                                                     // "extend this Licence". (Not a tenancy: a tenancy renewed may be one the
                                                     // lease creates, not the lease.)
                                                     "charter", "licence"]
    /// Words between a renewal verb and its object: "renew this Agreement", "extend the then-current Term", "extend the
    /// Retainer Term", "extend the Minimum Term".
    private static let determiners: Set<String> = ["the", "this", "such", "its", "any", "each", "said", "initial", "then-current",
                                                   "current", "original", "existing", "renewal", "license", "service", "then",
                                                   "agreement's", "contract's", "retainer", "minimum"]
    /// Words between the contract and its renewal verb: "This Agreement shall thereafter automatically be renewed".
    private static let auxiliaries: Set<String> = ["shall", "will", "may", "can", "must", "automatically", "thereafter", "then",
                                                   "be", "is", "are", "each", "further", "successively", "only", "also", "not",
                                                   "continue", "to", "and", "thereupon"]
    /// Prepositions that make a noun before the verb something else's complement: "the licenses granted in this Agreement
    /// extend to …".
    private static let prepositions: Set<String> = ["in", "under", "by", "with", "to", "from", "into", "hereunder", "for"]
    /// After "renewed for" / "extended for": a renewal's length or number.
    private static let lengths: Set<String> = ["a", "an", "additional", "successive", "consecutive", "further", "another",
                                               "subsequent", "like", "renewal", "period", "periods", "one", "two", "three",
                                               "four", "five", "six", "ten", "twelve", "up", "one-year", "two-year", "1", "2",
                                               "3", "5", "12", "equal"]

    /// Whether the renewal word of `hit` renews the contract or its term (never in a definition: `definesATerm`).
    func renewsTheContract(_ hit: LexiconHit) -> Bool {
        if definesATerm { return false }
        guard !chinese else { return !extendsAnotherTime(hit) }
        let word = text(hit.start..<hit.end).lowercased()
        // Words that only ever say renewal: "roll over", "from year to year", "automatically renews".
        guard word.hasPrefix("renew") || word.hasPrefix("extend") || word.hasPrefix("extension") else { return true }
        let after = markTrimmedWords(hit.end..<min(bytes.count, hit.end + 60))
        let before = markTrimmedWords(max(0, hit.start - 80)..<hit.start)
        // "renews automatically", "subject to any automatic renewal": only a term renews by itself.
        if ["automatically", "automatic"].contains(after.first ?? "") || ["automatically", "automatic"].contains(before.last ?? "") { return true }
        // "renews by itself for another 6 months", "renews on its own": the same in plain words.
        if after.starts(with: ["by", "itself"]) || after.starts(with: ["on", "its", "own"]) { return true }
        // "Renewal Term", "extension period".
        if word.hasPrefix("renewal") || word.hasPrefix("extension"), let next = after.first,
           ["term", "terms", "period", "periods", "year", "years"].contains(next) { return true }
        // "renew this Agreement", "extend the Initial Term", "extension of this Agreement".
        var rest = after[...]
        if word.hasPrefix("renewal") || word.hasPrefix("extension") {
            guard rest.first == "of" else { return subject(before) }
            rest = rest.dropFirst()
        }
        var skipped: String?
        while let w = rest.first, Self.determiners.contains(w) { skipped = w; rest = rest.dropFirst() }
        if let w = rest.first, Self.contractNouns.contains(w) { return true }
        // "extend the Initial Service Period by one additional year": the term by another name.
        if rest.first == "period", skipped == "service" { return true }
        // "renewed for an additional one (1) year term", "renew maintenance for subsequent periods".
        for skip in 0...1 where after.count > skip + 1 && after[skip] == "for" || after.count > skip + 1 && after[skip] == "by" {
            if Self.lengths.contains(after[skip + 1]) { return true }
        }
        return subject(before)
    }

    /// "This Agreement shall automatically renew", "the term of this Agreement may be extended": the contract is the
    /// subject, a few auxiliary words before the verb.
    private func subject(_ before: [String]) -> Bool {
        var words = before[...]
        var skipped = 0
        while let last = words.last, Self.auxiliaries.contains(last), skipped < 5 { words = words.dropLast(); skipped += 1 }
        guard let noun = words.last, Self.contractNouns.contains(noun) else { return false }
        var front = words.dropLast()
        while let w = front.last, Self.determiners.contains(w) { front = front.dropLast() }
        return !(front.last.map(Self.prepositions.contains) ?? false)
    }

    private static let marks: Set<Character> = ["(", ")", "\"", "“", "”", "'", "’", ",", ".", ";", ":"]

    /// Lower-cased words without the punctuation around them.
    private func markTrimmedWords(_ range: Range<Int>) -> [String] {
        lowerWords(range).map { word in
            let front = word.drop { Self.marks.contains($0) }
            return front.lastIndex { !Self.marks.contains($0) }.map { String(front[...$0]) } ?? ""
        }.filter { !$0.isEmpty }
    }
}
