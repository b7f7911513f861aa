import ArgumentParser
import Foundation
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardText
import ClauseGuardReport
import ClauseGuardPipeline
import CTempFiles

/// `clauseguard scan PATH...`: the main job.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Scan contracts (files or folders) and report risky clauses.",
        discussion: HelpExamples.text
    )

    @Argument(help: ArgumentHelp("Contract files and folders (folders are scanned recursively); - reads one contract from standard input.", valueName: "path"),
              completion: .file())
    var paths: [String] = []

    @Option(help: ArgumentHelp("The name standard input (-) goes by in reports (default: \(StandardInputArguments.defaultName)).", valueName: "name"))
    var stdinName: String?

    @Option(name: .shortAndLong, help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: "Report language: zh or en (default: each contract's language, then LANG).")
    var lang: Language?

    @Option(name: .customLong("as"), help: "Whose side the risk is judged from: client (the merchant, 甲方) or provider.")
    var perspective: PerspectiveOption?

    @Option(help: ArgumentHelp("The party that is the client (the merchant), by its label or name, when the contract does not say or says it wrongly: --client 乙方, --client Inktomi.", valueName: "party"))
    var client: String?

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

    // Optional, so help shows one default ("the number of cores") instead of this machine's count as well.
    @Option(help: ArgumentHelp("Parallel workers (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Config file (default: .clauseguard.yml found upward from the working folder).", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Option(help: ArgumentHelp("Accept the findings recorded in this baseline file; fail only on new ones.", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var baseline: String?

    @Option(help: ArgumentHelp("Record every current finding in this baseline file.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Ignore file (default: \(IgnoreFile.fileName) found upward from the working folder).", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var ignoreFile: String?

    @Option(help: ArgumentHelp("Write each file's read-and-analyse time (path TAB milliseconds) to this file, for benchmarks.", valueName: "file"))
    var timings: String?

    @Flag(help: "Follow symbolic links that lead out of a scanned folder (by default they are skipped and counted).")
    var followLinks = false

    @Flag(name: .shortAndLong, help: "No progress or warnings on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("The HTML report's title (default: ClauseGuard contract review).", valueName: "text"))
    var title: String?

    @Flag(help: "Never colour the text report.")
    var noColor = false

    @Flag(help: "Show rule ids and paragraph numbers in a Chinese text, md or html report too (English ones always show rule ids).")
    var verbose = false

    @OptionGroup var rules: RuleOptions
    @OptionGroup var limits: IngestLimitOptions
    @OptionGroup var sharding: ShardOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if paths.isEmpty && sharding.filesFrom == nil { throw ValidationError("give the contract files or folders to scan, or --files-from LIST") }
    }

    func run() throws {
        // Temporary output files are removed if the run is interrupted.
        cg_temp_install_handlers()
        let configuration: ScanConfiguration
        do {
            configuration = try ScanConfiguration.load(explicit: config)
        } catch {
            printError("clauseguard: \(error)")
            throw ExitStatus.usage
        }
        let settings = ScanSettings(commandLine: .init(perspective: perspective?.value, failOn: failOn, minimumSeverity: minSeverity,
                                                      language: lang, client: client, disable: disable, include: include, exclude: exclude),
                                   configuration: configuration)
        let loaded = try rules.load(extra: settings.extraRuleFolders, quiet: quiet)
        let ruleSet = settings.configure(loaded.rules)
        let ignorePath = ignoreFile ?? IgnoreFile.find()
        let applied = try audit(settings, loaded: loaded.rules, active: ruleSet, ignorePath: ignorePath)

        let paths = try sharding.inputs(self.paths)
        let discovery = ContractDiscovery(include: settings.include, exclude: settings.exclude, followLinks: followLinks)
        let input = try StandardInputArguments(arguments: paths, name: stdinName)
        var found = discovery.discover(input.paths)
        found.files = try input.files(found.files)
        if found.files.isEmpty {
            // An empty report would pass CI and, uploaded as SARIF, close every open alert.
            let skipped = found.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            printError("clauseguard: error: no contract files to scan in \(paths.map { ErrorText.clipped($0) }.joined(separator: ", "))" + (skipped.isEmpty ? "" : " (skipped: \(skipped))"))
            throw ExitStatus.usage
        }
        let roots = ScanRoots(arguments: input.paths)
        // This worker's files, by their positions in the whole run's list (all of it without --shard).
        let positions = sharding.spec.map { $0.positions(of: found.files, roots: roots) } ?? Array(found.files.indices)
        let files = positions.map { found.files[$0] }
        // Every output is checked against every input and opened before the first contract is read.
        var protected = found.files.filter { $0 != input.name } + input.paths + loaded.filesOnDisk
        protected += [configuration.path, ignorePath, baseline, sharding.filesFrom].compactMap { $0 }
        let outputs = try openOutputs(protecting: protected)
        defer { outputs.values.forEach { $0.abandon() } }
        let report = outputs["--output"]!
        let suppress = try suppressor(ignorePath: ignorePath, roots: roots)

        var scanner = BatchScanner(reader: ContractReader(options: limits.ingestOptions),
                                   analyzer: Analyzer(rules: ruleSet, perspective: settings.perspective, client: settings.client),
                                   minimumSeverity: settings.minimumSeverity, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let timingLog = timings.map { _ in TimingLog() }
        scanner.timing = timingLog?.record
        scanner.standardInputName = input.name
        // A full disk stops the scan: its report could not be written anyway.
        let writeFailed = WriteFailure()
        scanner.isCancelled = writeFailed.isSet
        let progress = ProgressReporter(total: files.count, enabled: !quiet && files.count > 1)
        let language = settings.language
        let toTerminal = report.target == .standardOutput && isatty(STDOUT_FILENO) == 1
        var options = RenderOptions(language: language, fallbackLanguage: ScanCommand.environmentLanguage() ?? .en, families: loaded.families,
                                    colour: toTerminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
                                    failOn: settings.failOn)
        options.title = title
        options.verbose = verbose
        options.spillFolder = report.target.spillFolder
        var summary = BatchReport.Summary()
        var baseline = Baseline()
        let stream = format.stream(options: options, rules: ruleSet)
        let run = BatchReport(version: ClauseGuardCommand.version, ruleCount: ruleSet.rules.count, rulePack: loaded.packVersion,
                              perspective: settings.perspective, language: language?.rawValue ?? "auto", contracts: [],
                              skipped: found.skipped, configuration: applied)
        report.write(stream.begin(header: StreamHeader(batch: run, rules: ruleSet, failOn: settings.failOn, shard: sharding.spec?.description,
                                                       files: files.count, inputs: PathListHash(found.files))))
        // Each report is suppressed and rendered on its worker, then counted and written (or spilled) in input order.
        scanner.scan(files, progress: progress.update, prepare: { index, report -> (ContractReport, [UInt8]) in
            var contract = report
            suppress(&contract)
            return (contract, stream.contract(contract, position: positions[index], first: index == 0))
        }, deliver: { contract, rendered in
            summary.add(contract)
            if writeBaseline != nil { baseline.add(contract, file: roots.relativePath(of: contract.path)) }
            if let error = contract.error, !quiet { printError("clauseguard: \(error)") }
            stream.deliver(contract, part: rendered, to: report)
            if report.failure != nil { writeFailed.set() }
        })
        progress.finish()

        var batch = run
        batch.summary = summary
        do {
            try stream.finish(batch, to: report)
        } catch {
            printError("clauseguard: error: \(error)")
            throw ExitStatus.usage
        }
        if let timingLog { outputs["--timings"]?.write(timingLog.text) }
        if writeBaseline != nil { outputs["--write-baseline"]?.write(Array(try baseline.encoded())) }
        do {
            for option in ["--output", "--timings", "--write-baseline"] { try outputs[option]?.commit() }
        } catch {
            printError("clauseguard: \(error)")
            throw ExitStatus.usage
        }

        if summary.unreadable > 0 { throw ExitStatus.unreadable }
        if let worst = summary.worstSeverity, worst >= settings.failOn { throw ExitStatus.findings }
    }

    /// Checks every output path against the inputs and each other, then opens them all (exit 2 on any problem,
    /// before anything is written).
    private func openOutputs(protecting inputs: [String]) throws -> [String: OutputFile] {
        var requests = [OutputPlan.Request(option: "--output", path: output ?? "-")]
        if let timings { requests.append(.init(option: "--timings", path: timings)) }
        if let writeBaseline { requests.append(.init(option: "--write-baseline", path: writeBaseline, mayReplace: baseline)) }
        do {
            return try OutputPlan(requests, inputs: inputs).open()
        } catch {
            printError("clauseguard: error: \(error)")
            throw ExitStatus.usage
        }
    }

    /// Names what the settings turn down, on stderr (even with `-q`) and for the report; refuses a run in which
    /// the settings leave no rule at all.
    private func audit(_ settings: ScanSettings, loaded: RuleSet, active: RuleSet, ignorePath: String?) throws -> RunConfiguration {
        let audit = settings.audit(loaded)
        for warning in audit.warnings { printError("clauseguard: warning: \(warning)") }
        for note in audit.notes { printError("clauseguard: note: \(note)") }
        if active.rules.isEmpty {
            printError("clauseguard: error: every rule is disabled (\(audit.notes.joined(separator: "; "))); refusing to report contracts as clean without rules")
            throw ExitStatus.usage
        }
        return RunConfiguration(configFile: settings.configuration.displayPath, ignoreFile: ignorePath.map(ScanConfiguration.display),
                                baseline: baseline, weakened: audit.notes)
    }

    /// Baseline and ignore-file suppressions, applied to each report as it arrives (Word-comment suppressions
    /// were applied while scanning).
    private func suppressor(ignorePath: String?, roots: ScanRoots) throws -> @Sendable (inout ContractReport) -> Void {
        var accepted: [@Sendable (Finding, String) -> String?] = []
        if let baseline {
            do {
                let loaded = try Baseline.load(path: baseline)
                accepted.append { loaded.reason(for: $0, file: roots.relativePath(of: $1)) }
            } catch {
                printError("clauseguard: cannot read baseline \(ErrorText.clipped(baseline)): \(ErrorText.clipped(String(describing: error), limit: 2 * ErrorText.limit))")
                throw ExitStatus.usage
            }
        }
        if let path = ignorePath {
            do {
                let ignore = try IgnoreFile.load(path: path)
                for entry in ignore.expired {
                    printError("clauseguard: \(path):\(entry.line): ignore entry for \(entry.rule ?? entry.fingerprint ?? "?") expired on \(entry.expires ?? "?"); it no longer applies")
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

    /// zh when LANG says Chinese: the language for what no contract decides.
    static func environmentLanguage() -> Language? {
        let lang = ProcessInfo.processInfo.environment["LANG"] ?? ""
        return lang.hasPrefix("zh") ? .zh : nil
    }
}

extension ReportFormat: ExpressibleByArgument {}

extension Language: ExpressibleByArgument {}

enum PerspectiveOption: String, ExpressibleByArgument, CaseIterable {
    case client, provider
    var value: Perspective { self == .client ? .client : .provider }
}

extension Severity: ExpressibleByArgument {}
