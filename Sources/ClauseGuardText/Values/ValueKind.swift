/// One kind of typed placeholder (`{duration:notice}`), as the type of the value it extracts: how contracts write
/// it, how it parses, the fields conditions, templates and JSON see, and how it reads in each language. One type
/// per kind, one file each under `Values/Kinds/`, listed in `ValueKinds.all` (CONTRIBUTING.md, "Adding a value kind").
public protocol ValueKind: Sendable, Hashable {
    static var kind: PlaceholderKind { get }
    /// A PCRE2 fragment (UTF+UCP mode, no capturing groups, bounded repetition) that matches how contracts write
    /// this kind of value in normalised text (see `NormalizedText`). English words are matched case-insensitively
    /// by the fragment itself. The fragment never matches an empty string.
    static var pattern: String { get }
    /// Parses normalised text the pattern captured; nil if it cannot.
    static func parse(_ normalised: String) -> Self?
    /// The fields a condition or a message template may name (`notice.days`); the first is the one a bare name
    /// stands for.
    static var fieldNames: [String] { get }
    /// A field's value; nil for a field this kind does not have, or one left blank.
    func field(_ name: String) -> ConditionOperand?
    /// Short human form: "60 days"/"60天", "RMB 5,000"/"5,000元".
    func display(in language: Language) -> String
    /// The value's fields in JSON besides `type` and `text`, blank ones left out (docs/report.schema.json).
    var jsonFields: [(name: String, value: JSONScalar)] { get }
    /// Reads back the fields `jsonFields` wrote.
    init(json: ValueJSONFields) throws
}

/// A JSON scalar a value's field is written as.
public enum JSONScalar: Sendable, Hashable {
    case number(Double), integer(Int), string(String), bool(Bool)
}

/// The registry of value kinds. Adding a kind is its file under `Values/Kinds/`, its case in `PlaceholderKind`, and
/// its line here.
public enum ValueKinds {
    public static let all: [any ValueKind.Type] = [
        DurationValue.self, MoneyValue.self, PercentValue.self, NumberValue.self, PartyValue.self, DateValue.self,
    ]

    private static let byKind: [PlaceholderKind: any ValueKind.Type] =
        Dictionary(uniqueKeysWithValues: all.map { ($0.kind, $0) })

    /// The type of a kind; every `PlaceholderKind` has one (`ValueKindRegistryTests`).
    public static func type(of kind: PlaceholderKind) -> any ValueKind.Type {
        guard let type = byKind[kind] else { preconditionFailure("value kind '\(kind.rawValue)' is not in ValueKinds.all") }
        return type
    }
}

extension ValueKind {
    static func extract(_ normalised: String) -> ExtractedValue? { parse(normalised).map { ExtractedValue($0) } }
}

/// The keys of a value's JSON object.
public struct ValueJSONKey: CodingKey, Hashable {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ name: String) { stringValue = name }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

/// A value's JSON object being read back, field by field.
public struct ValueJSONFields {
    let container: KeyedDecodingContainer<ValueJSONKey>
    public func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try container.decode(type, forKey: ValueJSONKey(name))
    }
    public func decodeIfPresent<T: Decodable>(_ type: T.Type, _ name: String) throws -> T? {
        try container.decodeIfPresent(type, forKey: ValueJSONKey(name))
    }
}
