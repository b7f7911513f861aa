/// `{duration:name}`: a length of time (see `DurationValue`).
extension DurationValue: ValueKind {
    public static let kind = PlaceholderKind.duration
    public static var pattern: String { DurationParser.pattern }
    public static func parse(_ normalised: String) -> DurationValue? { DurationParser.parse(normalised) }
    public static let fieldNames = ["days", "value", "unit", "business", "hours", "weeks", "months", "years"]

    public func field(_ name: String) -> ConditionOperand? {
        switch name {
        case "days": return .number(days)
        case "value": return .number(value)
        case "unit": return .string(unit.rawValue)
        case "business": return .number(businessDays ? 1 : 0)
        case "hours": return .number(days * 24)
        case "weeks": return .number(days / 7)
        case "months": return .number(days / 30)
        case "years": return .number(days / 365)
        default: return nil
        }
    }

    public func display(in language: Language) -> String {
        let n = ValueFormatting.plain(value)
        if language == .zh {
            if value == 0.5 {
                switch unit {
                case .month: return "半个月"
                case .year: return "半年"
                case .day: return "半天"
                case .hour: return "半小时"
                default: break
                }
            }
            switch unit {
            case .hour: return n + "小时"
            case .day: return n + "天"
            case .businessDay: return n + "个工作日"
            case .week: return n + "周"
            case .month: return n + "个月"
            case .quarter: return n + "个季度"
            case .year: return n + "年"
            }
        }
        let one = value == 1
        let name: String
        switch unit {
        case .hour: name = one ? "hour" : "hours"
        case .day: name = one ? "day" : "days"
        case .businessDay: name = one ? "business day" : "business days"
        case .week: name = one ? "week" : "weeks"
        case .month: name = one ? "month" : "months"
        case .quarter: name = one ? "quarter" : "quarters"
        case .year: name = one ? "year" : "years"
        }
        return n + " " + name
    }

    public var jsonFields: [(name: String, value: JSONScalar)] {
        [("value", .number(value)), ("unit", .string(unit.rawValue)), ("days", .number(days)), ("business", .bool(businessDays))]
    }

    public init(json: ValueJSONFields) throws {
        self.init(value: try json.decode(Double.self, "value"), unit: try json.decode(DurationUnit.self, "unit"))
    }
}
