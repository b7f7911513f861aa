import ClauseGuardModel

/// A problem found while loading or linting rule files, printed as `file:line: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Codable {
    public enum Level: String, Sendable, Codable { case error, warning }
    public var file: String
    public var line: Int
    public var level: Level
    public var message: String
    /// The rule the problem is in, when known.
    public var ruleID: String?

    public init(file: String, line: Int, level: Level, message: String, ruleID: String? = nil) {
        self.file = file; self.line = line; self.level = level; self.message = message; self.ruleID = ruleID
    }

    /// One line, the message cut to a bounded length (a rule file may quote a 4 MB regex back at the user).
    public var description: String {
        "\(file):\(line): \(level.rawValue): \(ErrorText.clipped(message, limit: 2 * ErrorText.limit))" + (ruleID.map { " [\(ErrorText.clipped($0, limit: 80))]" } ?? "")
    }
}
