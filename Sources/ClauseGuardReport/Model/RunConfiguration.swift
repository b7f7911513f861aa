/// Where a run's settings came from and what they turned down, shown in every report so a reader can tell a
/// clean report from one made clean by a config file: the config, ignore and baseline files applied, and each
/// disabled rule or family, lowered severity or changed threshold.
public struct RunConfiguration: Codable, Sendable, Equatable {
    public var configFile: String?
    public var ignoreFile: String?
    public var baseline: String?
    /// One line per weakening, e.g. "disabled by .clauseguard.yml: penalty (6 rules)".
    public var weakened: [String]

    public init(configFile: String? = nil, ignoreFile: String? = nil, baseline: String? = nil, weakened: [String] = []) {
        self.configFile = configFile
        self.ignoreFile = ignoreFile
        self.baseline = baseline
        self.weakened = weakened
    }

    /// Nothing applied: no file and nothing turned down.
    public var isDefault: Bool { configFile == nil && ignoreFile == nil && baseline == nil && weakened.isEmpty }

    /// "config .clauseguard.yml; ignore file …; baseline …", or nil when none was applied.
    public var filesLine: String? {
        let parts = [configFile.map { "config " + $0 }, ignoreFile.map { "ignore file " + $0 }, baseline.map { "baseline " + $0 }]
            .compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
