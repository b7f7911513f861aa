/// `{date:name}`: a calendar date, parts possibly blank (see `DateValue`).
extension DateValue: ValueKind {
    public static let kind = PlaceholderKind.date
    public static var pattern: String { DateParser.pattern }
    public static func parse(_ normalised: String) -> DateValue? { DateParser.parse(normalised) }
    public static let fieldNames = ["iso", "year", "month", "day", "time"]

    public func field(_ name: String) -> ConditionOperand? {
        switch name {
        case "iso": return .string(iso)
        case "year": return year.map { .number(Double($0)) }
        case "month": return month.map { .number(Double($0)) }
        case "day": return day.map { .number(Double($0)) }
        case "time": return time.map { .string($0) }
        default: return nil
        }
    }

    public func display(in language: Language) -> String {
        if language == .zh {
            if year == nil, month == nil, day == nil { return "____年__月__日" + (time ?? "") }
            var s = year.map { "\($0)年" } ?? ""
            s += month.map { "\($0)月" } ?? "__月"
            if let day { s += "\(day)日" } else if year == nil { s += "__日" }
            return s + (time ?? "")
        }
        let base = iso.isEmpty ? "(blank date)" : iso
        return time.map { base + " " + $0 } ?? base
    }

    public var jsonFields: [(name: String, value: JSONScalar)] {
        var out: [(name: String, value: JSONScalar)] = []
        if let year { out.append(("year", .integer(year))) }
        if let month { out.append(("month", .integer(month))) }
        if let day { out.append(("day", .integer(day))) }
        if let time { out.append(("time", .string(time))) }
        return out
    }

    public init(json: ValueJSONFields) throws {
        self.init(year: try json.decodeIfPresent(Int.self, "year"), month: try json.decodeIfPresent(Int.self, "month"),
                  day: try json.decodeIfPresent(Int.self, "day"), time: try json.decodeIfPresent(String.self, "time"))
    }
}
