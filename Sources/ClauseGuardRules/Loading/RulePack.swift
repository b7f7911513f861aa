/// The built-in rule pack, wherever it comes from: a folder (`$CLAUSEGUARD_RULES`, for rule authors and tests) or
/// the files compiled into the binary, so a lone copied binary still has its rules.
public enum RulePack: Sendable {
    case folder(String)
    /// Rule files by their path below `root`; diagnostics name them `root/path` (e.g. `Rules/zh/penalty.yml`).
    /// `compiled`: the same files as `CompiledRulePack` wrote them at build time, read instead of the YAML when the
    /// pack is trusted (a scan); nil when the build found a problem in the pack, which parsing then reports.
    case embedded(root: String, files: [RuleSource], compiled: String? = nil)
}

/// One rule file's text, given rather than read from disk.
public struct RuleSource: Sendable {
    /// The path below the pack's root, e.g. `zh/penalty.yml`.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A short, stable name for a pack's exact contents, for reports: the first 12 hex digits of FNV-1a 64 over each
/// file's path below the pack root and its bytes, in path order. The same files give the same version whether they
/// were read from a folder or compiled in, so a report says which rules judged the contracts.
public enum RulePackVersion {
    public static func of(_ files: [(path: String, bytes: [UInt8])]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            // A 0 after each part keeps ("ab", "c") and ("a", "bc") apart.
            for byte in file.path.utf8 { add(byte) }
            add(0)
            for byte in file.bytes { add(byte) }
            add(0)
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
    }
}
