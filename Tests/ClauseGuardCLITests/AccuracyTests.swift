import Testing
import Foundation

/// The rule pack on the labelled contracts in tools/samples/eval (`clauseguard rules eval`): a floor on how many
/// labelled risky clauses are found and a ceiling on findings that point at the wrong clause, so a rule change
/// that loses recall or adds false alarms fails here.
@Suite struct AccuracyTests {
    @Test func labelledContractsAreFoundWithFewWrongFindings() throws {
        let run = try CLIRunner.run(["rules", "eval", CLIRunner.packageRoot.appendingPathComponent("tools/samples/eval").path])
        #expect(run.status == 0, "\(run.stderr)")
        let total = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("total") })
        let numbers = total.split(separator: " ").compactMap { Int($0) }
        let (labelled, found, wrong) = (numbers[0], numbers[1], numbers[3])
        #expect(labelled >= 45)
        #expect(Double(found) / Double(labelled) >= 0.70, "\(total)")
        #expect(wrong <= 2, "\(run.stdout)")
        #expect(!run.stdout.contains("problem:"), "\(run.stdout)")
    }
}
