import Testing
import Foundation
import ClauseGuardTestSupport

/// The HTML report as a lawyer sends it: title, date, versions, disclaimer, no local folders, labels in the
/// report's language, and print CSS that keeps every matrix column on the page (scripts/html_print_check.sh
/// prints it to PDF with headless Chromium and checks the columns in the PDF's text).
@Suite struct HTMLPrintTests {
    private func report(_ extra: [String] = []) throws -> (html: String, folder: URL) {
        let contracts = try CLIRunner.temporaryFolder()
        for name in ["01-daiyunying-onesided.docx", "05-design-outsourcing.docx", "03-douyin-store-operation.docx"] {
            try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("SampleContracts/\(name)"),
                                             to: contracts.appendingPathComponent(name))
        }
        // An unreadable one too: its error names it without the folder as well.
        try Data().write(to: contracts.appendingPathComponent("empty.docx"))
        // Run from another folder, with the contracts' absolute path, as a lawyer's script would.
        let elsewhere = try CLIRunner.temporaryFolder()
        let run = try CLIRunner.run(["scan", contracts.path, "--format", "html", "--lang", "zh", "-q"] + extra,
                                    in: elsewhere, environment: ["SOURCE_DATE_EPOCH": "1796083200"])
        #expect(run.status == 3, "\(run.stderr)")
        return (run.stdout, contracts)
    }

    @Test func theReportSaysWhatWhenAndWhoMadeItWithoutLocalFolders() throws {
        let (html, folder) = try report(["--title", "ACME 合同审阅 <草稿>"])
        #expect(html.contains("<title>ACME 合同审阅 &lt;草稿&gt;</title>"))
        #expect(html.contains("<h1>ACME 合同审阅 &lt;草稿&gt;</h1>"))
        #expect(html.contains("生成日期: 2026-12-01"), "SOURCE_DATE_EPOCH gives the date")
        #expect(html.contains("ClauseGuard 0.1.0 · 规则包 "))
        #expect(html.contains("不构成法律意见"))
        #expect(html.contains("视角: 客户方(商家)") && !html.contains("视角: client"))
        #expect(!html.contains(folder.path) && !html.contains(TestFolder.root.path), "no local folder in a report that is sent out")
        #expect(html.contains(">01-daiyunying-onesided.docx</a>"))
        #expect(html.contains(": empty.docx: empty file"), "the read error names the file as the report does")
        let untitled = try report().html
        #expect(untitled.contains("<title>ClauseGuard 合同风险报告</title>"))
    }

    @Test func printCSSKeepsEveryMatrixColumnOnALandscapePage() throws {
        let (html, _) = try report()
        for rule in ["@page{size:A4 landscape", "table.matrix{table-layout:fixed;width:100%", "writing-mode:vertical-rl",
                     "thead{display:table-header-group}", "body{max-width:none"] {
            #expect(html.contains(rule), "\(rule)")
        }
        let matrix = try #require(html.range(of: "<table class=\"matrix\">"))
        #expect(html[..<matrix.lowerBound].hasSuffix("<div class=\"matrix-wrap\">"))
        let header = html[matrix.upperBound...].prefix { $0 != "\n" }
        #expect(header.components(separatedBy: "<th>").count - 1 > 10, "contract column plus the families")
    }
}
