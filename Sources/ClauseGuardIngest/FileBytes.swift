import ClauseGuardModel
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole input file with the checks every reader needs: exists, is a regular file, readable, not too big.
enum FileBytes {
    static func read(path: String, limit: Int) throws(IngestError) -> [UInt8] {
        try check(path: path, limit: limit)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw error(path: path, errno: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError(file: path, reason: .unreadable, detail: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit {
                throw IngestError(file: path, reason: .tooLarge, detail: "larger than the \(limit >> 20) MiB limit for text contracts")
            }
        }
        return bytes
    }

    /// Stat checks shared by the readers: missing, directory, not a regular file, empty, unreadable.
    static func check(path: String, limit: Int? = nil) throws(IngestError) {
        var info = stat()
        guard stat(path, &info) == 0 else { throw error(path: path, errno: errno) }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw IngestError(file: path, reason: .isDirectory, detail: "is a directory, not a contract file") }
        guard type == S_IFREG else { throw IngestError(file: path, reason: .unreadable, detail: "not a regular file") }
        if info.st_size == 0 { throw IngestError(file: path, reason: .empty, detail: "empty file (0 bytes)") }
        if let limit, Int(info.st_size) > limit {
            throw IngestError(file: path, reason: .tooLarge, detail: "\(info.st_size) bytes is over the \(limit >> 20) MiB limit")
        }
        guard access(path, R_OK) == 0 else { throw error(path: path, errno: errno) }
    }

    static func error(path: String, errno code: Int32) -> IngestError {
        switch code {
        case ENOENT, ENOTDIR: IngestError(file: path, reason: .notFound, detail: "no such file")
        case EACCES, EPERM: IngestError(file: path, reason: .unreadable, detail: "permission denied")
        case ELOOP: IngestError(file: path, reason: .unreadable, detail: "symbolic link loop")
        default: IngestError(file: path, reason: .unreadable, detail: String(cString: strerror(code)))
        }
    }
}
