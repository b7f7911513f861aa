import Testing
import Foundation
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
@testable import ClauseGuardReport

/// Streamed formats must equal the buffered ones byte for byte, and the scanner must deliver in input order.
@Suite struct StreamingTests {
    private func batch(files: Int) throws -> (BatchReport, [String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cg-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
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
        for (i, contract) in report.contracts.enumerated() { out += stream.contract(contract, first: i == 0) }
        var tail = report
        tail.contracts = []
        return out + (try stream.end(tail))
    }

    @Test(arguments: [0, 1, 7])
    func jsonStreamEqualsTheBufferedReport(_ files: Int) throws {
        let (report, _) = try batch(files: files)
        #expect(try streamed(JSONStream(), report) == JSONRenderer().render(report))
    }

    @Test func csvStreamEqualsTheBufferedReport() throws {
        let (report, _) = try batch(files: 7)
        let options = RenderOptions(language: "en")
        #expect(try streamed(CSVStream(options: options), report) == CSVRenderer(options: options).render(report))
    }

    @Test func scannerDeliversInInputOrder() throws {
        let (report, paths) = try batch(files: 40)
        #expect(report.contracts.map(\.path) == paths)
        #expect(report.summary.unreadable == 13)   // the empty files
    }
}
