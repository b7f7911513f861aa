#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--exclude` (and `exclude:` in the config) on folders, as in .gitignore: `drafts` and `drafts/` skip every
/// folder named drafts at any depth, `/drafts` only the one at the top of the scanned folder, `old/drafts` and
/// `**/old` a folder by its path below the scanned folder (at any depth, like the file globs); a skipped folder is
/// not walked at all. A pattern ending in `/` names folders only; the others also match files (`ContractDiscovery.glob`).
enum FolderExclusion {
    /// Whether `pattern` excludes the folder `relative` (its path below the scanned folder) named `name`.
    static func excludes(_ pattern: String, folder relative: String, name: String) -> Bool {
        var pattern = pattern
        while pattern.count > 1, pattern.hasSuffix("/") { pattern.removeLast() }
        if pattern.hasPrefix("/") { return fnmatch(String(pattern.dropFirst()), relative, 0) == 0 }
        if pattern.hasSuffix("/**") { pattern.removeLast(3) }   // `drafts/**`: everything inside, so the folder itself
        guard pattern.contains("/") else { return fnmatch(pattern, name, 0) == 0 }
        return ContractDiscovery.glob(pattern, matches: relative)
    }
}
