/// Regex fragments and parsers for typed placeholders such as `{duration:notice}`, from each kind's type.
public enum Placeholders {
    /// The kind's PCRE2 fragment (see `ValueKind.pattern`).
    public static func pattern(for kind: PlaceholderKind) -> String { ValueKinds.type(of: kind).pattern }

    /// Parses text captured by that fragment into a value; nil if it cannot.
    /// The text is normalised first, so raw (un-normalised) text with full-width digits is accepted too.
    public static func parse(_ kind: PlaceholderKind, _ text: String) -> ExtractedValue? {
        let normalised = NormalizedText(text).text
        guard !normalised.isEmpty else { return nil }
        return ValueKinds.type(of: kind).extract(normalised)
    }
}
