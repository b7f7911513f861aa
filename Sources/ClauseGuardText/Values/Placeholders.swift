/// Regex fragments and parsers for typed placeholders such as `{duration:notice}`.
public enum Placeholders {
    /// A PCRE2 fragment (UTF+UCP mode, no capturing groups, bounded repetition) that matches how contracts write
    /// this kind of value in normalised text (see `NormalizedText`). English words are matched case-insensitively
    /// by the fragment itself. The fragment never matches an empty string.
    public static func pattern(for kind: PlaceholderKind) -> String {
        switch kind {
        case .duration: return DurationParser.pattern
        case .money: return MoneyParser.pattern
        case .percent: return PercentParser.pattern
        case .number: return PatternFragments.number
        case .party: return PartyParser.pattern
        case .date: return DateParser.pattern
        }
    }

    /// Parses text captured by that fragment into a value; nil if it cannot.
    /// The text is normalised first, so raw (un-normalised) text with full-width digits is accepted too.
    public static func parse(_ kind: PlaceholderKind, _ text: String) -> ExtractedValue? {
        let normalised = NormalizedText(text).text
        guard !normalised.isEmpty else { return nil }
        switch kind {
        case .duration: return DurationParser.parse(normalised).map(ExtractedValue.duration)
        case .money: return MoneyParser.parse(normalised).map(ExtractedValue.money)
        case .percent: return PercentParser.parse(normalised).map(ExtractedValue.percent)
        case .number: return NumberParser.parse(normalised).map(ExtractedValue.number)
        case .party: return PartyParser.parse(normalised).map(ExtractedValue.party)
        case .date: return DateParser.parse(normalised).map(ExtractedValue.date)
        }
    }
}
