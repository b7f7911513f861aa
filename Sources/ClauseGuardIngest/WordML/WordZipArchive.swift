import CZip
import ClauseGuardModel

/// A Word package opened with libzip from memory (never extracted to disk), with caps on what it may inflate:
/// per part, in total, by compression ratio, and on the number of entries — counted on bytes actually read.
final class WordZipArchive {
    /// Checks that `bytes` are a zip (naming what was expected, e.g. "an OpenDocument text"), opens them and reads the
    /// package with `read`; an error that is not already a file's one-line `IngestError` reports a damaged zip.
    static func reading<T>(_ bytes: [UInt8], name: String, kind: String = "a Word document", options: IngestOptions,
                           _ read: (WordZipArchive) throws -> T) throws(IngestError) -> T {
        try PackageSniffer.checkZip(bytes, name: name, kind: kind)
        do {
            return try read(WordZipArchive(bytes: bytes, name: name, options: options))
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(file: name, reason: .corruptZip, detail: "\(error)")
        }
    }

    let name: String
    private let archive: OpaquePointer
    private let options: IngestOptions
    /// Keeps the bytes alive: libzip reads from them without copying.
    private let bytes: [UInt8]
    private var totalRead = 0
    /// Entry names, in archive order.
    let entries: [String]

    init(bytes: [UInt8], name: String, options: IngestOptions) throws(IngestError) {
        self.name = name
        self.options = options
        self.bytes = bytes
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let source: OpaquePointer? = bytes.withUnsafeBytes { zip_source_buffer_create($0.baseAddress, zip_uint64_t($0.count), 0, &error) }
        guard let source else { throw IngestError(file: name, reason: .corruptZip, detail: "cannot open zip data") }
        guard let opened = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            let code = zip_error_code_zip(&error)
            let reason = String(cString: zip_error_strerror(&error))
            throw IngestError(file: name, reason: .corruptZip,
                              detail: code == ZIP_ER_NOZIP ? "corrupt or truncated zip archive (no central directory)" : "corrupt zip archive: \(reason)")
        }
        archive = opened
        let count = Int(zip_get_num_entries(opened, 0))
        guard count <= options.maxEntries else {
            zip_discard(opened)
            throw IngestError(file: name, reason: .zipBomb, detail: "zip has \(count) entries (limit \(options.maxEntries)): refusing a possible zip bomb")
        }
        var names: [String] = []
        var seen = Set<String>()
        for i in 0..<count {
            guard let entry = zip_get_name(opened, zip_uint64_t(i), 0) else { continue }
            let entryName = String(cString: entry)
            // Part names are case-insensitive (OPC): two entries with one name make the package ambiguous, and a
            // second copy of a part could show one text to ClauseGuard and another to Word.
            guard seen.insert(entryName.lowercased()).inserted else {
                zip_discard(opened)
                throw IngestError(file: name, reason: .corruptZip,
                                  detail: "two zip entries are named \(entryName): refusing an ambiguous package")
            }
            names.append(entryName)
        }
        entries = names
    }

    deinit { zip_discard(archive) }

    func contains(_ entry: String) -> Bool { zip_name_locate(archive, entry, 0) >= 0 }

    /// Streams one entry to `consume` in chunks, enforcing the caps. Returns false when the entry does not exist.
    @discardableResult
    func read(_ entry: String, chunk consume: (UnsafeRawBufferPointer) throws -> Void) throws -> Bool {
        let index = zip_name_locate(archive, entry, 0)
        guard index >= 0 else { return false }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 else {
            throw IngestError(file: name, reason: .corruptZip, detail: "corrupt zip entry \(entry)")
        }
        if stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0, stat.size > zip_uint64_t(options.maxPartBytes) {
            throw bomb("\(entry) would inflate to \(stat.size >> 20) MiB (limit \(options.maxPartBytes >> 20) MiB per part)")
        }
        let compressed = stat.valid & zip_uint64_t(ZIP_STAT_COMP_SIZE) != 0 ? Int(stat.comp_size) : 0
        guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
            let message = String(cString: zip_error_strerror(zip_get_error(archive)))
            let encrypted = message.lowercased().contains("password") || message.lowercased().contains("encrypt")
            throw IngestError(file: name, reason: encrypted ? .encrypted : .corruptZip,
                              detail: encrypted ? "password-protected document: remove the password in Word and save as .docx"
                                                : "cannot read \(entry) from the zip: \(message)")
        }
        defer { zip_fclose(file) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var partRead = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
            if n < 0 {
                let message = String(cString: zip_error_strerror(zip_file_get_error(file)))
                throw IngestError(file: name, reason: .corruptZip, detail: "truncated or corrupt zip: cannot read \(entry) (\(message))")
            }
            if n == 0 { break }
            partRead += Int(n)
            totalRead += Int(n)
            if partRead > options.maxPartBytes {
                throw bomb("\(entry) inflates past \(options.maxPartBytes >> 20) MiB (limit per part)")
            }
            if totalRead > options.maxTotalBytes {
                throw bomb("the package inflates past \(options.maxTotalBytes >> 20) MiB in total")
            }
            if partRead > options.ratioCheckMinimumBytes, compressed > 0, partRead / compressed > options.maxCompressionRatio {
                throw bomb("\(entry) has a compression ratio over \(options.maxCompressionRatio):1")
            }
            try buffer.withUnsafeBytes { try consume(UnsafeRawBufferPointer(rebasing: $0[0..<Int(n)])) }
        }
        return true
    }

    /// The whole entry as bytes (for small parts such as relationships, styles and numbering).
    func data(_ entry: String) throws -> [UInt8]? {
        var out: [UInt8] = []
        let found = try read(entry) { out.append(contentsOf: $0) }
        return found ? out : nil
    }

    private func bomb(_ detail: String) -> IngestError {
        IngestError(file: name, reason: .zipBomb, detail: "possible zip bomb: \(detail)")
    }
}
