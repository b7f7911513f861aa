import Foundation
import ClauseGuardModel
#if canImport(Glibc)
import Glibc
#endif

/// Expands the paths a user gave into the contract files to read: folders recursively, in a stable order,
/// skipping Office lock files (`~$x.docx`), hidden entries and files that are not contracts (counted, not silent),
/// following no symlink loop (a link that cannot be resolved is returned, so it gets its error). A file named explicitly is always returned, so a bad one gets its error.
public struct ContractDiscovery: Sendable {
    public var include: [String]
    public var exclude: [String]

    public struct Result: Sendable {
        public var files: [String]
        /// Skipped files by reason ("lock file", "not a contract", "hidden", "excluded", "symlink loop").
        public var skipped: [String: Int]
    }

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }

    public func discover(_ paths: [String]) -> Result {
        var files: [String] = []
        var skipped: [String: Int] = [:]
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                var visited = Set<[UInt64]>()
                walk(path, relative: "", into: &files, skipped: &skipped, visited: &visited)
            } else {
                files.append(path)   // missing or odd files are reported by the reader
            }
        }
        return Result(files: files, skipped: skipped)
    }

    private func walk(_ folder: String, relative: String, into files: inout [String], skipped: inout [String: Int], visited: inout Set<[UInt64]>) {
        var info = stat()
        guard stat(folder, &info) == 0 else { return }
        let identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
        guard visited.insert(identity).inserted else { skipped["symlink loop", default: 0] += 1; return }
        defer { visited.remove(identity) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            skipped["unreadable folder", default: 0] += 1
            return
        }
        for name in names.sorted() {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if name.hasPrefix(".") { skipped["hidden", default: 0] += 1; continue }
            var entry = stat()
            // A dangling link or a link loop is not skipped: if it is named like a contract, the reader reports
            // why it cannot be opened, like any other bad file.
            let resolves = stat(path, &entry) == 0
            if resolves, entry.st_mode & S_IFMT == S_IFDIR {
                walk(path, relative: relativePath, into: &files, skipped: &skipped, visited: &visited)
                continue
            }
            if name.hasPrefix("~$") { skipped["Office lock file", default: 0] += 1; continue }
            guard SourceFormat(path: name) != nil else {
                skipped[resolves ? "not a contract file" : "broken link", default: 0] += 1; continue
            }
            if !include.isEmpty, !include.contains(where: { Self.glob($0, matches: relativePath) }) {
                skipped["not included", default: 0] += 1; continue
            }
            if exclude.contains(where: { Self.glob($0, matches: relativePath) }) { skipped["excluded", default: 0] += 1; continue }
            files.append(path)
        }
    }

    /// Shell-style glob: `*.docx` matches a file name; a pattern with `/` matches the path relative to the
    /// scanned folder, at any depth (`drafts/*`, `**/old/*.docx`); `*` may cross folders.
    static func glob(_ pattern: String, matches relativePath: String) -> Bool {
        guard pattern.contains("/") else {
            return fnmatch(pattern, String(relativePath.split(separator: "/").last ?? ""), 0) == 0
        }
        let normalized = pattern.replacingOccurrences(of: "**/", with: "")
        return fnmatch(normalized, relativePath, 0) == 0 || fnmatch("*/" + normalized, relativePath, 0) == 0
    }
}
