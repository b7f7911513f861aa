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

    /// The formats written one contract at a time (flat memory for any batch); the others need the whole batch.
    public func stream(options: RenderOptions) -> ReportStream? {
        switch self {
        case .json: JSONStream()
        case .csv: CSVStream(options: options)
        case .csvTerms: KeyTermsCSVRenderer()
        case .compact: CompactRenderer(options: options)
        case .github: GitHubAnnotationsRenderer(options: options)
        case .jsonl: JSONLStream()
        default: nil
        }
    }

    public func renderer(options: RenderOptions, rules: RuleSet) -> ReportRenderer {
        switch self {
        case .text: TextRenderer(options: options)
        case .json: JSONRenderer()
        case .sarif: SARIFRenderer(rules: rules, options: options)
        case .junit: JUnitRenderer(families: Array(Set(rules.rules.map(\.family))).sorted(), options: options)
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
}
