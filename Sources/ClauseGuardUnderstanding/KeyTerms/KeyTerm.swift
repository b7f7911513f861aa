import ClauseGuardModel
import ClauseGuardText

/// One key term of a contract, risky or not: a termination right, a penalty, a notice period, a renewal.
/// The contract abstract a lawyer reads before the risks.
public struct KeyTerm: Sendable, Codable, Hashable {
    public enum Family: String, Sendable, Codable, CaseIterable {
        case termination, penalty, notice, auto_renewal
    }
    public var family: Family
    public var location: KeyTermLocation
    /// Who holds the right (termination), pays (penalty), gives notice (notice); nil when the clause names nobody.
    public var party: FrameActor?
    /// To whom (the penalty's payee, the notice's addressee).
    public var counterparty: FrameActor?
    public var modality: Modality?
    public var trigger: Trigger?
    public var cause: String?
    public var values: FrameValues
    /// notice: what the notice is for.
    public var purpose: NoticePurpose?
    /// auto_renewal: the contract renews itself unless someone objects.
    public var automatic: Bool?
    /// penalty: a fee that is kept (不予退还) rather than paid.
    public var forfeiture: Bool
    /// One line in each language: "乙方(服务方)可随时解除", "Inktomi (the provider) may terminate without cause".
    public var summary: LocalizedText

    public init(family: Family, location: KeyTermLocation, party: FrameActor?, counterparty: FrameActor?, modality: Modality?,
                trigger: Trigger?, cause: String?, values: FrameValues, purpose: NoticePurpose?, automatic: Bool?,
                forfeiture: Bool, summary: LocalizedText) {
        self.family = family; self.location = location; self.party = party; self.counterparty = counterparty
        self.modality = modality; self.trigger = trigger; self.cause = cause; self.values = values; self.purpose = purpose
        self.automatic = automatic; self.forfeiture = forfeiture; self.summary = summary
    }
}

public enum NoticePurpose: String, Sendable, Codable, CaseIterable {
    /// `renewal`: a party's notice that it wants to renew or extend (an option to renew), not one that stops a renewal.
    case termination, non_renewal, renewal, price_change, other
}

/// Where a key term is, in the same terms as a finding's location.
public struct KeyTermLocation: Sendable, Codable, Hashable {
    public var blockIndex: Int
    /// 1-based paragraph.
    public var paragraph: Int
    public var clause: String
    public var clausePath: [String]
    /// The sentence, as written.
    public var excerpt: String

    public init(blockIndex: Int, paragraph: Int, clause: String, clausePath: [String], excerpt: String) {
        self.blockIndex = blockIndex; self.paragraph = paragraph; self.clause = clause; self.clausePath = clausePath; self.excerpt = excerpt
    }
}
