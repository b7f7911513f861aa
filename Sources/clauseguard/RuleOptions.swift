import ArgumentParser
import Foundation
import ClauseGuardModel
import ClauseGuardRules

/// Where rules come from: the built-in pack plus any `--rules` folders.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder or file of extra rules (repeatable).", valueName: "dir"))
    var ruleFolders: [String] = []

    @Flag(help: "Do not load the built-in rule pack.")
    var noDefaultRules = false

    @Flag(help: "Treat any rule-file problem as an error (exit 2).")
    var strict = false

    /// The built-in pack: $CLAUSEGUARD_RULES, else `Rules/` beside the package the binary was built in, else ./Rules.
    static func defaultRulesFolder() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["CLAUSEGUARD_RULES"], !env.isEmpty { return env }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("Rules")
            if fm.fileExists(atPath: candidate.appendingPathComponent("README.md").path) { return candidate.path }
            let shared = dir.appendingPathComponent("share/clauseguard/Rules")
            if fm.fileExists(atPath: shared.path) { return shared.path }
            dir.deleteLastPathComponent()
        }
        return fm.fileExists(atPath: "Rules") ? "Rules" : nil
    }

    func folders(extra: [String] = []) -> [String] {
        var out: [String] = []
        if !noDefaultRules, let builtIn = Self.defaultRulesFolder() { out.append(builtIn) }
        return out + extra + ruleFolders
    }

    /// Loads the rules, printing problems to stderr (errors even with `quiet`: a broken rule must never pass
    /// unseen). Throws exit 2 on errors when strict, and always when no rule loaded: a scan without rules would
    /// report every contract as clean.
    func load(extra: [String] = [], quiet: Bool = false) throws -> RuleLoader.Result {
        let folders = folders(extra: extra)
        let result = RuleLoader.load(paths: folders)
        for diagnostic in result.diagnostics where !quiet || diagnostic.level == .error {
            printError(diagnostic.description)
        }
        if strict && !result.diagnostics.isEmpty { throw ExitStatus.usage }
        if result.rules.rules.isEmpty {
            let looked = folders.isEmpty ? "no rule folder (the built-in pack was not found beside the binary; set CLAUSEGUARD_RULES or use --rules DIR)"
                                         : folders.map { ErrorText.clipped($0) }.joined(separator: ", ")
            printError("clauseguard: error: no rules loaded from \(looked); refusing to report contracts as clean without rules")
            throw ExitStatus.usage
        }
        return result
    }
}

/// One line on standard error. Messages name files and quote rule and contract text: controls in them are shown
/// visibly, so an ESC sequence in a file name cannot drive the user's terminal.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.visibleControls + "\n").utf8))
}
