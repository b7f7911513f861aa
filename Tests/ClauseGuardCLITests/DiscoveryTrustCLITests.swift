import Testing
import Foundation
import ClauseGuardReport
import ClauseGuardTestSupport

/// What a folder scan does with the files around the contracts: unreadable documents are errors in every format,
/// links out of the folder are not followed unless asked, ClauseGuard's own reports are not rescanned, and names
/// that are not UTF-8 are read and shown escaped.
@Suite(.serialized) struct DiscoveryTrustCLITests {
    let risky = """
    网店代运营服务合同
    第八条 违约责任
    1. 甲方中途解约的，已支付的服务费不予退还。
    第九条 合同期限
    1. 合同期满前三十日内甲方未提出书面异议的，视为自动续约一年。
    """

    private func json(_ run: CLIRunner.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)\n\(run.stderr)")
    }

    private func paths(_ report: [String: Any], relativeTo dir: URL) -> [String] {
        ((report["contracts"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String }
            .map { $0.replacingOccurrences(of: dir.path + "/", with: "") }
    }

    @Test(arguments: ReportFormat.allCases.map(\.rawValue))
    func documentsThatCannotBeReadAreErrorsInEveryFormat(_ format: String) throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(risky.utf8).write(to: dir.appendingPathComponent("risky.txt"))
        try Data("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8).write(to: dir.appendingPathComponent("signed-contract.pdf"))
        try Data("{\\rtf1\\ansi contract}".utf8).write(to: dir.appendingPathComponent("draft.rtf"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: dir.appendingPathComponent("logo.png"))
        let run = try CLIRunner.run(["scan", dir.path, "--format", format, "--lang", "en"])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stdout.contains("signed-contract.pdf"), "\(run.stdout)")
        #expect(run.stdout.contains("draft.rtf"), "\(run.stdout)")
        #expect(!run.stdout.contains("logo.png"))
        #expect(run.stderr.contains("signed-contract.pdf: damaged or unreadable PDF"), "\(run.stderr)")
    }

    @Test func linksOutOfTheFolderAreNotFollowedUnlessAsked() throws {
        let base = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("contracts"), outside = base.appendingPathComponent("etc")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(risky.utf8).write(to: root.appendingPathComponent("a.txt"))
        try Data("root:x:0:0:TOPSECRET-甲方中途解约的，已支付的服务费不予退还。".utf8).write(to: outside.appendingPathComponent("passwd.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path,
                                                   withDestinationPath: outside.appendingPathComponent("passwd.txt").path)

        let html = try CLIRunner.run(["scan", root.path, "--format", "html"])
        #expect(!html.stdout.contains("TOPSECRET") && !html.stdout.contains("leak.txt"))
        let report = try json(try CLIRunner.run(["scan", root.path, "--format", "json"]))
        #expect(paths(report, relativeTo: root) == ["a.txt"])
        #expect((report["skipped"] as? [String: Int])?["link outside the scanned folder"] == 1)

        let followed = try json(try CLIRunner.run(["scan", root.path, "--format", "json", "--follow-links"]))
        #expect(paths(followed, relativeTo: root) == ["a.txt", "leak.txt"])
        // Named on the command line, the link is read: the user chose it.
        let named = try json(try CLIRunner.run(["scan", root.appendingPathComponent("leak.txt").path, "--format", "json"]))
        #expect(paths(named, relativeTo: root) == ["leak.txt"])
    }

    @Test func reportsSavedInTheFolderAreNotScannedAsContracts() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(risky.utf8).write(to: dir.appendingPathComponent("a.txt"))
        let outputs: [(String, [String])] = [("report.md", ["--format", "md"]), ("report-en.md", ["--format", "md", "--lang", "en"]),
                                             ("report.txt", []), ("report-en.txt", ["--lang", "en"]),
                                             ("report.html", ["--format", "html"]), ("findings.csv", ["--format", "csv"]),
                                             ("report.json", ["--format", "json"]), ("report.sarif", ["--format", "sarif"])]
        for (name, options) in outputs {
            _ = try CLIRunner.run(["scan", dir.path, "-o", dir.appendingPathComponent(name).path] + options)
        }
        let report = try json(try CLIRunner.run(["scan", dir.path, "--format", "json"]))
        #expect(paths(report, relativeTo: dir) == ["a.txt"])
        #expect((report["skipped"] as? [String: Int])?["ClauseGuard report"] == 4, "\(report["skipped"] ?? "")")
    }

    @Test func namesThatAreNotUTF8AreReadInFoldersAndWhenNamed() throws {
        let dir = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // GBK 合同.txt and Latin-1 contrat-signé.txt, made by the shell from octal escapes.
        let make = try CLIRunner.run(["-c", "printf '%s' \"$0\" > \"$(printf '\\272\\317\\315\\254.txt')\" && printf '%s' \"$0\" > \"$(printf 'contrat-sign\\351.txt')\"", risky],
                                     in: dir, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(make.status == 0, "\(make.stderr)")

        let folder = try json(try CLIRunner.run(["scan", dir.path, "--format", "json"]))
        #expect(paths(folder, relativeTo: dir) == ["\\xBA\\xCF\\xCD\\xAC.txt", "contrat-sign\\xE9.txt"])
        #expect(((folder["contracts"] as? [[String: Any]]) ?? []).allSatisfy { $0["error"] == nil })

        let named = try CLIRunner.run(["-c", "exec \"$0\" scan --format json \"$(printf '\\272\\317\\315\\254.txt')\"", CLIRunner.binary.path],
                                      in: dir, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(named.status != 3, "\(named.stderr)")
        let report = try json(named)
        #expect(paths(report, relativeTo: dir) == ["\\xBA\\xCF\\xCD\\xAC.txt"])
        #expect(((report["contracts"] as? [[String: Any]]) ?? []).first?["error"] == nil)

        let extracted = try CLIRunner.run(["-c", "exec \"$0\" extract \"$(printf 'contrat-sign\\351.txt')\"", CLIRunner.binary.path],
                                          in: dir, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(extracted.status == 0, "\(extracted.stderr)")
        #expect(extracted.stdout.contains("视为自动续约一年"))
    }
}
