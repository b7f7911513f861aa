import Testing
import Foundation
import ClauseGuardTestSupport

/// Terminal escapes in contract text or file names (clear screen, OSC 52 clipboard write, OSC 8 link, C1 CSI,
/// a bare CR that overwrites the line) must never reach a human-facing output raw: they are shown as visible
/// stand-ins ("␛", "␍", "<U+009B>") so a reader sees that something was there.
@Suite(.serialized) struct ControlCharacterOutputTests {
    static let esc = "\u{1B}"
    /// A risky clause full of escapes; a C1 CSI (U+009B) in its heading, which every report cites, and its sentence.
    static let contract = "第八条 违约责任\(esc)[2J\u{9B}1m\n"
        + "2. 甲方提前解约的\(esc)]52;c;cm0gLXJmIH4=\u{07}，应支付剩余服务费的30%作为违约金\(esc)]8;;https://evil.example/\(esc)\\"
        + "，最低不低于人民币伍仟元整\u{9B}2J。\u{7F}\n"
    static let contractName = "c\(esc)[31m\r.txt"
    static let brokenName = "bad\(esc)]52;c;eA==\u{07}.docx"

    private func folder() throws -> URL {
        let dir = try TestFolder.make("controls")
        try Data(Self.contract.utf8).write(to: dir.appendingPathComponent(Self.contractName))
        try Data("PK not a zip".utf8).write(to: dir.appendingPathComponent(Self.brokenName))
        return dir
    }

    /// The raw controls left in `text`: C0 other than tab and line feed (CR only as a CSV/line ending's CRLF), DEL, C1.
    static func rawControls(_ text: String, allowCRLF: Bool = false) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for (i, s) in scalars.enumerated() {
            let v = s.value
            if v == 0x09 || v == 0x0A { continue }
            if allowCRLF, v == 0x0D, i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
            if v < 0x20 || (0x7F...0x9F).contains(v) { found.append(String(format: "U+%04X at %d", v, i)) }
        }
        return found
    }

    @Test(arguments: ["text", "md", "html", "csv", "csv-matrix", "junit"])
    func humanFacingReportsShowControlsVisibly(_ format: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["scan", dir.path, "--format", format, "--lang", "zh"])
        #expect(run.status == 3)   // the broken file
        let crlf = format.hasPrefix("csv")
        #expect(Self.rawControls(run.stdout, allowCRLF: crlf) == [], "\(format) output")
        #expect(run.stdout.contains("␛"))
        // The file name, visibly (Markdown also escapes its bracket).
        #expect(run.stdout.contains(format == "md" ? "c␛\\[31m␍.txt" : "c␛[31m␍.txt"), "\(format) output")
        if format != "csv-matrix" {
            // The C1 CSI in the clause is named, not dropped (csv-matrix has no clause text).
            #expect(run.stdout.contains("U+009B"), "\(format) output")
        }
        // The error line on stderr names the broken file, without its escapes.
        #expect(Self.rawControls(run.stderr) == [])
        #expect(run.stderr.contains("bad␛]52;c;eA==␇.docx"))
    }

    @Test func extractShowsControlsVisibly() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["extract", dir.appendingPathComponent(Self.contractName).path])
        #expect(run.status == 0)
        #expect(Self.rawControls(run.stdout) == [])
        #expect(run.stdout.contains("违约责任␛[2J<U+009B>1m"))
        #expect(run.stdout.contains("<U+009B>2J"))
        let broken = try CLIRunner.run(["extract", dir.appendingPathComponent(Self.brokenName).path])
        #expect(broken.status == 3)
        #expect(Self.rawControls(broken.stderr) == [])
        #expect(broken.stderr.contains("bad␛]52;c;eA==␇.docx"))
    }

    /// JSON and SARIF are machine formats: the text stays exact there, C0 controls written as JSON escapes.
    @Test(arguments: ["json", "sarif"])
    func machineFormatsKeepTheExactTextEscaped(_ format: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["scan", dir.path, "--format", format])
        #expect(!run.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(run.stdout.contains("\\u001b") || run.stdout.contains("\\u001B"))
        #expect(!run.stdout.contains("␛"))
    }
}
