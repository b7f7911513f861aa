/// JSON form of a value, documented in docs/report.schema.json: a flat object with its kind, its fields and the
/// English display text, e.g. `{"type":"duration","text":"2 months","value":2,"unit":"month","days":60,"business":false}`.
extension ExtractedValue: Codable {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ValueJSONKey.self)
        try c.encode(kind.rawValue, forKey: ValueJSONKey("type"))
        try c.encode(display(in: .en), forKey: ValueJSONKey("text"))
        for (name, value) in payload.jsonFields {
            let key = ValueJSONKey(name)
            switch value {
            case .number(let x): try c.encode(x, forKey: key)
            case .integer(let n): try c.encode(n, forKey: key)
            case .string(let s): try c.encode(s, forKey: key)
            case .bool(let b): try c.encode(b, forKey: key)
            }
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: ValueJSONKey.self)
        let kind = try c.decode(PlaceholderKind.self, forKey: ValueJSONKey("type"))
        payload = try ValueKinds.type(of: kind).init(json: ValueJSONFields(container: c))
    }
}
