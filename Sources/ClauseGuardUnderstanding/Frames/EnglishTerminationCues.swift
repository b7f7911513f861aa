/// English cues that tell a termination from talk about it: "upon the expiration or termination of this Agreement" is a
/// time, "Termination by NCM" a heading, "an irrevocable license" a property of something else than the contract; and
/// "may terminate … if the Agency's key person dies" a right under a condition, not one at will.
extension SentenceReading {
    /// Words that may stand between a preposition and the termination word ("upon the expiration or termination").
    private static let fillers: Set<String> = ["the", "any", "such", "its", "this", "that", "an", "a", "early", "or", "and",
                                               "expiration", "expiry", "effective", "final", "natural", "actual"]
    /// Prepositions that make the termination a time ("upon termination", "survive termination").
    private static let timeWords: Set<String> = ["upon", "after", "following", "before", "on", "until", "since", "survive",
                                                 "survives", "surviving", "notwithstanding", "with", "through", "at", "by", "from"]
    /// Nouns before "of" / "to" that make it a time: "the time of termination", "prior to termination".
    private static let timeNouns: Set<String> = ["time", "date", "day", "effect", "effects", "event", "case", "result",
                                                 "consequence", "consequences", "prior", "subsequent", "connection"]

    /// Whether the English termination word of `hit` names a time or an event talked about rather than the act:
    /// "upon the expiration or termination of this Agreement", "survive termination", "the effective date of termination".
    func refersToTheEnd(_ hit: LexiconHit) -> Bool {
        guard !chinese else { return false }
        var words = lowerWords(segmentStart(hit.start)..<hit.start)
        while let last = words.last, Self.fillers.contains(last) { words.removeLast() }
        guard let last = words.last else { return false }
        if Self.timeWords.contains(last) { return true }
        guard last == "of" || last == "to", words.count >= 2 else { return false }
        return Self.timeNouns.contains(words[words.count - 2])
    }

    /// "shall have the right to use … means for business inquiries and cancellation": a modal governs a verb; the noun
    /// of termination far after it is another verb's object. Near it, it is the right's ("may give notice of termination").
    func isDistantNoun(_ hit: LexiconHit, after modalEnd: Int) -> Bool {
        guard !chinese, text(hit.start..<hit.end).lowercased().hasSuffix("tion") else { return false }
        return hit.start - modalEnd > 24
    }

    /// What a termination word may end that is not the contract: an order, a shipment, an insurance policy.
    private static let otherThings: Set<String> = ["order", "orders", "purchase", "shipment", "shipments", "delivery", "deliveries",
                                                   "coverage", "policy", "policies", "insurance", "reservation", "reservations",
                                                   "booking", "bookings",
                                                   // "terminate any Sublicense", "terminate its arrangements with any Approved
                                                   // Subcontractor": a contract under this one, which goes on.
                                                   "sublicense", "sublicenses", "sublicence", "sublicences", "subcontract",
                                                   "subcontracts", "subcontractor", "subcontractors", "arrangements",
                                                   // "take action against third parties … to prevent or terminate misuse,
                                                   // infringement, dilution": a wrong stopped, not the contract.
                                                   "misuse", "infringement", "infringements", "dilution", "misappropriation",
                                                   "violation", "violations"]
    private static let contractThings: Set<String> = ["agreement", "contract", "term", "engagement", "relationship", "services", "subscription"]
    private static let definedSelfNames: Set<String> = ["booking", "reservation", "hire", "subcontract"]

    /// "cancel any or all products on order", "terminate or materially modify such policy": the termination word's object,
    /// within its next six words, is something else than the contract (the contract named first wins: "terminate this
    /// Agreement and any open purchase orders"). In Chinese: staff dismissed, an order cancelled (`endsAnotherThingInChinese`).
    func endsAnotherThing(_ hit: LexiconHit) -> Bool {
        guard !chinese else { return endsAnotherThingInChinese(hit) }
        if let other = Self.objectIsAnotherThing(text(hit.end..<min(bytes.count, hit.end + 60))) { return other }
        // "Purchase Orders … may be … canceled in their entirety by Premier": a passive's object is its subject, before it.
        guard isParticiple(hit) else { return false }
        let subject = lowerWords(segmentStart(hit.start)..<hit.start).map { $0.filter(\.isLetter) }
        return subject.contains(where: Self.otherThings.contains) && !subject.contains(where: Self.contractThings.contains)
    }

    /// What the English words after a termination word end, within six words: true for something else than the contract,
    /// false for the contract, nil when they name neither.
    static func objectIsAnotherThing(_ after: some StringProtocol) -> Bool? {
        let original = Array(after.split { !$0.isLetter }.prefix(6))
        let words = original.map { $0.lowercased() }
        for (k, word) in words.enumerated() {
            if contractThings.contains(String(word)) { return false }
            // "The Venue may cancel the Booking", "Contractor may terminate this Subcontract": a contract's defined name
            // for itself (capitalised, singular, after "the" / "this"), not one of many bookings under it.
            if definedSelfNames.contains(word), original[k].first?.isUppercase == true, k > 0, words[k - 1] == "the" || words[k - 1] == "this" {
                return false
            }
            // "terminate this Order Form": an order form is the contract a SaaS or agency deal is signed on.
            if word == "order", k + 1 < words.count, words[k + 1] == "form" || words[k + 1] == "forms" { return false }
            // "terminate the affected Service Orders": a service order is a service under a master agreement; "cancel this
            // Insertion Order": an insertion order is the contract an advertising campaign is bought on.
            if word == "service" || word == "insertion", k + 1 < words.count, words[k + 1] == "order" || words[k + 1] == "orders" { return false }
            if otherThings.contains(String(word)) { return true }
        }
        return nil
    }

    private static let pointers = ["as per section", "as per article", "as per clause", "pursuant to section", "pursuant to article",
                                   "pursuant to clause", "in accordance with section", "in accordance with article",
                                   "in accordance with clause", "as provided in section", "as provided in article", "as set forth in section",
                                   "as set forth in article", "under section", "under article", "hereunder"]

    /// "may terminate this Agreement as per Section 19", "unless terminated by either Party hereunder": the right is the
    /// one another clause gives, whose grounds this sentence does not state.
    func pointsToAnotherClause() -> Bool {
        guard !chinese else { return false }
        let lower = text(0..<bytes.count).lowercased()
        return Self.pointers.contains { lower.contains($0) }
    }

    /// What a passive termination stands in: the exception to an automatic renewal ("shall automatically renew for
    /// one-year terms unless terminated by either party"), an "earlier" end the contract's other clauses give ("unless
    /// sooner terminated"), or neither.
    enum PassiveException { case renewal, earlier, none }

    private static let earlierWords: Set<String> = ["sooner", "earlier", "previously", "otherwise", "prior"]

    /// The exception a passive termination stands in: "unless" (with "sooner", "earlier" …) right before the participle.
    func passiveException(_ hit: LexiconHit) -> PassiveException {
        guard !chinese else { return .none }
        let words = lowerWords(segmentStart(hit.start)..<hit.start).suffix(3)
        guard let unless = words.lastIndex(of: "unless") else { return .none }
        let between = words[(unless + 1)...].filter { $0 != "be" && $0 != "is" && $0 != "been" }
        if between.contains(where: Self.earlierWords.contains) { return .earlier }
        guard between.isEmpty else { return .none }
        // The renewal stands before the exception, in the same sentence.
        let renews = hits.contains { $0.end <= hit.start && $0.categories.contains(.action(.renew)) && renewsTheContract($0) }
        return renews ? .renewal : .none
    }

    /// "terminated", "cancelled": the participle a passive is built on ("unless sooner terminated by either party"),
    /// not the noun of a heading ("Termination by NCM").
    func isParticiple(_ hit: LexiconHit) -> Bool {
        text(hit.start..<hit.end).lowercased().hasSuffix("ed")
    }

    /// "terminable", "cancellable": what a party may do to the contract, said of the contract ("shall continue on a
    /// month-to-month basis, terminable by Licensor upon thirty (30) days' written notice").
    func isAbilityAdjective(_ hit: LexiconHit) -> Bool {
        text(hit.start..<hit.end).lowercased().hasSuffix("able")
    }

    /// "if", "in the event", "in case", "should": a condition that states a cause. "upon" and "where" mostly state
    /// when or how ("upon thirty (30) days' notice").
    func statesACondition(_ hit: LexiconHit) -> Bool {
        let word = text(hit.start..<hit.end).lowercased()
        return word == "if" || word.hasPrefix("in the event") || word.hasPrefix("in case") || word == "should"
    }

    /// Nouns a bar stated as a property ("non-cancellable", "irrevocable") binds a party by: "this Agreement is
    /// irrevocable", "the Initial Term is non-cancellable", "Customer's commitment is non-cancellable"; not "an
    /// irrevocable license" or "its offer shall remain irrevocable".
    private static let commitments = ["agreement", "term", "commitment", "obligation", "order", "subscription", "contract"].map { Array($0.utf8) }

    /// "non-cancellable", "irrevocable": a bar worded as an adjective, not "no right of early termination".
    func isProperty(_ hit: LexiconHit) -> Bool {
        text(hit.start..<hit.end).lowercased().hasSuffix("ble")
    }

    func barsTheContract(before modalStart: Int) -> Bool {
        Self.commitments.contains { holds($0, in: segmentStart(modalStart)..<modalStart) }
    }

    /// "This Agreement terminates on …", "the Term ends", "these Terms end automatically" (plain terms of business), "this
    /// Lease shall terminate": the contract is the subject of the termination verb.
    private static let contractNouns = ["agreement", "term", "terms", "contract", "lease", "tenancy"].map { Array($0.utf8) }

    func contractIsTheSubject(of hit: LexiconHit) -> Bool {
        guard !chinese else { return false }
        let word = text(hit.start..<hit.end).lowercased()
        guard !word.hasSuffix("tion") else { return false }
        var end = hit.start
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        let before = max(0, end - 12)..<end
        return Self.contractNouns.contains { ends(before, with: $0) }
    }
}
