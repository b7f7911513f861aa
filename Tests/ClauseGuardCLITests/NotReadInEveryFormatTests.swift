import Testing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ClauseGuardTestSupport

/// Content ClauseGuard could not read (an altChunk, an embedded object) must reach CI too: every format says so,
/// not only the human ones. One contract with findings and one without, since CSV has no row for a clean contract.
@Suite(.serialized) struct NotReadInEveryFormatTests {
    static let notice = "not read: 1 altChunk"

    /// Two Word files in one folder, each with an altChunk (another document pasted in, which is not read).
    private func folder() throws -> URL {
        let dir = try TestFolder.make("notread")
        let risky = DocxBuilder(body: W.para("第八条 违约责任")
            + W.para("甲方提前解约的，应支付剩余服务费的30%作为违约金，最低不低于人民币伍仟元整。") + "<w:altChunk r:id=\"rId31\"/>")
        let clean = DocxBuilder(body: W.para("合作协议") + "<w:altChunk r:id=\"rId31\"/>")
        for (name, builder) in [("risky.docx", risky), ("clean.docx", clean)] {
            try FileManager.default.copyItem(atPath: try builder.write(), toPath: dir.appendingPathComponent(name).path)
        }
        return dir
    }

    private func scan(_ dir: URL, _ format: String, jobs: Int = 1) throws -> String {
        try CLIRunner.run(["scan", dir.path, "--format", format, "--jobs", String(jobs)]).stdout
    }

    @Test func textReportShowsTheNotice() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try scan(dir, "text").components(separatedBy: Self.notice).count == 3)
    }

    @Test func sarifHasAWarningNotificationPerContractAndStaysValid() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try scan(dir, "sarif")
        let sarif = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let run = (sarif["runs"] as! [[String: Any]])[0]
        let invocation = (run["invocations"] as! [[String: Any]])[0]
        let notifications = invocation["toolExecutionNotifications"] as? [[String: Any]] ?? []
        let notRead = notifications.filter { ($0["message"] as? [String: Any])?["text"] as? String == Self.notice }
        #expect(notRead.count == 2)
        #expect(notRead.allSatisfy { $0["level"] as? String == "warning" })
        let uris = notRead.compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
        #expect(uris.contains { $0.hasSuffix("clean.docx") } && uris.contains { $0.hasSuffix("risky.docx") })
        // Content left unread is a warning, not a failed run.
        #expect(invocation["executionSuccessful"] as? Bool == true)
        let (status, output) = try SchemaValidator.validate(text, schema: "docs/sarif-schema-2.1.0.json")
        #expect(status == 0, "\(output)")
    }

    @Test func junitCarriesAPropertyAndASkippedCasePerContract() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = try XMLDocument(data: Data(try scan(dir, "junit").utf8))
        let properties = try document.nodes(forXPath: "//testsuite/properties/property[@name='notRead']")
        #expect(properties.compactMap { ($0 as? XMLElement)?.attribute(forName: "value")?.stringValue } == [Self.notice, Self.notice])
        let skipped = try document.nodes(forXPath: "//testsuite/testcase[@name='not-read']/skipped")
        #expect(skipped.compactMap { ($0 as? XMLElement)?.attribute(forName: "message")?.stringValue } == [Self.notice, Self.notice])
        // Counts stay consistent: each suite's tests include the skipped case, and says it is skipped.
        for suite in try document.nodes(forXPath: "//testsuite").compactMap({ $0 as? XMLElement }) {
            let cases = try suite.nodes(forXPath: "testcase").count
            #expect(suite.attribute(forName: "tests")?.stringValue == String(cases))
            #expect(suite.attribute(forName: "skipped")?.stringValue == "1")
        }
    }

    @Test func csvHasANotReadRowPerContract() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = CSVTable.parse(try scan(dir, "csv"))
        let kind = rows[0].firstIndex(of: "kind")!, message = rows[0].firstIndex(of: "message")!
        let notRead = rows.filter { $0[kind] == "not-read" }
        #expect(notRead.count == 2)
        #expect(notRead.allSatisfy { $0[message] == Self.notice })
        #expect(notRead.contains { $0[0].hasSuffix("clean.docx") })
    }

    @Test func csvMatrixHasANotReadColumn() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = CSVTable.parse(try scan(dir, "csv-matrix"))
        let column = try #require(rows[0].firstIndex(of: "notRead"))
        #expect(rows.dropFirst().map { $0[column] } == [Self.notice, Self.notice])
    }

    @Test(arguments: ["json", "sarif", "junit", "csv", "csv-matrix"])
    func outputWithNoticesIsByteIdenticalAcrossRunsAndJobs(_ format: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = try scan(dir, format, jobs: 1)
        #expect(one.contains(Self.notice))
        #expect(try scan(dir, format, jobs: 2) == one)
    }
}

/// Runs scripts/validate_json.py (python3 with jsonschema) on a document.
enum SchemaValidator {
    static func validate(_ text: String, schema: String) throws -> (Int32, String) {
        let file = try CLIRunner.temporaryFolder().appendingPathComponent("doc.json")
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CLIRunner.packageRoot.appendingPathComponent("scripts/validate_json.py").path,
                             CLIRunner.packageRoot.appendingPathComponent(schema).path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

/// A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF rows; the BOM is dropped.
enum CSVTable {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                row.append(field); rows.append(row); row = []; field = ""; i += 1
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
