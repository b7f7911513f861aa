/// `{percent:name}`: a percentage, 30 for "30%", "百分之三十", "thirty percent".
public struct PercentValue: ValueKind {
    public var percent: Double
    public init(_ percent: Double) { self.percent = percent }

    public static let kind = PlaceholderKind.percent
    public static var pattern: String { PercentParser.pattern }
    public static func parse(_ normalised: String) -> PercentValue? { PercentParser.parse(normalised).map(PercentValue.init) }
    public static let fieldNames = ["percent", "value"]
    public func field(_ name: String) -> ConditionOperand? { name == "percent" || name == "value" ? .number(percent) : nil }
    public func display(in language: Language) -> String { ValueFormatting.plain(percent) + "%" }
    public var jsonFields: [(name: String, value: JSONScalar)] { [("percent", .number(percent))] }
    public init(json: ValueJSONFields) throws { percent = try json.decode(Double.self, "percent") }
}
