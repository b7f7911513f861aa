import Foundation
import PackagePlugin

/// Compiles the package's Rules/**/*.yml into the target it is applied to (as `embeddedRuleFiles`), so the built-in
/// pack travels inside the binary. Every rule file is an input: editing, adding or removing one rebuilds it.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "Rules")
        let relative = ruleFiles(below: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuleFiles.swift")
        return [.buildCommand(
            displayName: "Embedding \(relative.count) rule files from Rules/",
            executable: try context.tool(named: "EmbedRulesGenerator").url,
            arguments: [output.path, root.path] + relative,
            inputFiles: relative.map { root.appending(path: $0) },
            outputFiles: [output]
        )]
    }

    /// The `.yml`/`.yaml` files below `root` as relative paths, skipping hidden entries (as RuleLoader does).
    private func ruleFiles(below root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var out: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            let lower = name.lowercased()
            if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") { out.append(relative) }
        }
        return out.sorted()
    }
}
