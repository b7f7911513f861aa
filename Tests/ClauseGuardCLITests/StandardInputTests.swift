import Testing
import Foundation
import ClauseGuardReport

/// `clauseguard scan -` reads one contract from standard input; `--stdin-name` names it in every report.
@Suite struct StandardInputTests {
    /// Runs the binary with `input` on its standard input, written through a pipe as a shell would.
    static func run(_ arguments: [String], input: Data, in directory: URL? = nil) throws -> CLIRunner.Result {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? CLIRunner.packageRoot
        var env = ProcessInfo.processInfo.environment
        env["CLAUSEGUARD_RULES"] = CLIRunner.packageRoot.appendingPathComponent("Rules").path
        env["NO_COLOR"] = "1"
        process.environment = env
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let contract = Data(OutputSafetyTests.contract.utf8)

    @Test func pipedTextIsScannedUnderTheDefaultName() throws {
        let run = try Self.run(["scan", "-", "--format", "compact", "--lang", "en"], input: Self.contract)
        #expect(run.status == 1, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("<stdin>:") }, "\(run.stdout)")
    }

    @Test func theStdinNameAppearsInEveryFormat() throws {
        for format in ReportFormat.allCases {
            let run = try Self.run(["scan", "-", "--stdin-name", "piped-contract", "--format", format.rawValue, "--lang", "en"],
                                   input: Self.contract)
            #expect(run.status == 1, "\(format): \(run.stderr)")
            #expect(run.stdout.contains("piped-contract"), "\(format) does not name the piped contract")
        }
    }

    @Test func pipedWordPackageIsSniffedAndScannedBesideFiles() throws {
        let sample = CLIRunner.packageRoot.appendingPathComponent("SampleContracts/01-daiyunying-onesided.docx")
        let piped = try Self.run(["scan", "-", "--format", "json"], input: try Data(contentsOf: sample))
        let named = try CLIRunner.run(["scan", sample.path, "--format", "json"])
        #expect(piped.status == 1 && named.status == 1, "\(piped.stderr)")
        func findings(_ json: String) throws -> Int {
            let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            return (report["summary"] as! [String: Any])["findings"] as! Int
        }
        #expect(try findings(piped.stdout) == findings(named.stdout))
        #expect(try findings(piped.stdout) > 0)

        // With a file: standard input keeps its place in the argument order.
        let dir = try CLIRunner.temporaryFolder()
        try Self.contract.write(to: dir.appendingPathComponent("a.txt"))
        let both = try Self.run(["scan", "a.txt", "-", "--format", "compact"], input: try Data(contentsOf: sample), in: dir)
        let names = both.stdout.split(separator: "\n").map { $0.split(separator: ":").first.map(String.init) ?? "" }
        #expect(names.first == "a.txt" && names.last == "<stdin>", "\(both.stdout)")
    }

    @Test func misuseIsAUsageError() throws {
        let twice = try Self.run(["scan", "-", "-"], input: Self.contract)
        #expect(twice.status == 2 && twice.stderr.contains("only once"))
        let nameWithoutDash = try CLIRunner.run(["scan", "SampleContracts", "--stdin-name", "x"])
        #expect(nameWithoutDash.status == 2 && nameWithoutDash.stderr.contains("--stdin-name"))
        let empty = try Self.run(["scan", "-"], input: Data())
        #expect(empty.status == 3 && empty.stderr.contains("<stdin>") && empty.stderr.contains("empty"), "\(empty.stderr)")
    }
}
