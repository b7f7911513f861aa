import ClauseGuardText
import ClauseGuardUnderstanding

/// `{actor}` and `{counterparty}` in the messages of a pattern rule that also reads frames
/// (`or_frame: { actor: provider, … }`): a pattern match has no frame to name its actor, so the party is the one the
/// rule's frame would have named. A Chinese contract's party is written in the rules' letters (乙方 = provider), which
/// the analyzer turns into the contract's own letters or role words with the rest of the finding; an English one is
/// named as the contract names it ("Inktomi (provider)").
struct RoleNames {
    private let client: PartyValue
    private let provider: PartyValue

    init(_ parties: PartyMap?, chinese: Bool) {
        func named(_ role: FrameRole, letter: String, plain: String, _ partyRole: PartyRole) -> PartyValue {
            if chinese { return PartyValue(label: letter, role: partyRole) }
            // Party A / Party B are letters the analyzer swaps back later; any other name is the contract's own.
            if let label = parties?.parties(in: role).first?.label, !label.hasPrefix("Party ") {
                return PartyValue(label: label, role: partyRole)
            }
            return PartyValue(label: plain, role: .other)
        }
        client = named(.client, letter: "甲方", plain: "the client", .client)
        provider = named(.provider, letter: "乙方", plain: "the provider", .provider)
    }

    /// The match's own values, with `actor` and `counterparty` added when the rule's `or_frame` names one role.
    func filling(_ values: [String: ExtractedValue], for rule: Rule) -> [String: ExtractedValue] {
        guard let actors = rule.orFrame?.actors, actors.count == 1, let role = actors.first else { return values }
        let (actor, other): (PartyValue, PartyValue)
        switch role {
        case .client: (actor, other) = (client, provider)
        case .provider: (actor, other) = (provider, client)
        default: return values
        }
        var out = values
        if out["actor"] == nil { out["actor"] = .party(actor) }
        if out["counterparty"] == nil { out["counterparty"] = .party(other) }
        return out
    }
}
