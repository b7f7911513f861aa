import Foundation
import FuzzDriver
import ClauseGuardIngest
import CZip

/// libFuzzer target: arbitrary bytes as word/document.xml (and, split at the first NUL, word/numbering.xml),
/// wrapped into a valid zip, so mutations reach the WordprocessingML reader instead of dying in the zip layer.
func fuzzWordML(_ input: UnsafeBufferPointer<UInt8>) {
    let bytes = Array(input)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    var entries = [("word/document.xml", Array(bytes[..<split]))]
    if split < bytes.count { entries.append(("word/numbering.xml", Array(bytes[(split + 1)...]))) }
    guard let package = MemoryZip.make(entries) else { return }
    _ = try? ContractReader().read(bytes: package, name: "fuzz.docx")
}

/// A stored (uncompressed) zip built in memory with libzip.
enum MemoryZip {
    static func make(_ entries: [(String, [UInt8])]) -> [UInt8]? {
        var error = zip_error_t()
        zip_error_init(&error)
        guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else { return nil }
        zip_source_keep(buffer)
        defer { zip_source_free(buffer) }
        guard let archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error) else { return nil }
        for (name, content) in entries {
            // libzip takes ownership of a non-empty buffer only (an empty one would leak), so pass none for "".
            let copy = content.isEmpty ? nil : malloc(content.count)
            content.withUnsafeBytes { if let base = $0.baseAddress { copy?.copyMemory(from: base, byteCount: content.count) } }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(content.count), 1) else { free(copy); continue }
            let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_OVERWRITE))
            if index < 0 { zip_source_free(source); continue }
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0)
        }
        guard zip_close(archive) == 0, zip_source_open(buffer) == 0 else { return nil }
        defer { zip_source_close(buffer) }
        zip_source_seek(buffer, 0, SEEK_END)
        let length = Int(zip_source_tell(buffer))
        zip_source_seek(buffer, 0, SEEK_SET)
        var out = [UInt8](repeating: 0, count: length)
        let read = out.withUnsafeMutableBytes { zip_source_read(buffer, $0.baseAddress, zip_uint64_t(length)) }
        return read == length ? out : nil
    }
}

runFuzzer(fuzzWordML)
