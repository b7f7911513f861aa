/// The languages ClauseGuard reads and reports in. Rule text, labels and value displays come in both; which one a
/// report uses is decided by `RenderOptions` (see CONTRIBUTING.md, "Report language").
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case zh, en
}
