import ClauseGuardModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input file with the checks every reader needs: exists, is a regular file, readable, not too big.
/// Paths longer than PATH_MAX and names that are not UTF-8 (see `PathBytes`) are opened like any other.
enum FileBytes {
    static func read(path: String, limit: Int) throws(IngestError) -> [UInt8] {
        let fd = try open(path: path, limit: limit)
        defer { close(fd) }
        return try read(descriptor: fd, name: path, limit: limit)
    }

    /// Reads an open descriptor to its end (a file, or a pipe such as standard input), stopping with an error as
    /// soon as more than `limit` bytes arrived, so an endless stream cannot exhaust memory.
    static func read(descriptor fd: Int32, name: String, limit: Int) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError(file: name, reason: .unreadable, detail: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit {
                throw IngestError(file: name, reason: .tooLarge, detail: "larger than the \(limit >> 20) MiB limit")
            }
        }
        return bytes
    }

    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    /// Stat checks shared by the readers: missing, directory, not a regular file, empty, unreadable.
    static func check(path: String, limit: Int? = nil) throws(IngestError) {
        close(try open(path: path, limit: limit))
    }

    /// Opens `path` for reading after the checks; a name escaped by `PathBytes` is tried as its bytes first.
    private static func open(path: String, limit: Int?) throws(IngestError) -> Int32 {
        let candidates = PathBytes.candidates(path)
        for (n, raw) in candidates.enumerated() {
            do {
                return try open(raw, path: path, limit: limit)
            } catch where error.reason == .notFound && n + 1 < candidates.count {
                continue
            }
        }
        throw IngestError(file: path, reason: .notFound, detail: "no such file")
    }

    private static func open(_ raw: [UInt8], path: String, limit: Int?) throws(IngestError) -> Int32 {
        guard !raw.isEmpty else { throw IngestError(file: path, reason: .notFound, detail: "no such file (empty path)") }
        // Checked with fstatat before opening, so a FIFO or device is never opened; checked again on the
        // descriptor, in case the file was swapped in between.
        let outcome: Result<Int32, IngestError>? = PathBytes.withParent(raw) { folder, name in
            var info = stat()
            guard fstatat(folder, name, &info, 0) == 0 else { return .failure(error(path: path, errno: errno)) }
            if let problem = problem(info, path: path, limit: limit) { return .failure(problem) }
            let fd = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
            guard fd >= 0 else { return .failure(error(path: path, errno: errno)) }
            guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                close(fd)
                return .failure(IngestError(file: path, reason: .unreadable, detail: "not a regular file"))
            }
            return .success(fd)
        }
        guard let outcome else { throw error(path: path, errno: errno) }
        return try outcome.get()
    }

    private static func problem(_ info: stat, path: String, limit: Int?) -> IngestError? {
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return IngestError(file: path, reason: .isDirectory, detail: "is a directory, not a contract file") }
        guard type == S_IFREG else { return IngestError(file: path, reason: .unreadable, detail: "not a regular file") }
        if info.st_size == 0 { return IngestError(file: path, reason: .empty, detail: "empty file (0 bytes)") }
        if let limit, Int(info.st_size) > limit {
            return IngestError(file: path, reason: .tooLarge, detail: "\(info.st_size) bytes is over the \(limit >> 20) MiB limit")
        }
        return nil
    }

    static func error(path: String, errno code: Int32) -> IngestError {
        switch code {
        case ENOENT, ENOTDIR: IngestError(file: path, reason: .notFound, detail: "no such file")
        case EACCES, EPERM: IngestError(file: path, reason: .unreadable, detail: "permission denied")
        case ELOOP: IngestError(file: path, reason: .unreadable, detail: "symbolic link loop")
        case ENAMETOOLONG: IngestError(file: path, reason: .unreadable, detail: "a name in the path is longer than the system allows")
        default: IngestError(file: path, reason: .unreadable, detail: String(cString: strerror(code)))
        }
    }
}
