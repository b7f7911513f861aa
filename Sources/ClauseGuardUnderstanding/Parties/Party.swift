/// A contracting party as the contract defines it, with the side it is on and why ClauseGuard thinks so.
public struct Party: Sendable, Codable, Hashable {
    /// How the contract refers to it: 甲方, Party B, "Inktomi", "the Company".
    public var label: String
    /// The full name when the contract gives one (深圳某某科技有限公司, Inktomi Corporation).
    public var name: String?
    /// client or provider; nil when nothing in the contract says and no default applies.
    public var role: FrameRole?
    /// The words that gave the role, in the order found.
    public var evidence: [RoleEvidence]
    /// The short names the contract defines for it besides its label (杭州云帆电子商务有限公司（以下简称“云帆”）); nil
    /// when none.
    public var aliases: [String]?

    public init(label: String, name: String? = nil, role: FrameRole? = nil, evidence: [RoleEvidence] = [], aliases: [String]? = nil) {
        self.label = label; self.name = name; self.role = role; self.evidence = evidence; self.aliases = aliases
    }

    /// Whether the contract calls this party `word`: its label or one of its short names.
    public func isCalled(_ word: String) -> Bool { label == word || aliases?.contains(word) == true }
}

/// One piece of text that says which side a party is on.
public struct RoleEvidence: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// 甲方(委托方) / 委托方(以下简称"甲方") / Acme Inc. (the "Customer").
        case definition
        /// 甲方委托乙方… / Provider shall provide the Services to Customer.
        case recital
        /// The other party of a two-party contract whose first party's side is known.
        case counterpart
        /// Nothing in the contract said; the documented default applies.
        case `default`
        /// `--client` or `client:` in the config.
        case option
    }
    public var kind: Kind
    public var role: FrameRole
    /// The words that say it, as written.
    public var text: String
    /// Where (block index), when it comes from the text.
    public var blockIndex: Int?

    public init(kind: Kind, role: FrameRole, text: String, blockIndex: Int? = nil) {
        self.kind = kind; self.role = role; self.text = text; self.blockIndex = blockIndex
    }
}

/// Who is who in one contract.
public struct PartyMap: Sendable, Codable, Hashable {
    public enum Source: String, Sendable, Codable {
        /// The contract's own words gave every role.
        case contract
        /// Some role came from the documented default (甲方 = client / the first party named = client).
        case `default`
        /// The user said who the client is.
        case option
        /// The contract's words disagree; the majority of the evidence won (see `notes`).
        case conflict
    }
    public var parties: [Party]
    public var source: Source
    /// What a reader should know about how the roles were decided (conflicts, defaults).
    public var notes: [String]

    public init(parties: [Party] = [], source: Source = .default, notes: [String] = []) {
        self.parties = parties; self.source = source; self.notes = notes
    }

    /// The party called `label`: by its label or, failing that, one of its short names.
    public func party(labelled label: String) -> Party? { parties.first { $0.label == label } ?? parties.first { $0.isCalled(label) } }
    public func role(of label: String) -> FrameRole? { party(labelled: label)?.role }
    public func parties(in role: FrameRole) -> [Party] { parties.filter { $0.role == role } }

    /// True when the contract's letters run the other way from the rule pack's convention (甲方 = client).
    public var lettersSwapped: Bool {
        role(of: "甲方") == .provider || role(of: "乙方") == .client || role(of: "Party A") == .provider || role(of: "Party B") == .client
    }

    /// How a report names the party on `role`'s side: `乙方(服务方)`, `Inktomi (the provider)`; nil when no party is.
    public func display(_ role: FrameRole, chinese: Bool) -> String? {
        guard let party = parties(in: role).first else { return nil }
        if chinese { return "\(party.label)(\(role == .client ? "委托方" : "服务方"))" }
        return "\(party.label) (the \(role == .client ? "client" : "provider"))"
    }
}
