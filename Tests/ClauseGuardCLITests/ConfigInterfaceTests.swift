import Testing
import Foundation

/// `.clauseguard.yml` and `.clauseguardignore.yml` as an interface: typos get "did you mean", bad values get one
/// line naming the key and what is allowed, and `exclude` skips folders.
@Suite struct ConfigInterfaceTests {
    private func folder(config: String? = nil, ignore: String? = nil) throws -> URL {
        let dir = try CLIRunner.temporaryFolder()
        try Data(OutputSafetyTests.contract.utf8).write(to: dir.appendingPathComponent("contract.txt"))
        if let config { try Data(config.utf8).write(to: dir.appendingPathComponent(".clauseguard.yml")) }
        if let ignore { try Data(ignore.utf8).write(to: dir.appendingPathComponent(".clauseguardignore.yml")) }
        return dir
    }

    private func firstError(config: String? = nil, ignore: String? = nil) throws -> String {
        let run = try CLIRunner.run(["scan", "contract.txt", "-q"], in: try folder(config: config, ignore: ignore))
        #expect(run.status == 2)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(run.stderr)")
        return String(lines.first ?? "")
    }

    @Test func misspeltKeysGetADidYouMean() throws {
        #expect(try firstError(config: "lang: zh\nfail-on: high\n").hasSuffix(".clauseguard.yml:2: unknown key 'fail-on' (did you mean 'fail_on'?)"))
        #expect(try firstError(config: "disabled:\n  - penalty\n").contains("unknown key 'disabled' (did you mean 'disable'?)"))
        #expect(try firstError(ignore: "- rule: penalty\n  reasn: accepted\n").hasSuffix(".clauseguardignore.yml:2: unknown key 'reasn' (did you mean 'reason'?)"))
    }

    @Test func badValuesNameTheKeyAndWhatIsAllowed() throws {
        let cases: [(String, String)] = [
            ("fail_on: severe\n", ".clauseguard.yml:1: 'fail_on' must be one of high, medium, low, info (got 'severe')"),
            ("lang: fr\n", ".clauseguard.yml:1: 'lang' must be one of zh, en (got 'fr')"),
            ("perspective: [client]\n", "'perspective' must be one of client, provider, both (got a list)"),
            ("disable: penalty\n", ".clauseguard.yml:1: 'disable' must be a list, e.g. disable: [penalty.minimum-floor]"),
            ("severity:\n  penalty: urgent\n", ".clauseguard.yml:2: 'severity.penalty' must be one of high, medium, low, info (got 'urgent')"),
            ("params:\n  max_notice_days: soon\n", ".clauseguard.yml:2: 'params.max_notice_days' must be a number (got 'soon')"),
        ]
        for (config, message) in cases {
            let line = try firstError(config: config)
            #expect(line.hasSuffix(message), "\(config): \(line)")
            #expect(!line.contains("Debug") && !line.contains("DecodingError"))
        }
        #expect(try firstError(ignore: "- rule: penalty\n  reason: [a, b]\n").hasSuffix(":2: entry 1: 'reason' must be a text, not a list"))
    }

    @Test func excludeSkipsAFolderOnTheCommandLineAndInTheConfig() throws {
        let dir = try folder()
        for sub in ["drafts", "archive/drafts"] {
            let path = dir.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            try Data(OutputSafetyTests.contract.utf8).write(to: path.appendingPathComponent("draft.txt"))
        }
        func scanned(_ arguments: [String]) throws -> [String] {
            let run = try CLIRunner.run(["scan", ".", "--format", "json", "-q"] + arguments, in: dir)
            let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
            return (report["contracts"] as! [[String: Any]]).map { $0["path"] as! String }
        }
        #expect(try scanned([]).count == 3)
        #expect(try scanned(["--exclude", "drafts"]) == ["./contract.txt"])
        #expect(try scanned(["--exclude", "drafts/"]) == ["./contract.txt"])
        #expect(try scanned(["--exclude", "/drafts"]) == ["./archive/drafts/draft.txt", "./contract.txt"])
        try Data("exclude: ['**/drafts']\n".utf8).write(to: dir.appendingPathComponent(".clauseguard.yml"))
        #expect(try scanned([]) == ["./contract.txt"])
    }
}
