/// The typed placeholders rule patterns may use, e.g. `{duration:notice}`.
public enum PlaceholderKind: String, CaseIterable, Sendable, Codable {
    case duration, money, percent, number, party, date
}
