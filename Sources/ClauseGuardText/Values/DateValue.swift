/// A calendar date as written; parts may be missing ("8月20日", "____年__月__日").
public struct DateValue: Sendable, Hashable, Codable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// "HH:MM" when a time of day was given ("24:00").
    public var time: String?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, time: String? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// ISO 8601 form of the known parts: "2025-08-20", "--08-20" (no year), "2025-08" (no day), "" (all blank).
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch (year, month, day) {
        case let (y?, m?, d?): return "\(y)-\(two(m))-\(two(d))"
        case let (nil, m?, d?): return "--\(two(m))-\(two(d))"
        case let (y?, m?, nil): return "\(y)-\(two(m))"
        case let (y?, nil, _): return "\(y)"
        case let (nil, m?, nil): return "--\(two(m))"
        case let (nil, nil, d?): return "---\(two(d))"
        default: return ""
        }
    }
}
