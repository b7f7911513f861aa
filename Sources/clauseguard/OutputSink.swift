import Foundation

/// Where a report goes: standard output, or a file written as the report is produced and moved into place at
/// the end, so a reader never sees half a report under the final name.
final class OutputSink {
    private let handle: FileHandle
    private let temporary: String?
    private let destination: String?

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            destination = nil
            return
        }
        let partial = path + ".partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil), let opened = FileHandle(forWritingAtPath: partial) else {
            printError("clauseguard: cannot write \(path)")
            throw ExitStatus.usage
        }
        handle = opened
        temporary = partial
        destination = path
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        handle.write(Data(text.utf8))
    }

    func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0.baseAddress!), count: $0.count, deallocator: .none)) }
    }

    func close() throws {
        guard let temporary, let destination else { return }
        try handle.close()
        do {
            if FileManager.default.fileExists(atPath: destination) { try FileManager.default.removeItem(atPath: destination) }
            try FileManager.default.moveItem(atPath: temporary, toPath: destination)
        } catch {
            printError("clauseguard: cannot write \(destination): \(error.localizedDescription)")
            throw ExitStatus.usage
        }
    }
}
