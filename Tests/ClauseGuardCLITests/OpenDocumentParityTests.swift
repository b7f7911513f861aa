import Testing
import Foundation

/// The same contract saved by LibreOffice as .odt gives the same report as the .docx: same parties, key terms and
/// findings (rule ids, clause citations, values). Needs LibreOffice (`soffice`) to make the .odt copies.
@Suite(.serialized, .enabled(if: LibreOfficeConversion.available, "LibreOffice (soffice) is not installed: cannot make .odt copies"))
struct OpenDocumentParityTests {
    @Test(arguments: GoldenSampleTests.samples)
    func odtCopyGivesTheSameReportAsTheWordOriginal(_ sample: String) throws {
        let original = CLIRunner.packageRoot.appendingPathComponent("SampleContracts/\(sample)").path
        let copy = try LibreOfficeConversion.converted(sample, as: "odt")
        try #require(FileManager.default.fileExists(atPath: copy), "LibreOffice did not convert \(sample)")
        let word = try CLIRunner.run(["scan", original, "--format", "json", "--lang", "en"])
        let odt = try CLIRunner.run(["scan", copy, "--format", "json", "--lang", "en"])
        #expect(odt.status == word.status, "\(odt.stderr)")
        #expect(try GoldenSampleTests.summarize(odt.stdout) == GoldenSampleTests.summarize(word.stdout))
    }

    @Test func folderScanReadsOdtNextToDocx() throws {
        let dir = try CLIRunner.temporaryFolder()
        let sample = "04-taobao-custody-redline.docx"
        try FileManager.default.copyItem(atPath: CLIRunner.packageRoot.appendingPathComponent("SampleContracts/\(sample)").path,
                                         toPath: dir.appendingPathComponent(sample).path)
        try FileManager.default.copyItem(atPath: try LibreOfficeConversion.converted(sample, as: "odt"),
                                         toPath: dir.appendingPathComponent("04-taobao-custody-redline.odt").path)
        let run = try CLIRunner.run(["scan", dir.path, "--format", "json", "--lang", "en"])
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let contracts = report["contracts"] as! [[String: Any]]
        #expect(contracts.count == 2)
        #expect(contracts.allSatisfy { $0["error"] == nil && !(($0["findings"] as? [Any]) ?? []).isEmpty })
    }
}
