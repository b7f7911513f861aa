import Testing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every output format on real contracts: schema-valid JSON and SARIF, well-formed JUnit, escaped HTML, CSV rows.
@Suite(.serialized) struct ReportFormatTests {
    static let hostile = """
    第八条 违约责任
    1. 甲方中途解约的，已支付的服务费不予退还<script>alert("x")</script>。
    2. 甲方提前解约的，应支付剩余服务费的30%作为违约金，最低不低于人民币伍仟元整。
    """

    private func scan(_ arguments: [String], files: [String: String]) throws -> (CLIRunner.Result, URL) {
        let dir = try CLIRunner.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return (try CLIRunner.run(["scan", dir.path] + arguments), dir)
    }

    @Test func jsonValidatesAgainstTheReportSchema() throws {
        let (run, dir) = try scan(["--format", "json"], files: ["a.txt": Self.hostile, "empty.txt": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (status, output) = try SchemaValidator.validate(run.stdout, schema: "docs/report.schema.json")
        #expect(status == 0, "\(output)")
    }

    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        let (run, dir) = try scan(["--format", "sarif"], files: ["a.txt": Self.hostile, "empty.txt": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        // docs/ holds a copy of the official OASIS schema (shared/schemas/sarif-schema-2.1.0.json).
        let (status, output) = try SchemaValidator.validate(run.stdout, schema: "docs/sarif-schema-2.1.0.json")
        #expect(status == 0, "\(output)")
        let sarif = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let runs = sarif["runs"] as! [[String: Any]]
        let rules = ((runs[0]["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        #expect(rules.contains { $0["id"] as? String == "penalty.minimum-floor" && $0["help"] != nil })
        let results = runs[0]["results"] as! [[String: Any]]
        let located = results.first { $0["ruleId"] as? String == "penalty.minimum-floor" }
        let physical = ((located?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((physical?["region"] as? [String: Any])?["startLine"] as? Int == 3)
        let notifications = (runs[0]["invocations"] as! [[String: Any]])[0]["toolExecutionNotifications"] as! [[String: Any]]
        #expect(notifications.count == 1)
    }

    @Test func junitIsWellFormedWithACasePerFamily() throws {
        let (run, dir) = try scan(["--format", "junit"], files: ["a.txt": Self.hostile, "empty.txt": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        let suites = try document.nodes(forXPath: "/testsuites/testsuite")
        #expect(suites.count == 2)
        let penalty = try document.nodes(forXPath: "//testcase[@name='penalty']/failure")
        #expect(penalty.count == 1)
        #expect(try document.nodes(forXPath: "//testcase/error").count == 1)
    }

    @Test func htmlEscapesContractTextAndIsSelfContained() throws {
        let (run, dir) = try scan(["--format", "html"], files: ["a.txt": Self.hostile])
        defer { try? FileManager.default.removeItem(at: dir) }
        let html = run.stdout
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"))
        #expect(!html.contains("https://"))
        #expect(html.contains("<svg"))
        #expect(html.contains("<mark>"))
    }

    @Test func csvHasOneRowPerFindingAndEscapes() throws {
        let (run, dir) = try scan(["--format", "csv"], files: ["a.txt": Self.hostile, "empty.txt": ""])
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try scan(["--format", "json"], files: ["a.txt": Self.hostile, "empty.txt": ""])
        defer { try? FileManager.default.removeItem(at: json.1) }
        let report = try JSONSerialization.jsonObject(with: Data(json.0.stdout.utf8)) as! [String: Any]
        let findings = ((report["contracts"] as! [[String: Any]]).flatMap { $0["findings"] as! [Any] }).count
        let lines = run.stdout.split(separator: "\r\n", omittingEmptySubsequences: true)
        // Header + one row per finding + one row for the unreadable file (no multi-line fields in this input).
        #expect(lines.count == 1 + findings + 1)
        #expect(run.stdout.hasPrefix("\u{FEFF}file,risk,severity"))
    }

    @Test func markdownEscapesAndHighlights() throws {
        let (run, dir) = try scan(["--format", "md"], files: ["a.txt": Self.hostile])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(run.stdout.contains("\\<script\\>"))
        #expect(run.stdout.contains("**"))
    }

    @Test(arguments: ["json", "sarif", "junit", "csv"])
    func outputIsByteIdenticalAcrossRunsAndJobs(_ format: String) throws {
        let files = ["a.txt": Self.hostile, "b.txt": Self.hostile + "\n第九条 合同期满自动续约。", "c.txt": "合作协议"]
        let (one, d1) = try scan(["--format", format, "--jobs", "1"], files: files)
        defer { try? FileManager.default.removeItem(at: d1) }
        let two = try CLIRunner.run(["scan", d1.path, "--format", format, "--jobs", "2"])
        #expect(one.stdout == two.stdout)
    }

    @Test func outputFileOption() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.hostile.utf8).write(to: dir.appendingPathComponent("a.txt"))
        let out = dir.appendingPathComponent("report.html")
        let run = try CLIRunner.run(["scan", dir.appendingPathComponent("a.txt").path, "--format", "html", "--output", out.path])
        #expect(run.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test(arguments: ["json", "sarif"])
    func sampleContractsValidateAgainstTheSchemas(_ format: String) throws {
        let samples = CLIRunner.packageRoot.appendingPathComponent("SampleContracts").path
        let run = try CLIRunner.run(["scan", samples, "--format", format])
        #expect(run.status == 1)
        let schema = format == "json" ? "docs/report.schema.json" : "docs/sarif-schema-2.1.0.json"
        let (status, output) = try SchemaValidator.validate(run.stdout, schema: schema)
        #expect(status == 0, "\(output)")
        #expect(run.stdout.contains("04-taobao-custody-redline.docx"))
    }

    @Test func samplesInEveryBufferedFormat() throws {
        let samples = CLIRunner.packageRoot.appendingPathComponent("SampleContracts").path
        let junit = try CLIRunner.run(["scan", samples, "--format", "junit"])
        let document = try XMLDocument(data: Data(junit.stdout.utf8))
        #expect(try document.nodes(forXPath: "/testsuites/testsuite").count == 9)
        let html = try CLIRunner.run(["scan", samples, "--format", "html", "--lang", "zh"])
        #expect(html.stdout.contains("合同 × 风险类别") && html.stdout.contains("第十二条（违约责任）"))
        let md = try CLIRunner.run(["scan", samples, "--format", "md"])
        #expect(md.stdout.contains("| SampleContracts") || md.stdout.contains("01-daiyunying-onesided.docx"))
    }
}
