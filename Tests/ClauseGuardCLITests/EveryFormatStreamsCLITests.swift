import Testing
import Foundation
import ClauseGuardTestSupport
import ClauseGuardReport

/// The formats whose top needs the whole batch stream too (issue 18): their parts wait in a spill file that is
/// unlinked as soon as it is made, so the output's folder holds only the report, and memory stays flat.
@Suite struct EveryFormatStreamsCLITests {
    private static let spilling: [ReportFormat] = [.text, .md, .html, .sarif, .junit, .csvMatrix]

    @Test(arguments: spilling)
    func theOutputFolderHoldsOnlyTheReportAndStandardOutputMatchesIt(_ format: ReportFormat) throws {
        let input = try CLIRunner.temporaryFolder(), output = try CLIRunner.temporaryFolder()
        let samples = CLIRunner.packageRoot.appendingPathComponent("SampleContracts")
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted().prefix(3) {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        try Data("not a zip".utf8).write(to: input.appendingPathComponent("broken.docx"))
        let report = output.appendingPathComponent("report")
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        let toFile = try CLIRunner.run(["scan", input.path, "--format", format.rawValue, "-q", "-o", report.path], environment: environment)
        #expect(toFile.status == 3, "\(toFile.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["report"])
        let toStdout = try CLIRunner.run(["scan", input.path, "--format", format.rawValue, "-q"], environment: environment)
        #expect(toStdout.stdout == String(decoding: try Data(contentsOf: report), as: UTF8.self))

    }

    /// A debug build; the release figures for 1,000 generated Word files are in BENCHMARKS.md.
    @Test(arguments: [ReportFormat.html, .sarif])
    func memoryStaysFlatFromTenFilesToTheWholeBatch(_ format: ReportFormat) throws {
        let fixture = try BatchFaultToleranceTests.Fixture.shared.get()
        let few = try CLIRunner.temporaryFolder()
        for path in fixture.good.keys.sorted().prefix(10) {
            try FileManager.default.copyItem(atPath: path, toPath: few.appendingPathComponent((path as NSString).lastPathComponent).path)
        }
        let out = try CLIRunner.temporaryFolder()
        let small = try CLIRunner.runMeasuringPeakRSS(["scan", few.path, "--format", format.rawValue, "-q", "-o", out.appendingPathComponent("small").path])
        let large = try CLIRunner.runMeasuringPeakRSS(["scan", fixture.folder.path, "--format", format.rawValue, "-q", "-o", out.appendingPathComponent("large").path])
        #expect(large.status == 3)
        #expect(small.peakKiB > 0 && large.peakKiB < small.peakKiB + 32 << 10, "\(format): peak RSS \(small.peakKiB) KiB for 10 files, \(large.peakKiB) KiB for 1,000")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["large", "small"])
    }
}
