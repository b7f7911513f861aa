import ArgumentParser
import Foundation
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardReport

/// `clauseguard scan PATH...`: the main job.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan contracts (files or folders) and report risky clauses."
    )

    @Argument(help: "Contract files and folders (folders are scanned recursively).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Report format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Report language: zh or en (default: each contract's language, then LANG).")
    var lang: ReportLanguage?

    @Option(name: .customLong("as"), help: "Whose side the risk is judged from: client (the merchant, 甲方) or provider.")
    var perspective: PerspectiveOption?

    @Option(help: "Findings at or above this severity make the exit code 1: high, medium, low, info.")
    var failOn: Severity?

    @Option(help: "Leave out findings below this severity.")
    var minSeverity: Severity?

    @Option(help: ArgumentHelp("Disable a rule id or a whole family (repeatable).", valueName: "id"))
    var disable: [String] = []

    @Option(help: ArgumentHelp("Only scan files matching this glob (repeatable), e.g. '*.docx'.", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files matching this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(help: "Parallel workers (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Config file (default: .clauseguard.yml found upward from the working folder).", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Accept the findings recorded in this baseline file; fail only on new ones.", valueName: "file"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record every current finding in this baseline file.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Ignore file (default: \(IgnoreFile.fileName) found upward from the working folder).", valueName: "file"))
    var ignoreFile: String?

    @Option(help: ArgumentHelp("Write each file's read-and-analyse time (path TAB milliseconds) to this file, for benchmarks.", valueName: "file"))
    var timings: String?

    @Flag(help: "Follow symbolic links that lead out of a scanned folder (by default they are skipped and counted).")
    var followLinks = false

    @Flag(name: .shortAndLong, help: "No progress or warnings on standard error.")
    var quiet = false

    @Flag(help: "Never colour the text report.")
    var noColor = false

    @OptionGroup var rules: RuleOptions
    @OptionGroup var limits: IngestLimitOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let configuration: ScanConfiguration
        do {
            configuration = try ScanConfiguration.load(explicit: config)
        } catch {
            printError("clauseguard: \(error)")
            throw ExitStatus.usage
        }
        let loaded = try rules.load(extra: configuration.file?.rules ?? [], quiet: quiet)
        let perspective = perspective?.value ?? configuration.file?.perspective ?? .client
        let ruleSet = loaded.rules.configured(disabled: Set(disable + (configuration.file?.disable ?? [])),
                                              severityOverrides: configuration.file?.severity ?? [:],
                                              parameters: configuration.file?.params ?? [:])
        let failOn = failOn ?? configuration.file?.failOn ?? .high
        let minSeverity = minSeverity ?? configuration.file?.minSeverity ?? .info

        let discovery = ContractDiscovery(include: include + (configuration.file?.include ?? []),
                                          exclude: exclude + (configuration.file?.exclude ?? []),
                                          followLinks: followLinks)
        let found = discovery.discover(paths)
        var scanner = BatchScanner(reader: ContractReader(options: limits.ingestOptions),
                                   analyzer: Analyzer(rules: ruleSet, perspective: perspective),
                                   minimumSeverity: minSeverity, jobs: jobs)
        let timingLog = timings.map { _ in TimingLog() }
        scanner.timing = timingLog?.record
        let progress = ProgressReporter(total: found.files.count, enabled: !quiet && found.files.count > 1)
        let suppress = try suppressor()
        let language = lang?.rawValue ?? configuration.file?.lang
        let toTerminal = output == nil && isatty(STDOUT_FILENO) == 1
        let options = RenderOptions(language: language ?? (format == .text ? nil : ScanCommand.environmentLanguage()),
                                    colour: toTerminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
                                    failOn: failOn)
        let sink = try OutputSink(path: output)
        var summary = BatchReport.Summary()
        var baseline = Baseline()
        var kept: [ContractReport] = []
        let stream = format.stream(options: options)
        if let stream { sink.write(stream.begin()) }
        // Each report is suppressed and rendered (streaming formats) on its worker, then counted and written or
        // kept for the end, in input order.
        scanner.scan(found.files, progress: progress.update, prepare: { index, report -> (ContractReport, [UInt8]?) in
            var contract = report
            suppress(&contract)
            return (contract, stream?.contract(contract, first: index == 0))
        }, deliver: { contract, rendered in
            summary.add(contract)
            if writeBaseline != nil { baseline.add(contract) }
            if let error = contract.error, !quiet { printError("clauseguard: \(error)") }
            if let rendered {
                sink.write(rendered)
            } else {
                kept.append(contract)
            }
        })
        progress.finish()
        if let timings, let timingLog { try timingLog.write(to: timings) }

        let report = BatchReport(version: ClauseGuardCommand.version, ruleCount: ruleSet.rules.count, perspective: perspective,
                                 language: language ?? "auto", contracts: kept, skipped: found.skipped, summary: summary)
        if let stream {
            sink.write(try stream.end(report))
        } else {
            sink.write(try format.renderer(options: options, rules: ruleSet).render(report))
        }
        try sink.close()
        if let writeBaseline {
            do { try baseline.write(to: writeBaseline) }
            catch { printError("clauseguard: cannot write baseline \(writeBaseline): \(error.localizedDescription)"); throw ExitStatus.usage }
        }

        if summary.unreadable > 0 { throw ExitStatus.unreadable }
        if let worst = summary.worstSeverity, worst >= failOn { throw ExitStatus.findings }
    }

    /// Baseline and ignore-file suppressions, applied to each report as it arrives (Word-comment suppressions
    /// were applied while scanning).
    private func suppressor() throws -> @Sendable (inout ContractReport) -> Void {
        var accepted: [@Sendable (Finding, String) -> String?] = []
        if let baseline {
            do {
                let loaded = try Baseline.load(path: baseline)
                accepted.append { loaded.reason(for: $0, in: $1) }
            } catch {
                printError("clauseguard: cannot read baseline \(baseline): \(error.localizedDescription)")
                throw ExitStatus.usage
            }
        }
        if let path = ignoreFile ?? IgnoreFile.find() {
            do {
                let ignore = try IgnoreFile.load(path: path)
                for entry in ignore.expired where !quiet {
                    printError("clauseguard: \(path): ignore entry for \(entry.rule ?? entry.fingerprint ?? "?") expired on \(entry.expires ?? "?"); it no longer applies")
                }
                accepted.append { ignore.reason(for: $0, in: $1) }
            } catch {
                printError("clauseguard: \(error)")
                throw ExitStatus.usage
            }
        }
        return { [accepted] contract in
            guard !accepted.isEmpty else { return }
            let path = contract.path
            contract.suppress { finding in accepted.lazy.compactMap { $0(finding, path) }.first }
        }
    }

    /// zh when LANG says Chinese, else nil (each contract's own language).
    static func environmentLanguage() -> String? {
        let lang = ProcessInfo.processInfo.environment["LANG"] ?? ""
        return lang.hasPrefix("zh") ? "zh" : nil
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, junit, html, md, csv
    case csvMatrix = "csv-matrix"

    /// json and csv are written one contract at a time; the others need the whole batch.
    func stream(options: RenderOptions) -> ReportStream? {
        switch self {
        case .json: JSONStream()
        case .csv: CSVStream(options: options)
        default: nil
        }
    }

    func renderer(options: RenderOptions, rules: RuleSet) -> ReportRenderer {
        switch self {
        case .text: TextRenderer(options: options)
        case .json: JSONRenderer()
        case .sarif: SARIFRenderer(rules: rules, options: options)
        case .junit: JUnitRenderer(families: Array(Set(rules.rules.map(\.family))).sorted(), options: options)
        case .html: HTMLRenderer(options: options)
        case .md: MarkdownRenderer(options: options)
        case .csv: CSVRenderer(options: options)
        case .csvMatrix: MatrixCSVRenderer()
        }
    }
}

enum ReportLanguage: String, ExpressibleByArgument, CaseIterable { case zh, en }

enum PerspectiveOption: String, ExpressibleByArgument, CaseIterable {
    case client, provider
    var value: Perspective { self == .client ? .client : .provider }
}

extension Severity: ExpressibleByArgument {}
