import ArgumentParser
import Foundation
import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText
import ClauseGuardReport
import ClauseGuardPipeline
import CTempFiles

/// `clauseguard merge SHARD.jsonl...`: the JSON Lines outputs of `scan --shard I/N` workers (or of workers given
/// their own `--files-from` lists) as one report in any format, byte for byte what one run over all the files
/// writes, with that run's exit code.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the JSON Lines outputs of scan workers (--shard I/N) into one report.",
        discussion: "Give merge the same --rules, --disable and config as the scan: SARIF and JUnit are rendered from the rules. See docs/SCALE.md."
    )

    @Argument(help: ArgumentHelp("Outputs of clauseguard scan --format jsonl: all N shards of a --shard run, or whole runs to follow one another.", valueName: "shard.jsonl"))
    var shards: [String]

    @Option(name: .shortAndLong, help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Findings at or above this severity make the exit code 1 (default: the scan's).")
    var failOn: Severity?

    @Option(help: ArgumentHelp("Disable a rule id or a whole family, as the scan did (repeatable).", valueName: "id"))
    var disable: [String] = []

    @Option(help: ArgumentHelp("Config file the scan used (default: .clauseguard.yml found upward from the working folder).", valueName: "file"))
    var config: String?

    @Flag(name: .shortAndLong, help: "No warnings on standard error.")
    var quiet = false

    @Flag(help: "Never colour the text report.")
    var noColor = false

    @OptionGroup var rules: RuleOptions

    func run() throws {
        cg_temp_install_handlers()
        let merge: ShardMerge
        do {
            merge = try ShardMerge(shards.map { path throws(MergeError) in try ShardFile(path: path) })
        } catch {
            printError("clauseguard: error: \(error)")
            throw ExitStatus.usage
        }
        let header = merge.header
        let configuration: ScanConfiguration
        do {
            configuration = try ScanConfiguration.load(explicit: config)
        } catch {
            printError("clauseguard: \(error)")
            throw ExitStatus.usage
        }
        let settings = ScanSettings(commandLine: .init(disable: disable), configuration: configuration)
        let loaded = try rules.load(extra: settings.extraRuleFolders, quiet: quiet)
        let ruleSet = settings.configure(loaded.rules)
        try checkRules(ruleSet, pack: loaded.packVersion, against: header)

        let outputs: [String: OutputFile]
        do {
            outputs = try OutputPlan([.init(option: "--output", path: output ?? "-")],
                                     inputs: shards + loaded.filesOnDisk + [configuration.path].compactMap { $0 }).open()
        } catch {
            printError("clauseguard: error: \(error)")
            throw ExitStatus.usage
        }
        defer { outputs.values.forEach { $0.abandon() } }
        let report = outputs["--output"]!

        let failOn = self.failOn ?? Severity(rawValue: header.failOn) ?? .high
        let language = Language(rawValue: header.language)
        let toTerminal = report.target == .standardOutput && isatty(STDOUT_FILENO) == 1
        var options = RenderOptions(language: language, fallbackLanguage: ScanCommand.environmentLanguage() ?? .en, families: loaded.families,
                                    colour: toTerminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil,
                                    failOn: failOn)
        options.spillFolder = report.target.spillFolder
        var run = BatchReport(version: header.tool.version, ruleCount: header.tool.rules, rulePack: header.tool.rulePack,
                              perspective: Perspective(rawValue: header.perspective) ?? .client, language: header.language,
                              contracts: [], skipped: header.skipped, configuration: header.settings)
        let stream = format.stream(options: options, rules: ruleSet)
        var merged = header
        merged.failOn = failOn.rawValue
        report.write(stream.begin(header: merged))
        var summary = BatchReport.Summary()
        do {
            try merge.forEach { contract in
                if let error = contract.error, !quiet { printError("clauseguard: \(error)") }
                stream.deliver(contract, part: stream.contract(contract, position: summary.contracts, first: summary.contracts == 0), to: report)
                summary.add(contract)
            }
            run.summary = summary
            try stream.finish(run, to: report)
        } catch {
            printError("clauseguard: error: \(error)")
            throw ExitStatus.usage
        }
        do {
            try report.commit()
        } catch {
            printError("clauseguard: \(error)")
            throw ExitStatus.usage
        }
        if summary.unreadable > 0 { throw ExitStatus.unreadable }
        if let worst = summary.worstSeverity, worst >= failOn { throw ExitStatus.findings }
    }

    /// SARIF and JUnit show the rules merge loads: they must be the ones the shards were scanned with.
    private func checkRules(_ ruleSet: RuleSet, pack: String?, against header: StreamHeader) throws {
        if pack != header.tool.rulePack {
            printError("clauseguard: error: the shards were scanned with rule pack \(header.tool.rulePack ?? "none (--no-default-rules)"), this clauseguard loads \(pack ?? "none (--no-default-rules)"); merge with the clauseguard and rules that scanned")
            throw ExitStatus.usage
        }
        if StreamHeader.fingerprint(of: ruleSet) != header.ruleSet || ruleSet.rules.count != header.tool.rules {
            printError("clauseguard: error: the shards were scanned with other rules (\(header.tool.rules) active) than merge loads (\(ruleSet.rules.count)); give merge the same --rules, --disable and config file as the scan")
            throw ExitStatus.usage
        }
    }
}
