/// A length of time: "30天", "两个月", "15个工作日", "thirty (30) days".
public struct DurationValue: Sendable, Hashable, Codable {
    /// The number as written (2 for 两个月, 0.5 for 半个月).
    public var value: Double
    public var unit: DurationUnit
    /// Calendar days: day 1, week 7, month 30, quarter 90, year 365 (half a year 180), hour 1/24.
    /// Business days are counted one for one (days == value) with `businessDays` set.
    public var days: Double
    public var businessDays: Bool

    public init(value: Double, unit: DurationUnit) {
        self.value = value
        self.unit = unit
        // Part of a year is counted in months (半年 and "half a year" are six months: 180 days, as 六个月 is).
        let whole = value.rounded(.down)
        self.days = unit == .year && value != whole ? whole * unit.days + (value - whole) * 12 * DurationUnit.month.days : value * unit.days
        self.businessDays = unit == .businessDay
    }
}

public enum DurationUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case hour, day, businessDay, week, month, quarter, year

    /// Calendar days per unit (business days count one for one).
    public var days: Double {
        switch self {
        case .hour: return 1.0 / 24.0
        case .day, .businessDay: return 1
        case .week: return 7
        case .month: return 30
        case .quarter: return 90
        case .year: return 365
        }
    }
}
