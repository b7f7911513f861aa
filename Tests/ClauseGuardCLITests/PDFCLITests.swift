import Testing
import Foundation
import ClauseGuardReport
import ClauseGuardTestSupport

/// PDFs through the whole pipeline: the page in every report format, scans reported as needing OCR in every format
/// (exit 3, never a clean contract), and LibreOffice's PDF of each sample giving the .docx's findings.
@Suite(.serialized) struct PDFCLITests {
    static let clauses = PDFBuilder.lines([
        "1. The Consultant shall provide the services with due skill and care.",
        "2. If the Client terminates this Agreement for convenience, the Client shall pay the Consultant, as",
        "liquidated damages and not as a penalty, twenty percent (20%) of the remaining Fees.",
    ])

    private func folder(_ files: [String: [UInt8]]) throws -> URL {
        let dir = try CLIRunner.temporaryFolder()
        for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test(arguments: ReportFormat.allCases.map(\.rawValue))
    func pageIsInTheLocationOfEveryFormat(_ format: String) throws {
        let pages: [PDFBuilder.Page] = [.text(PDFBuilder.lines(["Services Agreement"])), .text(Self.clauses)]
        let dir = try folder(["agreement.pdf": PDFBuilder(pages: pages).bytes])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["scan", dir.path, "--format", format, "--lang", "en"])
        #expect(run.status == 1, "\(run.stderr)")
        switch format {
        case "json":
            let report = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let findings = (report["contracts"] as! [[String: Any]])[0]["findings"] as! [[String: Any]]
            let location = try #require(findings.first { $0["ruleID"] as? String == "penalty.en-liquidated-damages-percentage" }?["location"] as? [String: Any])
            #expect(location["page"] as? Int == 2 && location["clause"] as? String == "2")
            let (status, output) = try SchemaValidator.validate(run.stdout, schema: "docs/report.schema.json")
            #expect(status == 0, "\(output)")
        case "sarif":
            #expect(run.stdout.contains("\"page\" : 2") || run.stdout.contains("\"page\":2"), "\(run.stdout.prefix(2000))")
            #expect(run.stdout.contains("page 2, 2"))
        case "jsonl":
            // One contract per line after the header: the JSON report's contract object, page in its locations.
            #expect(run.stdout.contains("\"page\":2"), "\(run.stdout.prefix(3000))")
        case "compact":
            #expect(run.stdout.contains("(page 2)"), "\(run.stdout)")
        case "csv-matrix", "csv-terms":
            break   // one row or case per contract, or key terms only: no finding locations
        case "text", "md", "html":
            // The human-readable reports cite the clause as a lawyer does.
            #expect(run.stdout.contains("page 2, Section 2"), "\(format): \(run.stdout.prefix(3000))")
        default:
            #expect(run.stdout.contains("page 2, 2"), "\(format): \(run.stdout.prefix(3000))")
        }
    }

    @Test(arguments: ReportFormat.allCases.map(\.rawValue))
    func scannedPDFIsUnreadableInEveryFormat(_ format: String) throws {
        let dir = try folder(["scan.pdf": PDFBuilder(pages: [.image, .image, .image]).bytes,
                              "agreement.pdf": PDFBuilder(pages: [.text(Self.clauses)]).bytes])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["scan", dir.path, "--format", format, "--lang", "en"])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("scan.pdf: scanned image, no text: OCR needed"), "\(run.stderr)")
        #expect(run.stdout.contains("scan.pdf"), "\(format): scan.pdf missing")
        if format == "json" {
            let report = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let scan = try #require((report["contracts"] as! [[String: Any]]).first { ($0["path"] as! String).hasSuffix("scan.pdf") })
            #expect(scan["errorReason"] as? String == "scannedImage")
        }
    }

    static var pdfSamplesAvailable: Bool {
        LibreOfficeConversion.available && !(try! CLIRunner.run(["-c", "fc-list :lang=zh"], executable: URL(fileURLWithPath: "/bin/sh")).stdout.isEmpty)
    }

    /// LibreOffice prints what a reader sees, so two findings of the redline sample differ on purpose: its hidden
    /// clause (3.2, `w:vanish`) is not printed, and its tracked changes are printed as markup (5.3 shows the
    /// deleted words next to the inserted ones).
    static let printedDifferently: [String: Set<String>] = [
        "04-taobao-custody-redline.docx": ["fees.unilateral-adjustment @ 第三条 托管费用 › 3.2", "termination.no-refund-on-exit @ 第五条 提前解约 › 5.3"],
    ]

    @Test(.enabled(if: PDFCLITests.pdfSamplesAvailable, "needs LibreOffice (soffice) and a Chinese font (fc-list :lang=zh) to make the PDFs"),
          arguments: GoldenSampleTests.samples.filter { !$0.hasSuffix(".dotx") })
    func pdfOfASampleGivesTheFindingsOfTheWordOriginal(_ sample: String) throws {
        let original = CLIRunner.packageRoot.appendingPathComponent("SampleContracts/\(sample)").path
        let pdf = try LibreOfficeConversion.converted(sample, as: "pdf")
        try #require(FileManager.default.fileExists(atPath: pdf), "LibreOffice did not convert \(sample)")
        func findings(_ path: String) throws -> Set<String> {
            let run = try CLIRunner.run(["scan", path, "--format", "json", "--lang", "en"])
            let report = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
            let contract = (report["contracts"] as! [[String: Any]])[0]
            #expect(contract["error"] == nil, "\(contract["error"] ?? "")")
            return Set(((contract["findings"] as? [[String: Any]] ?? []) + (contract["suppressed"] as? [[String: Any]] ?? [])).map {
                "\($0["ruleID"] as! String) @ \((($0["location"] as? [String: Any])?["clause"] as? String) ?? "(missing)")"
            })
        }
        let word = try findings(original)
        let printed = try findings(pdf)
        let expectedMissing = Self.printedDifferently[sample] ?? []
        #expect(word.subtracting(printed) == expectedMissing)
        #expect(printed.subtracting(word).isEmpty)
    }
}
