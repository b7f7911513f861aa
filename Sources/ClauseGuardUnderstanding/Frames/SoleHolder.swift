import ClauseGuardText

/// "一方可提前十五日书面通知对方解除本合同。前述解除权仅由乙方享有": the second sentence gives the first one's right
/// (or duty: 前述违约金仅由乙方承担; "the indemnifying party shall be the Merchant only") to one party. Drafting that
/// states a neutral rule and then says who holds it would otherwise read as mutual.
extension FrameExtractor {
    /// The party a sentence gives what an earlier sentence says to, alone: a back-reference word (前述, "the
    /// foregoing") and a client or provider right after an "only" word (仅由乙方, "only by Harbourline") or right before
    /// one (Harbourline alone, the Merchant only). Nil for most sentences, after one byte search.
    func soleHolder(sentence bytes: [UInt8], parties: PartyMap, definedLabels: [String]) -> FrameActor? {
        let cues = backReference
        guard !cues.words.isEmpty else { return nil }
        let folded = bytes.contains { $0 &- 0x41 < 26 } ? bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 } : bytes
        guard cues.words.contains(where: { folded.contains($0) }) else { return nil }
        let reading = SentenceReading(bytes: bytes, hits: index.hits(in: bytes), index: index, parties: parties, definedLabels: definedLabels)
        for mention in reading.mentions where !mention.isOther && (mention.actor.role == .client || mention.actor.role == .provider) {
            var start = mention.start
            // "only by the Merchant": the article between the word and the party.
            if !reading.chinese, start >= 4, folded[(start - 4)..<start].elementsEqual(Self.article) { start -= 4 }
            while start > 0, folded[start - 1] == 0x20 { start -= 1 }
            var end = mention.end
            while end < folded.count, folded[end] == 0x20 { end += 1 }
            let before = cues.onlyBefore.contains { w in
                start >= w.count && folded[(start - w.count)..<start].elementsEqual(w)
            }
            let after = cues.onlyAfter.contains { w in
                guard end + w.count <= folded.count, folded[end..<(end + w.count)].elementsEqual(w) else { return false }
                // "alone" and "only" as whole words ("only" not "onlyness").
                return end + w.count == folded.count || !Self.isLetter(folded[end + w.count])
            }
            if before || after { return mention.actor }
        }
        return nil
    }

    /// The party on the other side of `actor`, as the contract names it.
    static func other(than actor: FrameActor, in parties: PartyMap) -> FrameActor? {
        guard let role = actor.role, role == .client || role == .provider else { return nil }
        let opposite: FrameRole = role == .client ? .provider : .client
        return parties.parties(in: opposite).first.map { FrameActor(text: $0.label, role: opposite) }
    }

    private static let article = Array("the ".utf8)
    private static func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) }
}
