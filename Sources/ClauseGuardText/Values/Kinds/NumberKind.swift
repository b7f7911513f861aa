/// `{number:name}`: a plain number, in figures, Chinese numerals or English words.
public struct NumberValue: ValueKind {
    public var value: Double
    public init(_ value: Double) { self.value = value }

    public static let kind = PlaceholderKind.number
    public static var pattern: String { PatternFragments.number }
    public static func parse(_ normalised: String) -> NumberValue? { NumberParser.parse(normalised).map(NumberValue.init) }
    public static let fieldNames = ["value"]
    public func field(_ name: String) -> ConditionOperand? { name == "value" ? .number(value) : nil }
    public func display(in language: Language) -> String { ValueFormatting.plain(value) }
    public var jsonFields: [(name: String, value: JSONScalar)] { [("value", .number(value))] }
    public init(json: ValueJSONFields) throws { value = try json.decode(Double.self, "value") }
}
