import Testing
import Foundation

/// `compact` (one line per finding for editors and pre-commit) and `github` (workflow-command annotations).
@Suite struct LineFormatTests {
    private func folder() throws -> URL {
        let dir = try CLIRunner.temporaryFolder()
        try Data(OutputSafetyTests.contract.utf8).write(to: dir.appendingPathComponent("risky, v2: final.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        return dir
    }

    @Test func compactIsOneLinePerFindingInTheCompilerShape() throws {
        let dir = try folder()
        let run = try CLIRunner.run(["scan", ".", "--format", "compact", "--lang", "en"], in: dir)
        #expect(run.status == 3)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let json = try CLIRunner.run(["scan", ".", "--format", "json"], in: dir)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let findings = (report["summary"] as! [String: Any])["findings"] as! Int
        #expect(lines.count == findings + 1, "one line per finding plus the unreadable file")
        #expect(lines.contains { $0.hasPrefix("./empty.txt: error: ") })
        let shape = try Regex(#"^\./risky, v2: final\.txt(:\d+)?: (high|medium|low|info): .+ \[[a-z_]+\.[a-z0-9-]+\]$"#)
        #expect(lines.filter { $0.contains("risky") }.allSatisfy { $0.wholeMatch(of: shape) != nil }, "\(lines)")
        #expect(lines.contains { $0.contains("risky") && $0.contains(": high: ") })
    }

    @Test func githubAnnotationsEscapePropertiesAndMapSeverities() throws {
        let dir = try folder()
        let run = try CLIRunner.run(["scan", ".", "--format", "github", "--lang", "en"], in: dir)
        #expect(run.status == 3)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
        // `,` and `:` separate properties: escaped in the file name.
        #expect(lines.contains { $0.hasPrefix("::error file=./risky%2C v2%3A final.txt,line=") })
        #expect(lines.contains { $0.hasPrefix("::error file=./empty.txt,title=unreadable::") })
    }
}
