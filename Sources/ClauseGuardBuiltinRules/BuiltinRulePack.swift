/// The rule pack under the package's Rules/ folder, compiled into the binary by the EmbedRules plugin at build time.
public enum BuiltinRulePack {
    /// The folder the files came from; diagnostics name a file `Rules/zh/penalty.yml`.
    public static let root = "Rules"

    /// Each rule file's path below Rules/ (e.g. `zh/penalty.yml`) and its exact text, sorted by path.
    public static var files: [(path: String, text: String)] { embeddedRuleFiles }

    /// The same files as `CompiledRulePack` wrote them when building (nil when the build found a problem in them).
    public static var compiled: String? { embeddedCompiledPack }
}
