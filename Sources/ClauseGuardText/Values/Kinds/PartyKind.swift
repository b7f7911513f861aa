/// `{party:name}`: a contracting party (see `PartyValue`).
extension PartyValue: ValueKind {
    public static let kind = PlaceholderKind.party
    public static var pattern: String { PartyParser.pattern }
    public static func parse(_ normalised: String) -> PartyValue? { PartyParser.parse(normalised) }
    public static let fieldNames = ["label", "role"]

    public func field(_ name: String) -> ConditionOperand? {
        switch name {
        case "label": return .string(label)
        case "role": return .string(role.rawValue)
        default: return nil
        }
    }

    public func display(in language: Language) -> String {
        if language == .zh { return PartyParser.chineseName(self) }
        let name = PartyParser.englishName(self)
        switch role {
        case .client, .provider: return "\(name) (\(role.rawValue))"
        default: return name
        }
    }

    public var jsonFields: [(name: String, value: JSONScalar)] { [("label", .string(label)), ("role", .string(role.rawValue))] }

    public init(json: ValueJSONFields) throws {
        self.init(label: try json.decode(String.self, "label"), role: try json.decode(PartyRole.self, "role"))
    }
}
