import ClauseGuardRules
import ClauseGuardText
import ClauseGuardReport

/// A scan's settings resolved once: each value from the command line, else `.clauseguard.yml`, else the default;
/// lists (disabled rules, include and exclude globs) from both. Commands read this, never the config file.
public struct ScanSettings: Sendable {
    /// What the user gave on the command line (nil: not given).
    public struct CommandLine: Sendable {
        public var perspective: Perspective?
        public var failOn: Severity?
        public var minimumSeverity: Severity?
        public var language: Language?
        /// The party that is the client (`--client 乙方`, `--client Inktomi`), overriding what each contract says.
        public var client: String?
        public var disable: [String] = []
        public var include: [String] = []
        public var exclude: [String] = []

        public init(perspective: Perspective? = nil, failOn: Severity? = nil, minimumSeverity: Severity? = nil,
                    language: Language? = nil, client: String? = nil, disable: [String] = [], include: [String] = [], exclude: [String] = []) {
            self.perspective = perspective; self.failOn = failOn; self.minimumSeverity = minimumSeverity
            self.language = language; self.client = client; self.disable = disable; self.include = include; self.exclude = exclude
        }
    }

    public let configuration: ScanConfiguration
    public let commandLine: CommandLine
    public let perspective: Perspective
    public let failOn: Severity
    public let minimumSeverity: Severity
    /// The report language asked for; nil for each contract's own language.
    public let language: Language?
    /// The party the user says is the client in every contract; nil = each contract's own words decide.
    public let client: String?
    public let include: [String]
    public let exclude: [String]
    /// Rule folders the config adds to the built-in pack (relative to the config file, already resolved).
    public let extraRuleFolders: [String]

    public init(commandLine: CommandLine, configuration: ScanConfiguration) {
        let file = configuration.file
        self.configuration = configuration
        self.commandLine = commandLine
        perspective = commandLine.perspective ?? file?.perspective ?? .client
        failOn = commandLine.failOn ?? file?.failOn ?? .high
        minimumSeverity = commandLine.minimumSeverity ?? file?.minSeverity ?? .info
        language = commandLine.language ?? file?.lang
        client = commandLine.client ?? file?.client
        include = commandLine.include + (file?.include ?? [])
        exclude = commandLine.exclude + (file?.exclude ?? [])
        extraRuleFolders = file?.rules ?? []
    }

    /// The loaded pack with this run's disabled rules, severity overrides and thresholds applied.
    public func configure(_ rules: RuleSet) -> RuleSet {
        let file = configuration.file
        return rules.configured(disabled: Set(commandLine.disable + (file?.disable ?? [])),
                                severityOverrides: file?.severity ?? [:], parameters: file?.params ?? [:])
    }

    /// What these settings turn down in `rules` (the pack as loaded), each naming its source, plus warnings for
    /// settings that match nothing.
    public func audit(_ rules: RuleSet) -> (notes: [String], warnings: [String]) {
        var sources = [SettingsAudit.Source(name: "--disable", disable: commandLine.disable)]
        if let file = configuration.file {
            sources.append(.init(name: configuration.displayPath ?? ScanConfiguration.fileName, disable: file.disable ?? [],
                                 severity: file.severity ?? [:], params: file.params ?? [:]))
        }
        return SettingsAudit.weakenings(of: rules, by: sources, minimumSeverity: minimumSeverity)
    }
}
