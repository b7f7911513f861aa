import Testing
import Foundation
import ClauseGuardTestSupport
@testable import ClauseGuardIngest

/// `--exclude` names folders as .gitignore does: `drafts`, `drafts/`, `/drafts`, `**/old`.
@Suite struct FolderExclusionTests {
    /// a.txt, drafts/b.txt, x/drafts/c.txt, x/old/d.txt, olds/e.txt
    private func tree() throws -> URL {
        let root = try TestFolder.make("exclude")
        for file in ["a.txt", "drafts/b.txt", "x/drafts/c.txt", "x/old/d.txt", "olds/e.txt"] {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("第一条 合同期满未提出异议视为自动续约。\n".utf8).write(to: url)
        }
        return root
    }

    private func found(_ exclude: [String], in root: URL) -> (files: [String], skipped: Int) {
        let result = ContractDiscovery(exclude: exclude).discover([root.path])
        return (result.files.map { String($0.dropFirst(root.path.count + 1)) }, result.skipped["excluded folder"] ?? 0)
    }

    @Test func aBareNameOrATrailingSlashSkipsTheFolderAtAnyDepth() throws {
        let root = try tree()
        for pattern in ["drafts", "drafts/", "drafts/**"] {
            let result = found([pattern], in: root)
            #expect(result.files == ["a.txt", "olds/e.txt", "x/old/d.txt"], "\(pattern)")
            #expect(result.skipped == 2, "\(pattern)")
        }
    }

    @Test func aLeadingSlashAnchorsAndDoubleStarMatchesAnyDepth() throws {
        let root = try tree()
        #expect(found(["/drafts"], in: root).files == ["a.txt", "olds/e.txt", "x/drafts/c.txt", "x/old/d.txt"])
        #expect(found(["**/old"], in: root).files == ["a.txt", "drafts/b.txt", "olds/e.txt", "x/drafts/c.txt"])
        #expect(found(["x/old"], in: root).files == ["a.txt", "drafts/b.txt", "olds/e.txt", "x/drafts/c.txt"])
        // File globs still work, and a folder-only pattern does not touch files.
        #expect(found(["*.txt"], in: root).files.isEmpty)
        #expect(found(["a.txt/"], in: root).files.count == 5)
    }
}
