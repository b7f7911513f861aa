/// A typed value parsed from text a placeholder captured: one of the kinds in `ValueKinds.all`.
public struct ExtractedValue: Sendable, Hashable {
    /// The value itself (a `DurationValue`, a `MoneyValue`, …).
    public let payload: any ValueKind

    public init(_ payload: some ValueKind) { self.payload = payload }

    public var kind: PlaceholderKind { type(of: payload).kind }

    /// The value as its kind's type, e.g. `value.as(DurationValue.self)`; nil when it is another kind.
    public func `as`<Kind: ValueKind>(_: Kind.Type) -> Kind? { payload as? Kind }

    public static func == (a: ExtractedValue, b: ExtractedValue) -> Bool { AnyHashable(a.payload) == AnyHashable(b.payload) }
    public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(payload)) }

    /// Field for conditions such as `notice.days > 30`, `penalty.percent >= 30`, `minimum.amount >= 5000`,
    /// `party == 乙方`, `party.role == provider`. nil name = the kind's default field (its first). Unknown field →
    /// nil; so is a date part left blank.
    public func field(_ name: String?) -> ConditionOperand? {
        payload.field(name ?? type(of: payload).fieldNames[0])
    }

    /// The field a bare placeholder name stands for in a condition.
    public static func defaultField(for kind: PlaceholderKind) -> String { ValueKinds.type(of: kind).fieldNames[0] }

    /// Field names valid for this kind (for load-time validation of conditions). The default field comes first.
    public static func fieldNames(for kind: PlaceholderKind) -> [String] { ValueKinds.type(of: kind).fieldNames }

    /// Short human form in English and Chinese: "60 days"/"60天", "RMB 5,000"/"5,000元", "30%", "Party B (provider)"/"乙方".
    public func display(in language: Language) -> String { payload.display(in: language) }
}

extension ExtractedValue {
    public static func number(_ value: Double) -> ExtractedValue { ExtractedValue(NumberValue(value)) }
    /// 30 for 30%.
    public static func percent(_ percent: Double) -> ExtractedValue { ExtractedValue(PercentValue(percent)) }
    public static func duration(_ value: DurationValue) -> ExtractedValue { ExtractedValue(value) }
    public static func money(_ value: MoneyValue) -> ExtractedValue { ExtractedValue(value) }
    public static func party(_ value: PartyValue) -> ExtractedValue { ExtractedValue(value) }
    public static func date(_ value: DateValue) -> ExtractedValue { ExtractedValue(value) }
}
