import ClauseGuardRules

/// Every report format, each with its renderer: adding a format is its renderer file plus one case here.
/// The CLI's `--format` values and the tests' format loops both come from `allCases`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, junit, html, md, csv
    case csvMatrix = "csv-matrix"
    case csvTerms = "csv-terms"
    case compact, github
    /// JSON Lines: a header line, then one contract per line; what `--shard` workers write and `merge` reads.
    case jsonl

    /// Every format is written one contract at a time, so a batch of any size runs in bounded memory; those whose
    /// top depends on the whole batch spill the contracts' parts to a file in `options.spillFolder` until the end.
    public func stream(options: RenderOptions, rules: RuleSet) -> ReportStream {
        switch self {
        case .json: JSONStream()
        case .csv: CSVStream(options: options)
        case .csvTerms: KeyTermsCSVRenderer()
        case .compact: CompactRenderer(options: options)
        case .github: GitHubAnnotationsRenderer(options: options)
        case .jsonl: JSONLStream()
        case .text: SpilledStream(TextStream(renderer: TextRenderer(options: options)), spillFolder: options.spillFolder)
        case .md: SpilledStream(MarkdownStream(renderer: MarkdownRenderer(options: options)), spillFolder: options.spillFolder)
        case .html: SpilledStream(HTMLStream(renderer: HTMLRenderer(options: options)), spillFolder: options.spillFolder)
        case .junit: SpilledStream(JUnitStream(renderer: junit(options: options, rules: rules)), spillFolder: options.spillFolder)
        case .sarif: SpilledStream(SARIFStream(renderer: SARIFRenderer(rules: rules, options: options)), spillFolder: options.spillFolder)
        case .csvMatrix: SpilledStream(MatrixCSVStream(), spillFolder: options.spillFolder)
        }
    }

    public func renderer(options: RenderOptions, rules: RuleSet) -> ReportRenderer {
        switch self {
        case .text: TextRenderer(options: options)
        case .json: JSONRenderer()
        case .sarif: SARIFRenderer(rules: rules, options: options)
        case .junit: junit(options: options, rules: rules)
        case .html: HTMLRenderer(options: options)
        case .md: MarkdownRenderer(options: options)
        case .csv: CSVRenderer(options: options)
        case .csvMatrix: MatrixCSVRenderer()
        case .csvTerms: KeyTermsCSVRenderer()
        case .compact: CompactRenderer(options: options)
        case .github: GitHubAnnotationsRenderer(options: options)
        case .jsonl: JSONLRenderer(rules: rules, options: options)
        }
    }

    private func junit(options: RenderOptions, rules: RuleSet) -> JUnitRenderer {
        JUnitRenderer(families: Array(Set(rules.rules.map(\.family))).sorted(), options: options)
    }
}
