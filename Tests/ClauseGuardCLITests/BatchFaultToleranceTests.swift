import Testing
import Foundation
import ClauseGuardReport
import ClauseGuardTestSupport

/// A folder of 1,000 files, 10% broken in every way `BrokenFile` knows: in every output format each good file is
/// reported in full (the same findings as when scanned alone), each bad one is listed with its reason, the exit
/// code is 3, and the scanner's memory stays bounded.
@Suite struct BatchFaultToleranceTests {
    /// The folder, made once for all formats.
    struct Fixture: Sendable {
        var folder: URL
        /// What scanning a source alone reports: its findings' rule ids and how many were suppressed in the text.
        struct Expected: Sendable {
            var ruleIDs: [String]
            var suppressed: Int
            /// Per-finding formats (SARIF, CSV) list suppressed findings too, marked.
            var listed: Int { ruleIDs.count + suppressed }
        }
        /// Good file path → what its source reports alone.
        var good: [String: Expected]
        /// Bad file path → the expected `IngestError.Reason`.
        var bad: [String: String]

        static let shared = Result { try Fixture() }

        init() throws {
            folder = try TestFolder.make("batch")
            let root = CLIRunner.packageRoot
            // Word sources (slower to read) and small text ones, so the batch stays quick in a debug build.
            let samples = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("SampleContracts").path)
                .sorted().map { root.appendingPathComponent("SampleContracts/\($0)") }
            let texts = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("tools/samples/eval").path)
                .filter { $0.hasSuffix(".txt") }.sorted().map { root.appendingPathComponent("tools/samples/eval/\($0)") }
            var expected: [URL: Expected] = [:]
            for source in samples + texts { expected[source] = try Self.expected(scanning: source) }

            good = [:]
            for i in 0..<900 {
                let source = i < 90 ? samples[i % samples.count] : texts[i % texts.count]
                let copy = folder.appendingPathComponent(String(format: "good-%03d-", i) + source.lastPathComponent)
                try FileManager.default.copyItem(at: source, to: copy)
                good[copy.path] = expected[source]
            }
            bad = [:]
            var i = 0
            while bad.count < 100 {
                let kind = BrokenFile.allCases[i % BrokenFile.allCases.count]
                if kind == .symlinkLoop, bad.count > 98 { i += 1; continue }   // it makes two files
                let url = folder.appendingPathComponent(String(format: "bad-%03d-%@.docx", i, kind.rawValue))
                try kind.make(at: url)
                bad[url.path] = kind.expectedReason
                if kind == .symlinkLoop { bad[url.deletingPathExtension().appendingPathExtension("loop.docx").path] = kind.expectedReason }
                i += 1
            }
        }

        static func expected(scanning file: URL) throws -> Expected {
            let run = try CLIRunner.run(["scan", file.path, "--format", "json", "-q"])
            let contract = try #require(try BatchFaultToleranceTests.contracts(run.stdout).first)
            return Expected(ruleIDs: BatchFaultToleranceTests.ruleIDs(contract),
                            suppressed: (contract["suppressed"] as? [Any])?.count ?? 0)
        }
    }

    static func ruleIDs(_ contract: [String: Any]) -> [String] {
        (contract["findings"] as? [[String: Any]] ?? []).map { $0["ruleID"] as! String }
    }

    static func contracts(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["contracts"] as? [[String: Any]] ?? []
    }

    @Test(arguments: ReportFormat.allCases.map(\.rawValue))
    func everyFormatReportsGoodFilesInFullAndBadOnesWithTheirReason(format: String) throws {
        let fixture = try Fixture.shared.get()
        #expect(fixture.good.count == 900 && fixture.bad.count == 100)
        let output = try TestFolder.make("report").appendingPathComponent("report.\(format)")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try CLIRunner.run(["scan", fixture.folder.path, "--format", format, "--lang", "en", "-o", output.path])
        #expect(run.status == 3, "\(run.stderr.prefix(500))")
        // Standard error names every bad file with its reason, one line each.
        for path in fixture.bad.keys { #expect(run.stderr.contains(path + ": "), "\(path) not on stderr") }
        // Nothing else: no library chatter between the lines.
        for line in run.stderr.split(separator: "\n") { #expect(line.hasPrefix("clauseguard: "), "stray line on stderr: \(line)") }
        let report = try String(contentsOf: output, encoding: .utf8)
        switch format {
        case "json": try checkJSON(report, fixture)
        case "sarif": try checkSARIF(report, fixture)
        case "csv": checkCSV(report, fixture)
        case "compact", "github":
            // A line per finding: files with findings appear, every bad file with its error.
            for (path, expected) in fixture.good where !expected.ruleIDs.isEmpty { #expect(report.contains(path), "\(format): \(path) missing") }
            for path in fixture.bad.keys {
                let line = format == "compact" ? path + ": error: " : "::error file=\(path),title=unreadable::"
                #expect(report.contains(line), "\(format): no error for \(path)")
            }
        default:
            // Human and per-contract formats: every file named, every bad one with its message. HTML, sent to
            // others, names files below the folder they share (here, the file names).
            func shown(_ path: String) -> String { format == "html" ? (path as NSString).lastPathComponent : path }
            for path in fixture.good.keys { #expect(report.contains(shown(path)), "\(format): \(path) missing") }
            for path in fixture.bad.keys { #expect(report.contains(shown(path) + ": "), "\(format): no error for \(path)") }
            if format == "junit" {
                #expect(report.components(separatedBy: "errors=\"1\"").count - 1 == fixture.bad.count)
            }
            if format == "csv-matrix" {
                #expect(report.split(separator: "\r\n").count == 1 + fixture.good.count + fixture.bad.count)
            }
        }
    }

    private func checkJSON(_ report: String, _ fixture: Fixture) throws {
        let contracts = try Self.contracts(report)
        #expect(contracts.count == fixture.good.count + fixture.bad.count)
        for contract in contracts {
            let path = contract["path"] as! String
            if let reason = fixture.bad[path] {
                #expect(contract["errorReason"] as? String == reason, "\(path): \(contract["error"] ?? "no error")")
                #expect((contract["error"] as? String)?.hasPrefix(path + ": ") == true)
            } else {
                #expect(contract["error"] == nil, "\(path): \(contract["error"]!)")
                #expect(Self.ruleIDs(contract) == fixture.good[path]?.ruleIDs, "\(path) reported differently in the batch")
            }
        }
    }

    private func checkSARIF(_ report: String, _ fixture: Fixture) throws {
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        func uri(_ object: [String: Any]) -> String? {
            let location = (object["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            // Outside the working folder, a contract's URI is absolute (file:///…); inside, relative to %SRCROOT%.
            let uri = (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
            return uri.map { $0.hasPrefix("file://") ? String($0.dropFirst("file://".count)) : $0 }
        }
        var resultsPerFile: [String: Int] = [:]
        for result in run["results"] as? [[String: Any]] ?? [] { resultsPerFile[uri(result) ?? "", default: 0] += 1 }
        for (path, expected) in fixture.good { #expect(resultsPerFile[path, default: 0] == expected.listed, "\(path)") }
        let invocation = (run["invocations"] as? [[String: Any]])?.first
        let notifications = invocation?["toolExecutionNotifications"] as? [[String: Any]] ?? []
        let notified = Set(notifications.compactMap(uri))
        #expect(notified == Set(fixture.bad.keys))
        #expect(invocation?["executionSuccessful"] as? Bool == false)
    }

    private func checkCSV(_ report: String, _ fixture: Fixture) {
        var rowsPerFile: [String: Int] = [:]
        for row in report.split(separator: "\r\n").dropFirst() {
            rowsPerFile[String(row.prefix { $0 != "," }), default: 0] += 1
        }
        for (path, expected) in fixture.good { #expect(rowsPerFile[path, default: 0] == expected.listed, "\(path)") }
        for path in fixture.bad.keys { #expect(rowsPerFile[path] == 1 && report.contains(path + ": "), "\(path)") }
    }

    @Test func memoryStaysFlatFromTenFilesToTheWholeBatch() throws {
        let fixture = try Fixture.shared.get()
        let few = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: few) }
        for path in fixture.good.keys.sorted().prefix(10) {
            try FileManager.default.copyItem(atPath: path, toPath: few.appendingPathComponent((path as NSString).lastPathComponent).path)
        }
        // Reports go to files in the test's own folder: tests never write to a real device node (as root, a
        // tool that renamed over /dev/null would break the machine).
        let small = try CLIRunner.runMeasuringPeakRSS(["scan", few.path, "--format", "json", "-q", "-o", few.appendingPathComponent("small.json").path])
        let large = try CLIRunner.runMeasuringPeakRSS(["scan", fixture.folder.path, "--format", "json", "-q", "-o", few.appendingPathComponent("large.json").path])
        #expect(large.status == 3)
        // Reports stream out as files finish, so 100x the files may not cost much more memory. A debug build
        // (the release figures are in BENCHMARKS.md).
        #expect(small.peakKiB > 0 && large.peakKiB < small.peakKiB + 32 << 10, "peak RSS \(small.peakKiB) KiB for 10 files, \(large.peakKiB) KiB for 1,000")
        #expect(large.peakKiB < 160 << 10, "peak RSS \(large.peakKiB) KiB")
    }
}
