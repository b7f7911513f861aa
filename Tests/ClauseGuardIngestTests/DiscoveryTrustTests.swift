import Testing
import Foundation
import ClauseGuardTestSupport
import ClauseGuardModel
@testable import ClauseGuardIngest
#if canImport(Glibc)
import Glibc
#endif

/// Discovery never loses a contract silently: document formats it cannot read come back for a clear error, deep and
/// oddly named paths are read, links out of the scanned folder and ClauseGuard's own reports are skipped and counted.
@Suite struct DiscoveryTrustTests {
    let contract = "第一条 合作期限\n合同期满未提出异议视为自动续约。\n"

    private func write(_ text: String, _ name: String, in dir: URL) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func relative(_ files: [String], to dir: URL) -> [String] {
        files.map { $0.hasPrefix(dir.path + "/") ? String($0.dropFirst(dir.path.count + 1)) : $0 }
    }

    /// Creates a file whose name is the given raw bytes (not necessarily UTF-8) inside `dir`.
    private func writeRawName(_ name: [UInt8], contents: String, in dir: URL) throws {
        let path = Array(dir.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        try #require(fd >= 0)
        let bytes = Array(contents.utf8)
        #expect(bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count)
        close(fd)
    }

    // MARK: Document formats ClauseGuard cannot read

    @Test func documentFormatsComeBackForAClearErrorOtherFilesAreCounted() throws {
        let dir = try TestFolder.make("formats")
        for name in ["a.pdf", "b.rtf", "c.fodt", "d.wps", "e.pages", "f.doc", "g.zip", "h.DOC", "i.png", "j.xlsx", "k.jpg"] {
            try write("not really \(name)", name, in: dir)
        }
        let found = ContractDiscovery().discover([dir.path])
        #expect(relative(found.files, to: dir) == ["a.pdf", "b.rtf", "c.fodt", "d.wps", "e.pages", "f.doc", "g.zip", "h.DOC"])
        #expect(found.skipped["not a contract file"] == 3)
        for file in found.files {
            #expect(throws: IngestError.self) { try ContractReader().read(path: file) }
            do {
                _ = try ContractReader().read(path: file)
            } catch {
                #expect(error.file == file)
                #expect(!error.detail.contains("\n"))
                if file.hasSuffix(".zip") {
                    #expect(error.detail.contains("extract"), "\(error)")
                } else if file.hasSuffix(".pdf") {
                    #expect(error.detail.hasPrefix("not a PDF"), "\(error)")
                } else {
                    #expect(error.detail.contains("save as .docx") || error.detail.contains("save it as .docx"), "\(error)")
                }
            }
        }
    }

    @Test func documentFormatsFollowIncludeAndExclude() throws {
        let dir = try TestFolder.make("formats-filter")
        try write("x", "a.pdf", in: dir)
        try write("x", "b.rtf", in: dir)
        let found = ContractDiscovery(exclude: ["*.pdf"]).discover([dir.path])
        #expect(relative(found.files, to: dir) == ["b.rtf"])
        #expect(found.skipped["excluded"] == 1)
    }

    // MARK: Links out of the scanned folder

    @Test func linksLeavingTheScannedFolderAreSkippedAndCounted() throws {
        let base = try TestFolder.make("links")
        let root = base.appendingPathComponent("root"), outside = base.appendingPathComponent("outside")
        try write(contract, "inside.txt", in: root)
        try write("root:x:0:0:secret", "passwd.txt", in: outside)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path, withDestinationPath: outside.appendingPathComponent("passwd.txt").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("leakdir").path, withDestinationPath: "../outside")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("alias.txt").path, withDestinationPath: "inside.txt")
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("self").path, withDestinationPath: ".")
        let found = ContractDiscovery().discover([root.path])
        #expect(relative(found.files, to: root) == ["alias.txt", "inside.txt"])
        #expect(found.skipped["link outside the scanned folder"] == 2)
        #expect(found.skipped["symlink loop"] == 1)
        // A link named explicitly is the user's choice and is read.
        #expect(ContractDiscovery().discover([root.appendingPathComponent("leak.txt").path]).files.count == 1)
    }

    @Test func followLinksOptsIntoLinksLeavingTheFolder() throws {
        let base = try TestFolder.make("links-follow")
        let root = base.appendingPathComponent("root"), outside = base.appendingPathComponent("outside")
        try write(contract, "inside.txt", in: root)
        try write(contract, "other.txt", in: outside)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path, withDestinationPath: outside.appendingPathComponent("other.txt").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("leakdir").path, withDestinationPath: outside.path)
        let found = ContractDiscovery(followLinks: true).discover([root.path])
        #expect(relative(found.files, to: root) == ["inside.txt", "leak.txt", "leakdir/other.txt"])
        #expect(found.skipped["link outside the scanned folder"] == nil)
    }

    // MARK: ClauseGuard's own reports

    @Test func clauseGuardReportsAreRecognisedByContent() throws {
        let dir = try TestFolder.make("reports")
        try write("# ClauseGuard\n\n| Contract | Risk | Score | high | medium | low | Missing |\n|---|---|---|---|---|---|---|\n| a.txt | high | 40 | 2 | 0 | 0 | 1 |\n", "report.md", in: dir)
        try write("# ClauseGuard\n\n| 合同 | 风险 | 分数 | high | medium | low | 缺失 |\n", "报告.md", in: dir)
        try write("━━ /x/a.txt\n  Risk: high (score 40) · 2 high\n\n  1. [HIGH] …\n", "report.txt", in: dir)
        try write("━━ /x/a.txt\n  风险: 高 (分数 40)\n", "报告.txt", in: dir)
        try write("━━ /x/b.docx\n  unreadable: /x/b.docx: empty file (0 bytes)\n", "broken-report.txt", in: dir)
        // Reports that start with the settings applied (a config file turned checks down).
        try write("Settings applied: config .clauseguard.yml\n⚠ Checks turned down: disabled by .clauseguard.yml: penalty (11 rules)\n\n━━ a.txt\n  Risk: high (score 40)\n", "configured.txt", in: dir)
        try write("# ClauseGuard\n\n> Settings applied: config .clauseguard.yml\n>\n> ⚠ Checks turned down: x\n\n| Contract | Risk | Score | high | medium | low | Missing |\n", "configured.md", in: dir)
        // Contracts that merely mention the name or start with a rule are still contracts.
        try write("# ClauseGuard Services Agreement\n\n1. The provider shall…\n", "services.md", in: dir)
        try write("━━ 第一条 合作期限 ━━\n合同期满未提出异议视为自动续约。\n", "ruled.txt", in: dir)
        let found = ContractDiscovery().discover([dir.path])
        #expect(relative(found.files, to: dir) == ["ruled.txt", "services.md"])
        #expect(found.skipped["ClauseGuard report"] == 7)
    }

    // MARK: Paths longer than PATH_MAX and names that are not UTF-8

    /// Makes `levels` nested folders of 200-character names below `dir` with relative calls (the full path is too
    /// long for the ordinary ones) and writes `a.txt` at the bottom; returns a cleanup that removes them again.
    private func makeDeepTree(in dir: URL, levels: Int, contents: String) throws -> () -> Void {
        let component = String(repeating: "d", count: 200)
        var fds: [Int32] = [open(dir.path, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<levels {
            #expect(mkdirat(fds.last!, component, 0o755) == 0)
            let next = openat(fds.last!, component, O_RDONLY | O_DIRECTORY)
            try #require(next >= 0)
            fds.append(next)
        }
        let file = openat(fds.last!, "a.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(file >= 0)
        let bytes = Array(contents.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
        close(file)
        return {
            unlinkat(fds.last!, "a.txt", 0)
            for i in stride(from: fds.count - 1, to: 0, by: -1) {
                close(fds[i])
                unlinkat(fds[i - 1], component, AT_REMOVEDIR)
            }
            close(fds[0])
        }
    }

    @Test func contractsBelowPathMaxAreFoundAndRead() throws {
        let dir = try TestFolder.make("deep")
        let cleanup = try makeDeepTree(in: dir, levels: 24, contents: contract)
        defer { cleanup() }
        let found = ContractDiscovery().discover([dir.path])
        #expect(found.skipped.isEmpty, "\(found.skipped)")
        let file = try #require(found.files.first)
        #expect(found.files.count == 1 && file.utf8.count > Int(PATH_MAX) && file.hasSuffix("/a.txt"))
        let document = try ContractReader().read(path: file)
        #expect(document.blocks.map(\.text) == ["第一条 合作期限", "合同期满未提出异议视为自动续约。"])
    }

    @Test func nonUTF8NamesAreFoundShownEscapedAndRead() throws {
        let dir = try TestFolder.make("names")
        try writeRawName([0xBA, 0xCF, 0xCD, 0xAC] + Array(".txt".utf8), contents: contract, in: dir)      // GBK 合同.txt
        try writeRawName(Array("contrat-sign".utf8) + [0xE9] + Array(".txt".utf8), contents: contract, in: dir)  // Latin-1 é
        let found = ContractDiscovery().discover([dir.path])
        #expect(relative(found.files, to: dir) == ["\\xBA\\xCF\\xCD\\xAC.txt", "contrat-sign\\xE9.txt"])
        for file in found.files {
            let document = try ContractReader().read(path: file)
            #expect(document.blocks.first?.text == "第一条 合作期限")
        }
    }

    @Test func escapedNamesRoundTripToTheirBytes() {
        let raw: [UInt8] = Array("a\\b".utf8) + [0xFF, 0x41] + Array("合".utf8)
        let shown = PathBytes.display(raw)
        #expect(shown == "a\\b\\xFFA\\xE5\\x90\\x88")
        #expect(PathBytes.bytes(shown) == raw)
        #expect(PathBytes.bytes("plain/合同.txt") == Array("plain/合同.txt".utf8))
    }
}
