import ArgumentParser
import Foundation
import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardBuiltinRules

/// Where rules come from: the built-in pack plus any `--rules` folders.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder or file of extra rules (repeatable).", valueName: "dir"),
            completion: .file(extensions: ["yml", "yaml"]))
    var ruleFolders: [String] = []

    @Flag(help: "Do not load the built-in rule pack.")
    var noDefaultRules = false

    @Flag(help: "Treat any rule-file problem as an error (exit 2).")
    var strict = false

    /// The built-in pack: the folder $CLAUSEGUARD_RULES when set (rule authors and tests; "" counts as unset), else
    /// the pack compiled into the binary, so the binary works wherever it is copied or installed.
    static func builtInPack() -> RulePack {
        if let env = ProcessInfo.processInfo.environment["CLAUSEGUARD_RULES"], !env.isEmpty { return .folder(env) }
        return .embedded(root: BuiltinRulePack.root, files: BuiltinRulePack.files.map { RuleSource(path: $0.path, text: $0.text) },
                         compiled: BuiltinRulePack.compiled)
    }

    /// Loads the rules, printing problems to stderr (errors even with `quiet`: a broken rule must never pass
    /// unseen). Throws exit 2 on errors when strict, and always when no rule loaded: a scan without rules would
    /// report every contract as clean.
    func load(extra: [String] = [], quiet: Bool = false) throws -> RuleLoader.Result {
        let pack = noDefaultRules ? nil : Self.builtInPack()
        let folders = extra + ruleFolders
        let result = RuleLoader.load(pack: pack, paths: folders, familiesFrom: Self.builtInPack(), trustEmbeddedPack: true)
        for diagnostic in result.diagnostics where !quiet || diagnostic.level == .error {
            printError(diagnostic.description)
        }
        if strict && !result.diagnostics.isEmpty { throw ExitStatus.usage }
        if result.rules.rules.isEmpty {
            var looked = folders.map { ErrorText.clipped($0) }
            switch pack {
            case .folder(let folder)?: looked.insert("CLAUSEGUARD_RULES=\(ErrorText.clipped(folder))", at: 0)
            case .embedded?: looked.insert("the built-in pack", at: 0)
            case nil: if looked.isEmpty { looked = ["nothing (--no-default-rules and no --rules DIR)"] }
            }
            printError("clauseguard: error: no rules loaded from \(looked.joined(separator: ", ")); refusing to report contracts as clean without rules")
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
