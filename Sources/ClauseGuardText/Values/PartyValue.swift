/// A contracting party: "乙方", "Party B", "the Supplier", "任何一方".
public struct PartyValue: Sendable, Hashable, Codable {
    /// Canonical surface form: "甲方", "乙方", "双方", "任何一方", "Party A", "Service Provider", "either party" …
    public var label: String
    public var role: PartyRole

    public init(label: String, role: PartyRole) {
        self.label = label
        self.role = role
    }
}

public enum PartyRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// The party receiving goods or services and paying (甲方, 委托方, Party A, Client, Customer, Buyer …).
    case client
    /// The party delivering (乙方, 受托方, 服务方, Party B, Provider, Supplier, Vendor …).
    case provider
    /// Both parties together (双方, both parties, each party).
    case both
    /// Either one of the parties (任何一方, 一方, either party).
    case either
    case other
}
