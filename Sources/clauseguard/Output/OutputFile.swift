import Foundation
import CTempFiles
import ClauseGuardModel
import ClauseGuardReport
#if canImport(Glibc)
import Glibc
#endif

/// One output of a run, opened before scanning. A file is written to a uniquely named temporary file in the
/// destination's folder (mkstemp: two runs never share one) and renamed over the destination only when complete,
/// so a reader, a full disk or a signal never leaves a half report or a lost previous one under the final name.
/// Standard output, character devices and FIFOs are written in place.
///
/// A failed write is remembered and ends further writes; `commit` then reports it and removes the temporary file.
/// No fsync before the rename: it cost up to a second on a large report, and the promise is about failures of the
/// run (errors, a full disk, signals), which the rename alone covers; a report lost to a power cut is made again.
final class OutputFile {
    let target: OutputTarget
    private var descriptor: Int32
    private var temporary: String?
    private var cleanupSlot: Int32 = -1
    private var mode: mode_t = 0o644
    private var owner: (uid_t, gid_t)?
    private(set) var failure: String?

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(_ target: OutputTarget) throws(Failure) {
        self.target = target
        switch target {
        case .standardOutput:
            descriptor = STDOUT_FILENO
        case .stream(let path):
            descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
            guard descriptor >= 0 else { throw Self.failure(path, errno) }
        case .file(let path, let resolved, let existing):
            let folder = (resolved as NSString).deletingLastPathComponent
            let name = (resolved as NSString).lastPathComponent
            // Hidden, and not named like a contract, so a scan of the folder never reads it.
            var template = Array(((folder.isEmpty ? "" : folder + "/") + "." + name + ".clauseguard-XXXXXX").utf8CString)
            var slot: Int32 = -1
            descriptor = template.withUnsafeMutableBufferPointer { cg_temp_create($0.baseAddress!, &slot) }
            guard descriptor >= 0 else { throw Self.failure(path, errno) }
            cleanupSlot = slot
            temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if existing != nil {
                var info = stat()
                if stat(resolved, &info) == 0 {
                    mode = info.st_mode & 0o7777
                    owner = (info.st_uid, info.st_gid)
                }
            } else {
                let mask = umask(0)
                umask(mask)
                mode = 0o666 & ~mask
            }
        }
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    private func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, var base = buffer.baseAddress else { return }
        var remaining = buffer.count
        while remaining > 0 {
            let written = Glibc.write(descriptor, base, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            remaining -= written
            base += written
        }
    }

    /// Puts the output in place (or flushes a stream); on any failure removes the temporary file and throws.
    func commit() throws(Failure) {
        guard let temporary, case .file(let path, let resolved, _) = target else {
            if case .stream = target { close(descriptor) }
            descriptor = -1
            if let failure { throw Failure(description: "cannot write \(ErrorText.clipped(target.displayPath)): \(failure)") }
            return
        }
        if failure == nil, let (uid, gid) = owner, geteuid() == 0 { _ = fchown(descriptor, uid, gid) }
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        descriptor = -1
        if failure == nil, rename(temporary, resolved) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            forget()
            throw Failure(description: "cannot write \(ErrorText.clipped(path)): \(failure); the previous file, if any, is unchanged")
        }
        forget()
    }

    /// Drops an output that will not be completed: the temporary file is removed, the destination untouched.
    func abandon() {
        if let temporary {
            if descriptor >= 0 { close(descriptor) }
            unlink(temporary)
            forget()
        } else if case .stream = target, descriptor >= 0 {
            close(descriptor)
        }
        descriptor = -1
    }

    private func forget() {
        cg_temp_unregister(cleanupSlot)
        cleanupSlot = -1
        temporary = nil
    }

    deinit { abandon() }

    private static func failure(_ path: String, _ code: Int32) -> Failure {
        Failure(description: "cannot write \(ErrorText.clipped(path)): \(String(cString: strerror(code)))")
    }
}

extension OutputFile: ReportSink {}
