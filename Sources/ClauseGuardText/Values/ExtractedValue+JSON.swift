/// JSON form of a value, documented in docs/report.schema.json: a flat object with its kind, its fields and the
/// English display text, e.g. `{"type":"duration","text":"2 months","value":2,"unit":"month","days":60,"business":false}`.
extension ExtractedValue {
    private enum Keys: String, CodingKey {
        case type, text, value, days, unit, business, amount, currency, percent, label, role, year, month, day, time
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind.rawValue, forKey: .type)
        try c.encode(display(in: .en), forKey: .text)
        switch self {
        case .number(let n):
            try c.encode(n, forKey: .value)
        case .duration(let d):
            try c.encode(d.value, forKey: .value)
            try c.encode(d.unit, forKey: .unit)
            try c.encode(d.days, forKey: .days)
            try c.encode(d.businessDays, forKey: .business)
        case .money(let m):
            try c.encode(m.amount, forKey: .amount)
            try c.encode(m.currency, forKey: .currency)
        case .percent(let p):
            try c.encode(p, forKey: .percent)
        case .party(let p):
            try c.encode(p.label, forKey: .label)
            try c.encode(p.role, forKey: .role)
        case .date(let d):
            try c.encodeIfPresent(d.year, forKey: .year)
            try c.encodeIfPresent(d.month, forKey: .month)
            try c.encodeIfPresent(d.day, forKey: .day)
            try c.encodeIfPresent(d.time, forKey: .time)
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        switch try c.decode(PlaceholderKind.self, forKey: .type) {
        case .number:
            self = .number(try c.decode(Double.self, forKey: .value))
        case .duration:
            self = .duration(DurationValue(value: try c.decode(Double.self, forKey: .value), unit: try c.decode(DurationUnit.self, forKey: .unit)))
        case .money:
            self = .money(MoneyValue(amount: try c.decode(Double.self, forKey: .amount), currency: try c.decode(String.self, forKey: .currency)))
        case .percent:
            self = .percent(try c.decode(Double.self, forKey: .percent))
        case .party:
            self = .party(PartyValue(label: try c.decode(String.self, forKey: .label), role: try c.decode(PartyRole.self, forKey: .role)))
        case .date:
            self = .date(DateValue(year: try c.decodeIfPresent(Int.self, forKey: .year), month: try c.decodeIfPresent(Int.self, forKey: .month),
                                   day: try c.decodeIfPresent(Int.self, forKey: .day), time: try c.decodeIfPresent(String.self, forKey: .time)))
        }
    }
}
