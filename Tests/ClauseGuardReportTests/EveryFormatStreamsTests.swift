import Testing
import Foundation
import ClauseGuardTestSupport
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardPipeline
@testable import ClauseGuardReport

/// Every format is streamed (issue 18): scanned one contract at a time, it must equal its renderer over the whole
/// batch byte for byte, and the file a spilling format keeps its parts in never shows up anywhere.
@Suite struct EveryFormatStreamsTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The samples with the shipped rules, plus generated contracts (Chinese, English, a name with a control and
    /// markup, an unreadable file), a not-read note, suppressed findings and settings lines.
    private static func batch() throws -> (BatchReport, RuleSet) { try scanned.get() }

    /// Scanned once for all the tests (the full rule pack over the samples takes a while in a debug build).
    private static let scanned = Result { try scan() }

    private static func scan() throws -> (BatchReport, RuleSet) {
        let samples = root.appendingPathComponent("SampleContracts")
        var paths = try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted().map { samples.appendingPathComponent($0).path }
        let dir = try TestFolder.make("every-format")
        let generated: [(String, String)] = [
            ("zh.txt", "第一条 期满未提出异议的，视为自动续约。\n第二条 乙方不承担任何责任。"),
            ("en & <b>\u{1}.txt", "1. This agreement renews automatically unless either party objects. The provider is not liable for anything."),
            ("empty.txt", ""),
            ("clean.md", "# Agreement\n\nThe parties agree to cooperate."),
        ]
        for (name, text) in generated {
            let path = dir.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let rules = RuleLoader.load(paths: [root.appendingPathComponent("Rules").path]).rules
        let scanner = BatchScanner(reader: ContractReader(), analyzer: Analyzer(rules: rules), jobs: 2)
        var contracts = scanner.scan(paths)
        #expect(contracts.contains { $0.error != nil } && contracts.contains { $0.error == nil && $0.findings.isEmpty })
        contracts[1].notRead = "not read: 1 embedded object"
        contracts[0].suppress { $0.family == "termination" ? "accepted" : nil }
        let report = BatchReport(version: "t", ruleCount: rules.rules.count, rulePack: "p1", perspective: .client, language: "auto",
                                 contracts: contracts, skipped: ["lock file": 2],
                                 configuration: RunConfiguration(configFile: ".clauseguard.yml", weakened: ["disabled by .clauseguard.yml: penalty (6 rules)"]))
        return (report, rules)
    }

    private static func expectSame(_ streamed: String, _ buffered: String, _ label: String) {
        // Recorded without the two reports in full: they run to megabytes.
        guard streamed != buffered else { return }
        let a = streamed.split(separator: "\n", omittingEmptySubsequences: false), b = buffered.split(separator: "\n", omittingEmptySubsequences: false)
        if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("\(label): first difference at line \(i + 1):\n stream:   \(a[i].prefix(300))\n renderer: \(b[i].prefix(300))")
        } else {
            Issue.record("\(label): \(a.count) lines streamed, \(b.count) rendered")
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func streamedEqualsTheRendererOverTheWholeBatch(_ format: ReportFormat) throws {
        let (report, rules) = try Self.batch()
        let spill = try TestFolder.make("spill")
        for var options in [RenderOptions(), RenderOptions(language: .zh), RenderOptions(colour: true, failOn: .medium)] {
            options.spillFolder = spill.path
            let buffered = try format.renderer(options: options, rules: rules).render(report)
            Self.expectSame(try format.streamedAsTheCLI(report, rules: rules, options: options), buffered, "\(format) \(options.language?.rawValue ?? "auto")")
        }
        // One contract, and none: the summary and the empty arrays are written only as the renderer writes them.
        for contracts in [[report.contracts[0]], [report.contracts.last!], []] {
            var small = report
            small.contracts = contracts
            small.summary = contracts.reduce(into: BatchReport.Summary()) { $0.add($1) }
            let options = RenderOptions()
            Self.expectSame(try format.streamedAsTheCLI(small, rules: rules, options: options),
                            try format.renderer(options: options, rules: rules).render(small), "\(format) \(contracts.count) contract(s)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: spill.path).isEmpty, "\(format): nothing left in the spill folder")
    }

    /// Over code scanning's result limit, SARIF keeps the most severe: the streamed log reads its spill once per
    /// level. The limit is lowered here so the batch need not hold 25,000 results.
    @Test func sarifOverTheResultLimitEqualsTheRenderer() throws {
        let (report, rules) = try Self.batch()
        let results = report.summary.findings + report.summary.suppressed
        for limit in [1, results / 3, results - 1, results] {
            var renderer = SARIFRenderer(rules: rules, options: RenderOptions())
            renderer.maxResults = limit
            let stream = SpilledStream(SARIFStream(renderer: renderer), spillFolder: nil)
            let output = ReportBuffer()
            for (i, contract) in report.contracts.enumerated() { stream.deliver(contract, part: stream.contract(contract, first: i == 0), to: output) }
            var tail = report
            tail.contracts = []
            try stream.finish(tail, to: output)
            let buffered = try renderer.render(report)
            #expect(buffered.contains("less severe results left out") == (limit < results))
            Self.expectSame(output.text, buffered, "sarif limited to \(limit) of \(results)")
        }
    }

    /// The spill file is unlinked as soon as it is made: the folder never lists it, while streaming or after; a
    /// folder that cannot hold it fails the report with a message naming it.
    @Test func theSpillFileIsNeverLeftInTheFolder() throws {
        let (report, rules) = try Self.batch()
        let folder = try TestFolder.make("spill-folder")
        var options = RenderOptions()
        options.spillFolder = folder.path
        let stream = ReportFormat.html.stream(options: options, rules: rules)
        let output = ReportBuffer()
        for (i, contract) in report.contracts.enumerated() {
            stream.deliver(contract, part: stream.contract(contract, first: i == 0), to: output)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "while streaming")
        #expect(output.bytes.isEmpty, "the parts wait for the top")
        var tail = report
        tail.contracts = []
        try stream.finish(tail, to: output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "after")

        options.spillFolder = folder.appendingPathComponent("missing").path
        let failing = ReportFormat.text.stream(options: options, rules: rules)
        failing.deliver(report.contracts[0], part: failing.contract(report.contracts[0], first: true), to: ReportBuffer())
        #expect { try failing.finish(tail, to: ReportBuffer()) } throws: { "\($0)".contains("missing") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "after a failure")
    }
}
