/// Parties: 甲方, 乙方, 双方, 任何一方, 委托方, 服务商, Party A, the Client, Service Provider, either party …
public enum PartyParser {
    /// Chinese names: surface form → (canonical label, role). Longest first in the pattern.
    static let chinese: [(String, String, PartyRole)] = [
        ("甲方", "甲方", .client), ("乙方", "乙方", .provider), ("丙方", "丙方", .other), ("丁方", "丁方", .other),
        ("双方", "双方", .both), ("各方", "各方", .both), ("三方", "三方", .both),
        ("任何一方", "任何一方", .either), ("任意一方", "任何一方", .either), ("任一方", "任何一方", .either),
        ("另一方", "另一方", .other), ("对方", "对方", .other), ("一方", "一方", .either),
        ("委托方", "委托方", .client), ("委托人", "委托人", .client), ("受托方", "受托方", .provider), ("受托人", "受托人", .provider),
        ("服务提供方", "服务提供方", .provider), ("服务提供商", "服务提供商", .provider), ("服务方", "服务方", .provider),
        ("服务商", "服务商", .provider), ("运营方", "运营方", .provider), ("平台方", "平台方", .provider),
        ("供应商", "供应商", .provider), ("供货方", "供货方", .provider), ("供方", "供方", .provider), ("需方", "需方", .client),
        ("商家", "商家", .client), ("客户", "客户", .client), ("用户", "用户", .client),
        ("买方", "买方", .client), ("卖方", "卖方", .provider), ("采购方", "采购方", .client),
        ("出租方", "出租方", .provider), ("出租人", "出租人", .provider), ("承租方", "承租方", .client), ("承租人", "承租人", .client),
        ("发包方", "发包方", .client), ("承包方", "承包方", .provider), ("许可方", "许可方", .provider), ("被许可方", "被许可方", .client),
    ]

    /// English names, lower-case (without "the") → (canonical label, role).
    static let english: [(String, String, PartyRole)] = [
        ("party a", "Party A", .client), ("party b", "Party B", .provider), ("party c", "Party C", .other),
        ("party d", "Party D", .other),
        ("either party", "either party", .either), ("any party", "either party", .either), ("one party", "one party", .either),
        ("both parties", "both parties", .both), ("each party", "each party", .both), ("the parties", "the parties", .both),
        ("parties", "the parties", .both), ("all parties", "both parties", .both), ("neither party", "neither party", .either),
        ("other party", "other party", .other),
        ("service provider", "Service Provider", .provider), ("provider", "Provider", .provider),
        ("supplier", "Supplier", .provider), ("vendor", "Vendor", .provider), ("contractor", "Contractor", .provider),
        ("consultant", "Consultant", .provider), ("licensor", "Licensor", .provider), ("seller", "Seller", .provider),
        ("lessor", "Lessor", .provider), ("landlord", "Landlord", .provider),
        ("client", "Client", .client), ("customer", "Customer", .client), ("buyer", "Buyer", .client),
        ("purchaser", "Purchaser", .client), ("licensee", "Licensee", .client), ("lessee", "Lessee", .client),
        ("tenant", "Tenant", .client), ("merchant", "Merchant", .client),
    ]

    static func alternation(_ names: [String]) -> String {
        names.sorted { $0.count > $1.count }.map { $0 == "一方" ? "(?<![统同唯单])一方(?![面案式法向针])" : $0 }
            .joined(separator: "|")
    }

    public static let pattern: String = {
        let cn = alternation(chinese.map(\.0))
        let en = alternation(english.filter { $0.0 != "parties" && $0.0 != "the parties" }.map(\.0))
        return "(?:\(cn)|(?<![A-Za-z])(?i:(?:the )?(?:\(en))|the parties)(?![A-Za-z]))"
    }()

    public static func parse(_ raw: String) -> PartyValue? {
        let s = NumberParser.trim(raw)
        if let hit = chinese.first(where: { $0.0 == s }) { return PartyValue(label: hit.1, role: hit.2) }
        var lower = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
        if lower.hasPrefix("the "), lower != "the parties" { lower.removeFirst(4) }
        if let hit = english.first(where: { $0.0 == lower }) { return PartyValue(label: hit.1, role: hit.2) }
        return nil
    }

    static func englishName(_ p: PartyValue) -> String {
        switch p.label {
        case "甲方": return "Party A"
        case "乙方": return "Party B"
        case "丙方": return "Party C"
        case "丁方": return "Party D"
        case "双方", "各方", "三方": return "both parties"
        case "任何一方", "一方": return "either party"
        case "另一方", "对方": return "the other party"
        default: return p.label
        }
    }

    static func chineseName(_ p: PartyValue) -> String {
        switch p.label {
        case "Party A": return "甲方"
        case "Party B": return "乙方"
        case "Party C": return "丙方"
        case "Party D": return "丁方"
        case "both parties", "each party", "the parties": return "双方"
        case "either party", "one party": return "任何一方"
        case "neither party": return "任何一方均不"
        case "other party": return "对方"
        default:
            if p.label.unicodeScalars.contains(where: CJK.isCJK) { return p.label }
            switch p.role {
            case .client: return "\(p.label)(甲方)"
            case .provider: return "\(p.label)(乙方)"
            default: return p.label
            }
        }
    }
}
