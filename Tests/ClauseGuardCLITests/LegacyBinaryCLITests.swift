import Testing
import Foundation
import ClauseGuardReport
import ClauseGuardTestSupport

/// Word 97-2003 and WPS binary files in a scanned folder: each one is an unreadable file with the same one-line
/// reason in every report format (exit 3), never skipped; a Word package saved as `.doc` is read.
@Suite(.serialized) struct LegacyBinaryCLITests {
    let risky = "网店代运营服务合同\n第八条 违约责任\n1. 甲方中途解约的，已支付的服务费不予退还。\n"
    static let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1024)

    @Test(arguments: ReportFormat.allCases.map(\.rawValue))
    func oleFilesAreListedAsNotReadInEveryFormat(_ format: String) throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(risky.utf8).write(to: dir.appendingPathComponent("risky.txt"))
        try Data(Self.ole).write(to: dir.appendingPathComponent("contract.wps"))
        try Data(Self.ole).write(to: dir.appendingPathComponent("old.doc"))
        try Data(Self.ole).write(to: dir.appendingPathComponent("renamed.docx"))
        let run = try CLIRunner.run(["scan", dir.path, "--format", format, "--lang", "en"])
        #expect(run.status == 3, "\(run.stderr)")
        for name in ["contract.wps", "old.doc", "renamed.docx"] {
            #expect(run.stdout.contains(name), "\(format): \(name) missing")
            #expect(run.stderr.contains("\(name): Word 97-2003 / WPS binary file (OLE compound file), not read: open it in Word, WPS Office or LibreOffice and save as .docx or PDF"),
                    "\(run.stderr)")
        }
        if format == "json" {
            let report = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let errors = (report["contracts"] as? [[String: Any]] ?? []).compactMap { $0["errorReason"] as? String }
            #expect(errors == ["oleCompound", "oleCompound", "oleCompound"])
        }
    }

    @Test func wordPackageNamedDocIsScanned() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = try DocxBuilder(body: risky.split(separator: "\n").map { W.para(String($0)) }.joined()).write()
        try FileManager.default.copyItem(atPath: docx, toPath: dir.appendingPathComponent("downloaded.doc").path)
        let run = try CLIRunner.run(["scan", dir.path, "--format", "json", "--lang", "en"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("termination.no-refund-on-exit"))
    }
}
