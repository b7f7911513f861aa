import Testing
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
@testable import ClauseGuardIngest

/// The hostile-input suite: every file is generated here. Each case must end in one clear line naming the file and
/// the reason, or in a correct result, in bounded time and memory, without writing anything.
@Suite(.serialized) struct HostileInputTests {
    struct Outcome {
        var document: ContractDocument?
        var error: IngestError?
        var seconds: Double
        /// Growth of this process's peak RSS while reading, in MiB.
        var peakGrowthMiB: Double
    }

    private static func peakRSSKiB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss
    }

    private func folder() throws -> URL { try TestFolder.make("hostile") }

    private func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Reads `path` and checks what every case shares: a hang guard, a memory guard, one-line errors that start
    /// with the path, and nothing written to the folder (nor the file changed).
    @discardableResult
    private func read(_ path: String, options: IngestOptions = IngestOptions(), maxMiB: Double = 300,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> Outcome {
        let dir = (path as NSString).deletingLastPathComponent
        let listing = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        let before = try? Data(contentsOf: URL(fileURLWithPath: path))
        let rss = Self.peakRSSKiB()
        let start = Date()
        var outcome = Outcome(seconds: 0, peakGrowthMiB: 0)
        do { outcome.document = try ContractReader(options: options).read(path: path) } catch { outcome.error = error }
        outcome.seconds = Date().timeIntervalSince(start)
        outcome.peakGrowthMiB = Double(Self.peakRSSKiB() - rss) / 1024
        #expect(outcome.seconds < 30, "\(path) took \(outcome.seconds) s", sourceLocation: sourceLocation)
        #expect(outcome.peakGrowthMiB < maxMiB, "\(path) grew the peak RSS by \(outcome.peakGrowthMiB) MiB", sourceLocation: sourceLocation)
        if let error = outcome.error {
            #expect(error.description.hasPrefix(path + ": "), "\(error)", sourceLocation: sourceLocation)
            #expect(!error.description.contains("\n"), "\(error)", sourceLocation: sourceLocation)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == listing, sourceLocation: sourceLocation)
        #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == before, sourceLocation: sourceLocation)
        return outcome
    }

    private static func document(_ body: String) -> [UInt8] { Array(BrokenFile.Documents.wrap(body).utf8) }

    // MARK: - Zip layer

    @Test func nestedZipBombIsNotOpened() throws {
        // A zip bomb (64 MiB of zeros, deflated) embedded in a contract: it is an embedded object, never inflated.
        let inner = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try DocxBuilder.zip([("zeros.bin", [UInt8](repeating: 0, count: 64 << 20))], name: "inner.zip"))))
        let nested = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try DocxBuilder.zip([("inner.zip", inner)], name: "outer.zip"))))
        var builder = DocxBuilder(body: W.para("乙方有权单方解除合同。"))
        builder.extraEntries["word/embeddings/oleObject1.bin"] = nested
        let outcome = try read(try builder.write(name: "nested.docx"), maxMiB: 100)
        #expect(outcome.document?.blocks.map(\.text) == ["乙方有权单方解除合同。"])
    }

    @Test func singleHugeDeflatedPartIsStoppedEarly() throws {
        // 100 MiB of one byte deflates to about 100 KiB; refusing it must not inflate it all.
        var builder = DocxBuilder(body: "")
        builder.rawDocument = String(repeating: " ", count: 100 << 20)
        let outcome = try read(try builder.write(name: "huge.docx"), maxMiB: 100)
        #expect(outcome.error?.reason == .zipBomb, "\(String(describing: outcome.error))")
    }

    @Test func overlappingEntriesCannotMultiplyTheData() throws {
        // One 100 KiB local entry referenced by 400 central-directory entries (header1.xml … header400.xml), each
        // one a header of the document: 40 MiB read from a 100 KiB file. The caps count bytes as they are read, so
        // a shared entry counts every time; a 16 MiB total cap must stop it.
        let filler = Array("<w:hdr xmlns:w=\"\(DocxBuilder.w)\"><w:p><w:r><w:t>".utf8) + [UInt8](repeating: 0x41, count: 100 << 10) + Array("</w:t></w:r></w:p></w:hdr>".utf8)
        var zip = RawZip()
        let rels = (1...400).map { "<Relationship Id=\"rH\($0)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header\($0).xml\"/>" }.joined()
        for (name, bytes) in DocxBuilder(body: W.para("正文")).entries {
            zip.add(name, name == "word/_rels/document.xml.rels" ? Array("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8) : bytes)
        }
        zip.add("word/header1.xml", filler)
        let shared = zip.entries.count - 1
        for i in 2...400 { zip.add("word/header\(i).xml", [], sharing: shared) }
        let dir = try folder()
        let path = try write(zip.bytes, "overlap.docx", in: dir)
        var options = IngestOptions()
        options.maxTotalBytes = 16 << 20
        let outcome = try read(path, options: options, maxMiB: 150)
        #expect(outcome.error?.reason == .zipBomb && outcome.error?.description.contains("in total") == true, "\(String(describing: outcome.error))")
        // With the default caps (256 MiB) the same file is either read in full or refused (as a bomb, or for its
        // 40 MiB of text), within the bounds.
        let defaults = try read(path, maxMiB: 600)
        #expect(defaults.document?.blocks.contains { $0.text == "正文" } == true || defaults.error?.reason == .zipBomb
                || defaults.error?.reason == .tooLarge)
    }

    @Test func thousandsOfEntries() throws {
        var zip = RawZip.wordPackage(document: Self.document(W.para("正文")))
        for i in 0..<5_000 { zip.add("word/media/i\(i).bin", [UInt8(i & 0xFF)]) }
        let dir = try folder()
        #expect(try read(try write(zip.bytes, "many.docx", in: dir)).document?.blocks.map(\.text) == ["正文"])
        for i in 5_000..<20_000 { zip.add("word/media/i\(i).bin", [0]) }
        let refused = try read(try write(zip.bytes, "toomany.docx", in: dir))
        #expect(refused.error?.reason == .zipBomb && refused.error?.description.contains("entries") == true)
    }

    @Test(arguments: ["word/document.xml", "WORD/Document.XML"])
    func duplicateEntryNamesAreRefused(second: String) throws {
        // Two parts with one (case-insensitive) name: which one a reader shows is up to the reader, so refuse.
        var zip = RawZip.wordPackage(document: Self.document(W.para("第一份正文")))
        zip.add(second, Self.document(W.para("第二份正文")))
        let dir = try folder()
        let outcome = try read(try write(zip.bytes, "duplicate.docx", in: dir))
        #expect(outcome.error?.reason == .corruptZip && outcome.error?.description.contains("two zip entries are named") == true,
                "\(String(describing: outcome.error))")
    }

    @Test func absoluteAndParentEntryNamesAreNeverFollowed() throws {
        var zip = RawZip.wordPackage(document: Self.document(W.para("正文")))
        zip.add("/tmp/clauseguard-absolute-\(UUID().uuidString).txt", Array("x".utf8))
        zip.add("../../clauseguard-escape.txt", Array("x".utf8))
        zip.add("/word/document.xml", Self.document(W.para("绝对路径")))
        let dir = try folder()
        let outcome = try read(try write(zip.bytes, "names.docx", in: dir))
        #expect(outcome.document?.blocks.map(\.text) == ["正文"])
        #expect(!FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("clauseguard-escape.txt").path))
    }

    @Test func packageWithoutDocumentXML() throws {
        var zip = RawZip()
        for (name, bytes) in DocxBuilder(body: "").entries where name != "word/document.xml" { zip.add(name, bytes) }
        let dir = try folder()
        let outcome = try read(try write(zip.bytes, "nodocument.docx", in: dir))
        #expect(outcome.error?.reason == .notWordDocument, "\(String(describing: outcome.error))")
    }

    // MARK: - XML layer

    @Test func quadraticBlowupNeedsADTDAndIsRefused() throws {
        let big = String(repeating: "x", count: 100_000)
        let refs = String(repeating: "&a;", count: 100_000)
        var builder = DocxBuilder(body: "")
        builder.rawDocument = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"\(big)\">]><w:document xmlns:w=\"\(DocxBuilder.w)\"><w:body><w:p><w:r><w:t>\(refs)</w:t></w:r></w:p></w:body></w:document>"
        #expect(try read(try builder.write(name: "quadratic.docx")).error?.reason == .forbiddenDTD)
    }

    @Test(arguments: [10_000, 100_000])
    func deeplyNestedElements(depth: Int) throws {
        // Stored, not deflated: deflated, this text trips the compression-ratio cap before the parser sees it.
        let dir = try folder()
        let outcome = try read(try write(RawZip.wordPackage(document: Array(BrokenFile.Documents.nested(depth: depth).utf8)).bytes, "deep.docx", in: dir))
        // libxml2 caps nesting (256 levels without XML_PARSE_HUGE): a malformed-XML error naming the part.
        #expect(outcome.error?.reason == .malformedXML || outcome.document?.blocks.first?.text == "深", "\(String(describing: outcome.error))")
        if let error = outcome.error { #expect(error.description.contains("word/document.xml")) }
    }

    @Test func fiftyMegabyteParagraph() throws {
        // Random letters compress only about 1.7:1, so neither the ratio nor the part cap applies: it must be read.
        // A 64 KiB random block is repeated (drawing 50 M random letters takes seconds in a debug build).
        var rng = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz     ")
        let block = String((0..<(64 << 10)).map { _ in letters[Int(rng.next() % UInt64(letters.count))] })
        var builder = DocxBuilder(body: "")
        builder.rawDocument = "<w:document xmlns:w=\"\(DocxBuilder.w)\"><w:body><w:p><w:r><w:t xml:space=\"preserve\">"
            + String(repeating: block, count: 50 * 16) + "</w:t></w:r></w:p></w:body></w:document>"
        var options = IngestOptions()
        options.maxDocumentTextBytes = 64 << 20   // above the default text cap, which would refuse it (DocumentSizeLimitTests)
        let outcome = try read(try builder.write(name: "long.docx"), options: options, maxMiB: 512)
        #expect(outcome.document?.blocks.count == 1, "\(String(describing: outcome.error))")
        #expect(outcome.document?.blocks.first?.text.utf8.count ?? 0 > 49 << 20)
    }

    @Test func invalidCharactersInXML() throws {
        for (name, body) in [("charref.docx", W.para("&#xD800;")), ("nul.docx", W.para("&#0;"))] {
            var builder = DocxBuilder(body: "")
            builder.rawDocument = BrokenFile.Documents.wrap(body)
            #expect(try read(try builder.write(name: name)).error?.reason == .malformedXML)
        }
        let badUTF8 = try folder().appendingPathComponent("badutf8.docx")
        try BrokenFile.invalidUTF8.make(at: badUTF8)
        #expect(try read(badUTF8.path).error?.reason == .malformedXML)
    }

    // MARK: - Text files

    @Test func invalidTextEncodings() throws {
        let dir = try folder()
        // Invalid UTF-8 that is not GB18030 either, and UTF-16 with a lone surrogate.
        let utf8 = try read(try write(Array("甲方".utf8) + [0xFF, 0xFE, 0xFF] + Array("乙方".utf8), "bad-utf8.txt", in: dir))
        #expect(utf8.error != nil || utf8.document != nil)
        let lone: [UInt8] = [0xFF, 0xFE] + Array("甲方".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + [0x00, 0xD8, 0x41, 0x00]
        let utf16 = try read(try write(lone, "lone-surrogate.txt", in: dir))
        if let document = utf16.document {
            // Decoded with the surrogate replaced, never dropped silently into nothing.
            #expect(document.blocks.first?.text.hasPrefix("甲方") == true)
        } else {
            #expect(utf16.error?.reason != nil)
        }
    }

    // MARK: - File system

    @Test func symlinkLoopAndUnreadableFile() throws {
        let dir = try folder()
        let a = dir.appendingPathComponent("a.docx").path, b = dir.appendingPathComponent("b.docx").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        let loop = try read(a)
        #expect(loop.error?.reason == .unreadable && loop.error?.description.contains("symbolic link loop") == true)

        let locked = try write(Array(DocxBuilder(body: W.para("x")).documentXML.utf8), "locked.txt", in: dir)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
        let outcome = try read(locked)
        if getuid() == 0 {
            // root reads any file, so permission cannot be denied here; the case runs for other users.
            #expect(outcome.document != nil)
        } else {
            #expect(outcome.error?.reason == .unreadable && outcome.error?.description.contains("permission denied") == true)
        }
    }

    @Test func zeroByteFileAndDirectoryNamedDocx() throws {
        let dir = try folder()
        #expect(try read(try write([], "empty.docx", in: dir)).error?.reason == .empty)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("x.docx"), withIntermediateDirectories: false)
        #expect(try read(dir.appendingPathComponent("x.docx").path).error?.reason == .isDirectory)
    }
}
