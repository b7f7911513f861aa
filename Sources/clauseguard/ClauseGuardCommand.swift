import ArgumentParser
import Foundation

@main
struct ClauseGuardCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "clauseguard",
        abstract: "Reads contracts and tells the people who sign them where the traps are.",
        discussion: """
        Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage, config or rule error;
        3 some inputs could not be read (the others are still reported).

        \(HelpExamples.text)
        """,
        version: version,
        subcommands: [ScanCommand.self, MergeCommand.self, ExtractCommand.self, RulesCommand.self],
        defaultSubcommand: ScanCommand.self
    )

    /// ArgumentParser exits 64 on usage errors; ClauseGuard promises 2 for any usage, config or rule error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))   // --help, --version
                Foundation.exit(0)
            }
            printError(fullMessage(for: error))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}

/// Exit codes shared by every subcommand.
enum ExitStatus {
    static let findings = ExitCode(1)
    static let usage = ExitCode(2)
    static let unreadable = ExitCode(3)
}
