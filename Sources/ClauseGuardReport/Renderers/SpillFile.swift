import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a streamed report keeps its contracts' parts until the batch is done and its top can be written: a file
/// created in the given folder and unlinked at once, so it is never seen under a name there and vanishes with its
/// descriptor, whether the run succeeds, fails or is killed. Used by one thread at a time (its stream's lock).
final class SpillFile: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var descriptor: Int32
    private(set) var size = 0
    /// The first failed write; later writes are dropped and `copy` reports it.
    private(set) var failure: String?
    private let folder: String

    init(folder: String) throws(Failure) {
        self.folder = folder
        var template = Array(((folder.isEmpty ? "." : folder) + "/.clauseguard-spill-XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(description: Self.message(folder, errno)) }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }

    deinit { close(descriptor) }

    func append(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        bytes.withUnsafeBufferPointer { buffer in
            guard var base = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = write(descriptor, base, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Self.message(folder, errno)
                    return
                }
                remaining -= written
                base += written
                size += written
            }
        }
    }

    /// Hands the spilled bytes, in order, to `body` a chunk at a time.
    func read(_ body: ([UInt8]) throws -> Void) throws {
        if let failure { throw Failure(description: failure) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        while offset < size {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, min($0.count, size - offset), off_t(offset)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: Self.message(folder, errno))
            }
            if count == 0 { throw Failure(description: "cannot read back the report's parts in \(folder): the file shrank") }
            try body(Array(chunk[0..<count]))
            offset += count
        }
    }

    private static func message(_ folder: String, _ code: Int32) -> String {
        "cannot keep the report's parts in \(folder.isEmpty ? "." : folder): \(String(cString: strerror(code)))"
    }
}
