import Foundation
import ClauseGuardModel
#if canImport(Glibc)
import Glibc
#endif

/// Expands the paths a user gave into the contract files to read: folders recursively, in a stable order. Nothing
/// is dropped silently: Office lock files (`~$x.docx`), hidden entries, files that are not contracts, ClauseGuard's
/// own reports and links leading out of the scanned folder are skipped and counted; document formats ClauseGuard
/// cannot read (`.pdf`, `.doc`, `.odt`…) and links that cannot be resolved are returned, so each gets its error.
/// A file named explicitly is always returned, so a bad one gets its error.
///
/// Folders are walked with descriptors and `*at` calls, so contracts below paths longer than PATH_MAX are found,
/// and names are read as bytes, so a name that is not UTF-8 is kept (escaped, see `PathBytes`) rather than mangled.
public struct ContractDiscovery: Sendable {
    public var include: [String]
    public var exclude: [String]
    /// Follow symbolic links that lead out of a scanned folder. Off by default: a link in a shared folder must
    /// not make ClauseGuard quote a file from elsewhere (a password file) in a report.
    public var followLinks: Bool

    public struct Result: Sendable {
        public var files: [String]
        /// Skipped files by reason ("Office lock file", "not a contract file", "hidden", "excluded", "symlink loop",
        /// "link outside the scanned folder", "ClauseGuard report"…).
        public var skipped: [String: Int]
    }

    public init(include: [String] = [], exclude: [String] = [], followLinks: Bool = false) {
        self.include = include
        self.exclude = exclude
        self.followLinks = followLinks
    }

    public func discover(_ paths: [String]) -> Result {
        var walk = Walk(discovery: self)
        for argument in paths {
            let path = PathBytes.fromArgument(argument)
            let raw = PathBytes.bytes(path)
            let folder = PathBytes.openFolder(raw)
            guard folder >= 0 else {
                walk.files.append(path)   // missing or odd files are reported by the reader
                continue
            }
            // When the folder's real path cannot be told, no link can be shown to stay inside: none is followed.
            walk.root = followLinks ? nil : Self.realPath(of: folder, path: raw) ?? []
            walk.walk(folder, path: path, relative: "")
            close(folder)
        }
        return Result(files: walk.files, skipped: walk.skipped)
    }

    /// The state of one discovery: what was found so far, and the real path of the folder being scanned.
    private struct Walk {
        let discovery: ContractDiscovery
        var files: [String] = []
        var skipped: [String: Int] = [:]
        var visited = Set<[UInt64]>()
        /// Real path of the scanned folder; nil when links may lead anywhere (`followLinks`).
        var root: [UInt8]?

        init(discovery: ContractDiscovery) { self.discovery = discovery }

        mutating func skip(_ reason: String) { skipped[reason, default: 0] += 1 }

        /// Walks the open folder `folder` (closed by the caller), whose path as shown is `path`.
        mutating func walk(_ folder: Int32, path: String, relative: String) {
            var info = stat()
            guard fstat(folder, &info) == 0 else { skip("unreadable folder"); return }
            let identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
            guard visited.insert(identity).inserted else { skip("symlink loop"); return }
            defer { visited.remove(identity) }
            guard let names = ContractDiscovery.entries(of: folder) else { skip("unreadable folder"); return }
            for raw in names {
                let name = PathBytes.display(raw)
                PathBytes.withCString(raw) { cName in
                    visit(folder, cName, name: name, path: path.hasSuffix("/") ? path + name : path + "/" + name,
                          relative: relative.isEmpty ? name : relative + "/" + name)
                }
            }
        }

        private mutating func visit(_ folder: Int32, _ cName: UnsafePointer<CChar>, name: String, path: String, relative: String) {
            if name.hasPrefix(".") { skip("hidden"); return }
            var entry = stat(), link = stat()
            // A dangling link or a link loop is not skipped: if it is named like a contract, the reader reports
            // why it cannot be opened, like any other bad file.
            let resolves = fstatat(folder, cName, &entry, 0) == 0
            let isLink = fstatat(folder, cName, &link, AT_SYMLINK_NOFOLLOW) == 0 && link.st_mode & S_IFMT == S_IFLNK
            if resolves, isLink, let root, !ContractDiscovery.target(of: cName, in: folder, path: path, isInside: root) {
                skip("link outside the scanned folder"); return
            }
            if resolves, entry.st_mode & S_IFMT == S_IFDIR {
                if discovery.exclude.contains(where: { FolderExclusion.excludes($0, folder: relative, name: name) }) {
                    skip("excluded folder"); return
                }
                let sub = openat(folder, cName, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard sub >= 0 else { skip("unreadable folder"); return }
                walk(sub, path: path, relative: relative)
                close(sub)
                return
            }
            if name.hasPrefix("~$") { skip("Office lock file"); return }
            let format = ContractFormats.reader(forPath: name)?.format
            guard format != nil || UnsupportedDocument(path: name) != nil else {
                skip(resolves ? "not a contract file" : "broken link"); return
            }
            if !discovery.include.isEmpty, !discovery.include.contains(where: { ContractDiscovery.glob($0, matches: relative) }) {
                skip("not included"); return
            }
            if discovery.exclude.contains(where: { ContractDiscovery.glob($0, matches: relative) }) { skip("excluded"); return }
            if format == .txt || format == .md, resolves, entry.st_mode & S_IFMT == S_IFREG, OwnReport.matches(folder: folder, name: cName) {
                skip("ClauseGuard report"); return
            }
            files.append(path)
        }
    }

    /// The raw names in an open folder (without `.` and `..`), sorted as their shown forms.
    private static func entries(of folder: Int32) -> [[UInt8]]? {
        let copy = dup(folder)
        guard copy >= 0 else { return nil }
        guard let stream = fdopendir(copy) else { close(copy); return nil }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                Array(buffer.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names.map { (PathBytes.display($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Whether the link `name` in `folder` resolves to a place inside the real path `root`.
    private static func target(of name: UnsafePointer<CChar>, in folder: Int32, path: String, isInside root: [UInt8]) -> Bool {
        guard !root.isEmpty else { return false }
        let fd = openat(folder, name, pathOnly | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard let real = realPath(of: fd, path: PathBytes.bytes(path)) else { return false }   // cannot tell: do not follow
        if root == [0x2F] { return true }
        return real == root || real.starts(with: root + [0x2F])
    }

    /// Linux's O_PATH (not exported by Swift's Glibc module): a descriptor that names the file without reading
    /// it, so a link to a file the user may not read is still placed inside or outside the folder.
    private static let pathOnly: Int32 = 0o10000000

    /// The real path of the open file or folder `fd` at `path`: asked of the kernel (`/proc/self/fd`), which
    /// works at depths where `realpath` fails with ENAMETOOLONG, else `realpath`; nil if it cannot be told.
    static func realPath(of fd: Int32, path: [UInt8]) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = buffer.withUnsafeMutableBytes { readlink("/proc/self/fd/\(fd)", $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count) }
        if n > 0, n < buffer.count, buffer[0] == 0x2F { return Array(buffer[0..<n]) }
        guard let resolved = PathBytes.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved)))
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
