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

    public var description: String {
        "\(file):\(line): \(level.rawValue): \(message)" + (ruleID.map { " [\($0)]" } ?? "")
    }
}
