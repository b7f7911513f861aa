import Foundation
import ClauseGuardModel
import ClauseGuardIngest
#if canImport(Glibc)
import Glibc
#endif

/// What an output path (`-o`, `--timings`, `--write-baseline`) points at, decided before anything is read or
/// written. A regular file (or a new one) is replaced atomically; a character device or a FIFO is written to
/// directly and never replaced (as root, renaming over `/dev/null` would break the machine); anything else
/// (a folder, a block device, a socket, a dangling link) is refused.
enum OutputTarget: Equatable {
    case standardOutput
    /// Written in place: a character device or a FIFO.
    case stream(path: String)
    /// Written to a temporary file beside `resolved` (the path with links followed) and renamed over it.
    case file(path: String, resolved: String, existing: FileIdentity?)

    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    /// The path as the user gave it, for messages.
    var displayPath: String {
        switch self {
        case .standardOutput: "standard output"
        case .stream(let path), .file(let path, _, _): path
        }
    }

    /// Where a streamed report spills the contracts' parts until its top can be written: the destination's own
    /// folder (it has room for the report), else the temporary folder.
    var spillFolder: String? {
        guard case .file(_, let resolved, _) = self else { return nil }
        let folder = (resolved as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    static func classify(_ path: String, option: String) throws(Refusal) -> OutputTarget {
        if path == "-" { return .standardOutput }
        let shown = ErrorText.clipped(path)
        guard !path.isEmpty else { throw Refusal(description: "\(option): empty path") }
        if path.hasSuffix("/") { throw Refusal(description: "\(option) \(shown): names a folder, not a file") }
        var link = stat()
        guard lstat(path, &link) == 0 else {
            guard errno == ENOENT else { throw Refusal(description: "\(option) \(shown): \(String(cString: strerror(errno)))") }
            return try newFile(path, option: option)
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Refusal(description: "\(option) \(shown): is a link to nothing (\(String(cString: strerror(errno))))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            guard let resolved = realpath(path, nil) else {
                throw Refusal(description: "\(option) \(shown): \(String(cString: strerror(errno)))")
            }
            defer { free(resolved) }
            return .file(path: path, resolved: String(cString: resolved), existing: FileIdentity(info))
        case S_IFCHR, S_IFIFO:
            return .stream(path: path)
        case S_IFDIR:
            throw Refusal(description: "\(option) \(shown): is a folder; give a file name inside it (e.g. \(shown)/report)")
        case S_IFBLK:
            throw Refusal(description: "\(option) \(shown): is a block device; ClauseGuard writes reports to files only")
        case S_IFSOCK:
            throw Refusal(description: "\(option) \(shown): is a socket")
        default:
            throw Refusal(description: "\(option) \(shown): is not a regular file")
        }
    }

    /// A file that does not exist yet: its folder must.
    private static func newFile(_ path: String, option: String) throws(Refusal) -> OutputTarget {
        let folder = (path as NSString).deletingLastPathComponent
        var info = stat()
        guard stat(folder.isEmpty ? "." : folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw Refusal(description: "\(option) \(ErrorText.clipped(path)): folder \(ErrorText.clipped(folder)) does not exist")
        }
        return .file(path: path, resolved: path, existing: nil)
    }
}

/// A file's identity (device and inode): the same file under two names, through a link or a hard link.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identity of the file at `path` (links followed), or nil if there is none.
    init?(path: String) {
        var info = stat()
        // A contract whose name is not UTF-8 is carried in its `\xHH` form; stat the bytes it stands for.
        var raw = PathBytes.bytes(PathBytes.fromArgument(path))
        raw.append(0)
        let found = stat(path, &info) == 0 || raw.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 } }
        guard found else { return nil }
        self.init(info)
    }
}
