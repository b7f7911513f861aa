/// Values parsed so far in one contract: rules and clause frames meet the same "30%" or "提前三十日" many times, and
/// the parsers work on characters, so each distinct text is parsed once. One per contract, never shared between
/// threads (a class so the analysis passes one reference around).
public final class ParsedValues {
    private struct Key: Hashable { var kind: PlaceholderKind; var text: String }
    private var known: [Key: ExtractedValue?] = [:]

    public init() {}

    public func value(_ kind: PlaceholderKind, _ text: String) -> ExtractedValue? {
        let key = Key(kind: kind, text: text)
        if let value = known[key] { return value }
        let value = Placeholders.parse(kind, text)
        known[key] = value
        return value
    }
}
