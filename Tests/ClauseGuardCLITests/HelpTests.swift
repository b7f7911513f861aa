import Testing
import Foundation

/// `--help` shows how each of ClauseGuard's three users runs it, and every default once.
@Suite struct HelpTests {
    private func help(_ arguments: [String]) throws -> String {
        let run = try CLIRunner.run(arguments)
        #expect(run.status == 0)
        // Help wraps at the terminal width: joined into one line of single spaces to look for phrases.
        return run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func helpHasExamplesForTheMerchantTheLawyerAndCI() throws {
        for arguments in [["--help"], ["scan", "--help"]] {
            let text = try help(arguments)
            #expect(text.contains("Examples:"), "\(arguments)")
            #expect(text.contains("clauseguard scan 托管合同.docx"))
            #expect(text.contains("clauseguard scan - --stdin-name"))
            #expect(text.contains("--format html -o review.html"))
            #expect(text.contains("--format csv -o findings.csv"))
            #expect(text.contains("--fail-on high --format sarif"))
        }
    }

    @Test func eachDefaultIsShownOnce() throws {
        let text = try help(["scan", "--help"])
        let jobs = try #require(text.range(of: "--jobs <n>"))
        let entry = text[jobs.upperBound...].prefix { $0 != "-" }
        #expect(entry.contains("(default: the number of cores)"), "\(entry)")
        #expect(entry.components(separatedBy: "(default:").count == 2, "\(entry)")
    }
}
