import Testing
import ClauseGuardTestSupport
import Foundation
@testable import ClauseGuardRules

/// The built-in pack loaded from text compiled into the binary behaves like the same files in a folder.
@Suite struct RulePackTests {
    let rule = """
    id: t.pack
    family: notice
    severity: high
    lang: zh
    match:
      any: ["提前{duration:notice}书面通知"]
    message: { zh: "需提前{notice}通知", en: "Needs {notice} notice" }
    """

    private func folder(_ files: [String: String]) throws -> URL {
        let dir = try TestFolder.make("pack")
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return dir
    }

    @Test func embeddedDiagnosticsNameTheRuleFileAndLine() {
        let broken = rule.replacingOccurrences(of: "message:", with: "mesage:")
        let result = RuleLoader.load(pack: .embedded(root: "Rules", files: [RuleSource(path: "zh/notice.yml", text: broken)]), paths: [])
        #expect(result.diagnostics.contains { $0.description.hasPrefix("Rules/zh/notice.yml:7: error: unknown key 'mesage'") },
                "\(result.diagnostics.map(\.description))")
        #expect(result.files == ["Rules/zh/notice.yml"])
        #expect(result.filesOnDisk.isEmpty, "nothing on disk for an output to overwrite")
    }

    @Test func theSameFilesGiveTheSamePackVersionFromAFolderOrCompiledIn() throws {
        let files = ["zh/notice.yml": rule, "en/other.yml": rule.replacingOccurrences(of: "t.pack", with: "t.other")]
        let dir = try folder(files)
        let fromFolder = RuleLoader.load(pack: .folder(dir.path), paths: [])
        let embedded = RuleLoader.load(pack: .embedded(root: "Rules", files: files.map { RuleSource(path: $0.key, text: $0.value) }), paths: [])
        #expect(fromFolder.rules.rules.map(\.id) == embedded.rules.rules.map(\.id))
        #expect(fromFolder.diagnostics.isEmpty && embedded.diagnostics.isEmpty)
        let version = try #require(fromFolder.packVersion)
        #expect(version.count == 12 && version.allSatisfy(\.isHexDigit))
        #expect(embedded.packVersion == version)

        var changed = files
        changed["zh/notice.yml"] = rule.replacingOccurrences(of: "high", with: "low")
        let other = RuleLoader.load(pack: .embedded(root: "Rules", files: changed.map { RuleSource(path: $0.key, text: $0.value) }), paths: [])
        #expect(other.packVersion != version)
        #expect(RuleLoader.load(paths: [dir.path]).packVersion == nil, "--rules folders are not the pack")
    }

    @Test func packVersionIsStable() {
        // Fixed values (FNV-1a 64's offset basis for nothing): a version in an old report stays comparable.
        #expect(RulePackVersion.of([(path: "ab", bytes: Array("c".utf8))]) != RulePackVersion.of([(path: "a", bytes: Array("bc".utf8))]))
        #expect(RulePackVersion.of([]) == "cbf29ce48422")
    }

    @Test func aTrustedEmbeddedPackSkipsThePatternChecksThatRulesLintRuns() {
        // An optional pattern matches empty text, so everywhere: reported when the pack is checked.
        let loose = rule.replacingOccurrences(of: "\"提前{duration:notice}书面通知\"", with: "\"(提前{duration:notice}书面通知)?\"")
        let pack = RulePack.embedded(root: "Rules", files: [RuleSource(path: "zh/notice.yml", text: loose)])
        let checked = RuleLoader.load(pack: pack, paths: [])
        #expect(!checked.diagnostics.isEmpty, "rules lint and rules test load the pack with every check")
        let trusted = RuleLoader.load(pack: pack, paths: [], trustEmbeddedPack: true)
        #expect(trusted.diagnostics.isEmpty)
        #expect(trusted.rules.rules.map(\.id) == ["t.pack"])
    }

    @Test func rulesOnDiskAreCheckedEvenWhenTheEmbeddedPackIsTrusted() throws {
        let dir = try folder(["zh/notice.yml": rule.replacingOccurrences(of: "书面通知\"", with: "(书面通知\"")])
        let result = RuleLoader.load(pack: nil, paths: [dir.path], trustEmbeddedPack: true)
        #expect(result.diagnostics.contains { $0.description.contains("bad regex") }, "\(result.diagnostics.map(\.description))")
        #expect(result.rules.rules.isEmpty)
    }
}
