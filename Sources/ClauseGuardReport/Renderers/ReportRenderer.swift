import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// One renderer per output format, as in SwiftLint's reporters.
public protocol ReportRenderer {
    func render(_ report: BatchReport) throws -> String
}

public struct RenderOptions: Sendable {
    /// The language asked for (`--lang`, or `lang` in the config); nil lets each contract speak its own.
    public var language: Language?
    /// The language when no contract decides: a batch whose contracts are written in different languages, an
    /// unreadable contract (the CLI takes it from LANG).
    public var fallbackLanguage: Language
    /// The family names reports show (families.yml); a family not in it shows its id.
    public var families: RuleFamilies
    /// Colour with ANSI escapes (text format on a terminal).
    public var colour: Bool
    /// Findings at or above this severity fail (junit, exit code).
    public var failOn: Severity
    /// The HTML report's title (`--title`); nil for the default.
    public var title: String?
    /// Where a streamed format whose top needs the whole batch keeps the contracts' parts until the end (the
    /// output's folder); nil for the temporary folder.
    public var spillFolder: String?
    /// Show what a person configuring the tool needs (`--verbose`): rule ids and paragraph numbers in a Chinese
    /// human-readable report too.
    public var verbose = false
    public init(language: Language? = nil, fallbackLanguage: Language = .en, families: RuleFamilies = RuleFamilies(),
                colour: Bool = false, failOn: Severity = .high) {
        self.language = language; self.fallbackLanguage = fallbackLanguage; self.families = families
        self.colour = colour; self.failOn = failOn
    }

    // The report language is chosen here and nowhere else, the same way for every format (CONTRIBUTING.md,
    // "Report language").

    /// The language of everything said about one contract: the language asked for, else the contract's own.
    public func language(for contract: ContractReport) -> Language {
        language ?? contract.primaryLanguage ?? fallbackLanguage
    }

    /// The language of text about the whole batch (titles, summary tables, settings lines, SARIF rule
    /// descriptions): the language asked for, else the one all readable contracts share, else the fallback.
    public func batchLanguage(_ contracts: [ContractReport]) -> Language { batchLanguage(of: contracts.map(\.primaryLanguage)) }

    /// `batchLanguage` from each contract's own language (nil for one that could not be read).
    public func batchLanguage(of languages: some Sequence<Language?>) -> Language {
        if let language { return language }
        var shared: Language?
        for own in languages {
            guard let own else { continue }
            if shared == nil { shared = own } else if shared != own { return fallbackLanguage }
        }
        return shared ?? fallbackLanguage
    }
}

extension ContractReport {
    /// The language the contract is mostly written in (the first detected); nil when it could not be read.
    public var primaryLanguage: Language? { languages.first.flatMap(Language.init(rawValue:)) }
}
