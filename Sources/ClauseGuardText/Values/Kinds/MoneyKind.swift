/// `{money:name}`: an amount of money (see `MoneyValue`).
extension MoneyValue: ValueKind {
    public static let kind = PlaceholderKind.money
    public static var pattern: String { MoneyParser.pattern }
    public static func parse(_ normalised: String) -> MoneyValue? { MoneyParser.parse(normalised) }
    public static let fieldNames = ["amount", "currency"]

    public func field(_ name: String) -> ConditionOperand? {
        switch name {
        case "amount": return .number(amount)
        case "currency": return .string(currency)
        default: return nil
        }
    }

    public func display(in language: Language) -> String {
        let figure = ValueFormatting.grouped(amount)
        if language == .zh {
            switch currency {
            case "CNY": return figure + "元"
            case "USD": return figure + "美元"
            case "EUR": return figure + "欧元"
            case "HKD": return figure + "港元"
            default: return currency + " " + figure
            }
        }
        return (currency == "CNY" ? "RMB" : currency) + " " + figure
    }

    public var jsonFields: [(name: String, value: JSONScalar)] { [("amount", .number(amount)), ("currency", .string(currency))] }

    public init(json: ValueJSONFields) throws {
        self.init(amount: try json.decode(Double.self, "amount"), currency: try json.decode(String.self, "currency"))
    }
}
