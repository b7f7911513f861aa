/// A typed value parsed from text a placeholder captured.
public enum ExtractedValue: Sendable, Hashable, Codable {
    case number(Double)
    case duration(DurationValue)
    case money(MoneyValue)
    /// 30 for 30%.
    case percent(Double)
    case party(PartyValue)
    case date(DateValue)

    public var kind: PlaceholderKind {
        switch self {
        case .number: return .number
        case .duration: return .duration
        case .money: return .money
        case .percent: return .percent
        case .party: return .party
        case .date: return .date
        }
    }

    /// Field for conditions such as `notice.days > 30`, `penalty.percent >= 30`, `minimum.amount >= 5000`,
    /// `party == 乙方`, `party.role == provider`. nil name = the default field (duration→days, money→amount,
    /// percent→percent, number→value, party→label, date→iso). Unknown field → nil; so is a date part left blank.
    public func field(_ name: String?) -> ConditionOperand? {
        let name = name ?? Self.defaultField(for: kind)
        switch self {
        case .number(let v):
            return name == "value" ? .number(v) : nil
        case .percent(let p):
            return name == "percent" || name == "value" ? .number(p) : nil
        case .duration(let d):
            switch name {
            case "days": return .number(d.days)
            case "value": return .number(d.value)
            case "unit": return .string(d.unit.rawValue)
            case "business": return .number(d.businessDays ? 1 : 0)
            case "hours": return .number(d.days * 24)
            case "weeks": return .number(d.days / 7)
            case "months": return .number(d.days / 30)
            case "years": return .number(d.days / 365)
            default: return nil
            }
        case .money(let m):
            switch name {
            case "amount": return .number(m.amount)
            case "currency": return .string(m.currency)
            default: return nil
            }
        case .party(let p):
            switch name {
            case "label": return .string(p.label)
            case "role": return .string(p.role.rawValue)
            default: return nil
            }
        case .date(let d):
            switch name {
            case "iso": return .string(d.iso)
            case "year": return d.year.map { .number(Double($0)) }
            case "month": return d.month.map { .number(Double($0)) }
            case "day": return d.day.map { .number(Double($0)) }
            case "time": return d.time.map { .string($0) }
            default: return nil
            }
        }
    }

    /// The field a bare placeholder name stands for in a condition.
    public static func defaultField(for kind: PlaceholderKind) -> String {
        switch kind {
        case .duration: return "days"
        case .money: return "amount"
        case .percent: return "percent"
        case .number: return "value"
        case .party: return "label"
        case .date: return "iso"
        }
    }

    /// Field names valid for this kind (for load-time validation of conditions). The default field comes first.
    public static func fieldNames(for kind: PlaceholderKind) -> [String] {
        switch kind {
        case .duration: return ["days", "value", "unit", "business", "hours", "weeks", "months", "years"]
        case .money: return ["amount", "currency"]
        case .percent: return ["percent", "value"]
        case .number: return ["value"]
        case .party: return ["label", "role"]
        case .date: return ["iso", "year", "month", "day", "time"]
        }
    }

    /// Short human form in English and Chinese: "60 days"/"60天", "RMB 5,000"/"5,000元", "30%", "Party B (provider)"/"乙方".
    public func display(in language: Language) -> String {
        switch self {
        case .number(let v):
            return ValueFormatting.plain(v)
        case .percent(let p):
            return ValueFormatting.plain(p) + "%"
        case .duration(let d):
            return Self.display(d, in: language)
        case .money(let m):
            let amount = ValueFormatting.grouped(m.amount)
            if language == .zh {
                switch m.currency {
                case "CNY": return amount + "元"
                case "USD": return amount + "美元"
                case "EUR": return amount + "欧元"
                case "HKD": return amount + "港元"
                default: return m.currency + " " + amount
                }
            }
            return (m.currency == "CNY" ? "RMB" : m.currency) + " " + amount
        case .party(let p):
            if language == .zh { return PartyParser.chineseName(p) }
            let name = PartyParser.englishName(p)
            switch p.role {
            case .client, .provider: return "\(name) (\(p.role.rawValue))"
            default: return name
            }
        case .date(let d):
            if language == .zh {
                if d.year == nil, d.month == nil, d.day == nil { return "____年__月__日" + (d.time ?? "") }
                var s = d.year.map { "\($0)年" } ?? ""
                s += d.month.map { "\($0)月" } ?? "__月"
                if let day = d.day { s += "\(day)日" } else if d.year == nil { s += "__日" }
                return s + (d.time ?? "")
            }
            let iso = d.iso
            let base = iso.isEmpty ? "(blank date)" : iso
            return d.time.map { base + " " + $0 } ?? base
        }
    }

    private static func display(_ d: DurationValue, in language: Language) -> String {
        let n = ValueFormatting.plain(d.value)
        if language == .zh {
            if d.value == 0.5 {
                switch d.unit {
                case .month: return "半个月"
                case .year: return "半年"
                case .day: return "半天"
                case .hour: return "半小时"
                default: break
                }
            }
            switch d.unit {
            case .hour: return n + "小时"
            case .day: return n + "天"
            case .businessDay: return n + "个工作日"
            case .week: return n + "周"
            case .month: return n + "个月"
            case .quarter: return n + "个季度"
            case .year: return n + "年"
            }
        }
        let one = d.value == 1
        let unit: String
        switch d.unit {
        case .hour: unit = one ? "hour" : "hours"
        case .day: unit = one ? "day" : "days"
        case .businessDay: unit = one ? "business day" : "business days"
        case .week: unit = one ? "week" : "weeks"
        case .month: unit = one ? "month" : "months"
        case .quarter: unit = one ? "quarter" : "quarters"
        case .year: unit = one ? "year" : "years"
        }
        return n + " " + unit
    }
}
