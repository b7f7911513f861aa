import Testing
import ClauseGuardText
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardPipeline
@testable import ClauseGuardReport

/// Streamed formats must equal the buffered ones byte for byte, and the scanner must deliver in input order.
@Suite struct StreamingTests {
    private func batch(files: Int) throws -> (BatchReport, [String]) {
        let dir = try TestFolder.make("stream")
        var paths: [String] = []
        for i in 0..<files {
            let path = dir.appendingPathComponent("c\(i).txt").path
            let text = i % 3 == 0 ? "第一条 期满未提出异议的，视为自动续约。" : (i % 3 == 1 ? "第一条 双方友好合作。" : "")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let rule = RuleLoader.parse(yaml: "id: r\nfamily: auto_renewal\nseverity: high\nmatch: 视为自动续约\nmessage: x\n", file: "t.yml").0
        let scanner = BatchScanner(reader: ContractReader(), analyzer: Analyzer(rules: RuleSet(rule)), jobs: 2)
        let contracts = scanner.scan(paths)
        return (BatchReport(version: "t", ruleCount: 1, perspective: .client, language: "auto", contracts: contracts, skipped: [:]), paths)
    }

    private func streamed(_ stream: ReportStream, _ report: BatchReport) throws -> String {
        var out = stream.begin()
        for (i, contract) in report.contracts.enumerated() { out += String(decoding: stream.contract(contract, first: i == 0), as: UTF8.self) }
        var tail = report
        tail.contracts = []
        return out + (try stream.end(tail))
    }

    @Test(arguments: [0, 1, 7])
    func jsonStreamEqualsTheBufferedReport(_ files: Int) throws {
        let (report, _) = try batch(files: files)
        #expect(try streamed(JSONStream(), report) == JSONRenderer().render(report))
    }

    /// The JSON stream writes contracts without `Encodable`; on the samples with the shipped rules (values, notes,
    /// hidden and inserted text, not-read parts), on broken files and on awkward strings it must equal JSONEncoder.
    @Test func jsonStreamEqualsJSONEncoderOnTheSamplesWithTheFullRulePack() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var paths: [String] = []
        for folder in ["SampleContracts", "tools/samples/eval"] {
            let dir = root.appendingPathComponent(folder)
            paths += try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
                .filter { !$0.hasSuffix(".yaml") }.map { dir.appendingPathComponent($0).path }
        }
        paths.append(root.appendingPathComponent("Package.swift").path)   // unsupported type: an error report
        let rules = RuleLoader.load(paths: [root.appendingPathComponent("Rules").path]).rules
        let scanner = BatchScanner(reader: ContractReader(), analyzer: Analyzer(rules: rules), jobs: 2)
        var contracts = scanner.scan(paths)
        #expect(contracts.reduce(0) { $0 + $1.findings.count } > 50)
        #expect(contracts.contains { $0.error != nil })
        #expect(contracts.contains { $0.findings.contains { !$0.values.isEmpty } && $0.findings.contains { !$0.notes.isEmpty } })
        // A not-read note, suppressed findings, and strings that need escaping.
        contracts[1].notRead = "not read: 1 embedded object, 2 images"
        contracts[0].suppress { $0.family == "termination" ? "accepted \"as is\" \\ by\tlegal\n\u{1}" : nil }
        contracts[0].warnings.append("quote \" backslash \\ slash / control \u{7}\u{1F} emoji 😀 line\u{2028}")
        // Every kind of value, with the numbers JSONEncoder writes in its own way (integral, tiny, huge, -0).
        let index = try #require(contracts[0].findings.indices.first)
        contracts[0].findings[index].values = [
            "n": .number(-0.0), "big": .number(1e21), "tiny": .number(2.5e-7), "pct": .percent(0.30000000000000004),
            "notice": .duration(DurationValue(value: 15, unit: .businessDay)), "term": .duration(DurationValue(value: 1.5, unit: .year)),
            "fee": .money(MoneyValue(amount: 5000, currency: "CNY")), "who": .party(PartyValue(label: "乙方 \"B\"", role: .provider)),
            "when": .date(DateValue(year: 2026, month: 11, day: nil, time: "24:00")), "bare": .date(DateValue()),
        ]
        let report = BatchReport(version: "t", ruleCount: rules.rules.count, perspective: .client, language: "auto",
                                 contracts: contracts, skipped: [:])
        let streamed = try streamed(JSONStream(), report)
        let buffered = try JSONRenderer().render(report)
        #expect(streamed == buffered)
        if streamed != buffered {
            let a = streamed.split(separator: "\n", omittingEmptySubsequences: false), b = buffered.split(separator: "\n", omittingEmptySubsequences: false)
            if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("first difference at line \(i + 1):\n stream:  \(a[i])\n encoder: \(b[i])")
            }
        }
    }

    @Test func csvStreamEqualsTheBufferedReport() throws {
        let (report, _) = try batch(files: 7)
        let options = RenderOptions(language: .en)
        #expect(try streamed(CSVStream(options: options), report) == CSVRenderer(options: options).render(report))
    }

    @Test func scannerDeliversInInputOrder() throws {
        let (report, paths) = try batch(files: 40)
        #expect(report.contracts.map(\.path) == paths)
        #expect(report.summary.unreadable == 13)   // the empty files
    }
}
