import Testing
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
@testable import ClauseGuardIngest

/// Every kind of bad input gets one clear line naming the file and the cause; none crashes or hangs.
@Suite struct BadInputTests {
    private func error(_ path: String, options: IngestOptions = IngestOptions()) -> IngestError? {
        do { _ = try ContractReader(options: options).read(path: path); return nil } catch { return error }
    }

    private func expect(_ path: String, _ reason: IngestError.Reason, _ words: String, options: IngestOptions = IngestOptions()) {
        let found = error(path, options: options)
        #expect(found?.reason == reason, "\(String(describing: found))")
        #expect(found?.description.hasPrefix(path + ": ") == true)
        #expect(found?.description.contains(words) == true, "\(String(describing: found))")
        #expect(found?.description.contains("\n") == false)
    }

    @Test func missingDirectoryAndEmpty() throws {
        expect("/nonexistent/contract.docx", .notFound, "no such file")
        let dir = try TestFolder.make("bad").appendingPathComponent("x.docx")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        expect(dir.path, .isDirectory, "is a directory")
        expect(try DocxBuilder.file([], name: "empty.docx"), .empty, "empty file")
    }

    @Test func notAZipSaysWhatItIs() throws {
        expect(try DocxBuilder.file(Array("%PDF-1.7\n...".utf8), name: "scan.docx"), .notZip, "it is a PDF")
        expect(try DocxBuilder.file(Array("{\\rtf1\\ansi hello}".utf8), name: "old.docx"), .notZip, "RTF")
        expect(try DocxBuilder.file(Array("hello".utf8), name: "x.docx"), .notZip, "not a zip archive")
    }

    @Test func zipThatIsNotAWordDocument() throws {
        let path = try DocxBuilder.zip([("xl/workbook.xml", Array("<workbook/>".utf8))], name: "book.docx")
        expect(path, .notWordDocument, "not a Word document")
        expect(path, .notWordDocument, "Excel")
    }

    @Test func truncatedZip() throws {
        let good = try DocxBuilder(body: String(repeating: W.para("甲方应提前30天书面通知乙方。"), count: 200)).write()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
        expect(try DocxBuilder.file(Array(bytes.prefix(bytes.count / 2)), name: "cut.docx"), .corruptZip, "truncated")
    }

    @Test func legacyDocAndPasswordProtected() throws {
        var ole = DocxBuilder.oleHeader + [UInt8](repeating: 0, count: 512)
        expect(try DocxBuilder.file(ole, name: "old.docx"), .oleCompound, "save as .docx")
        ole += Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        expect(try DocxBuilder.file(ole, name: "locked.docx"), .encrypted, "password-protected")
        expect(try DocxBuilder.file(DocxBuilder.oleHeader, name: "old.doc"), .oleCompound, "Word 97-2003 / WPS binary file")
    }

    @Test func zipBombIsRefusedWithoutInflatingIt() throws {
        var builder = DocxBuilder(body: "")
        // 8 MiB of one character compresses to a few KiB.
        builder.rawDocument = "<w:document xmlns:w=\"\(DocxBuilder.w)\"><w:body><w:p><w:r><w:t>" + String(repeating: "A", count: 8 << 20) + "</w:t></w:r></w:p></w:body></w:document>"
        let path = try builder.write(name: "bomb.docx")
        var options = IngestOptions()
        options.maxPartBytes = 4 << 20
        expect(path, .zipBomb, "zip bomb", options: options)
        var ratio = IngestOptions()
        ratio.ratioCheckMinimumBytes = 1 << 20
        ratio.maxCompressionRatio = 100
        expect(path, .zipBomb, "compression ratio", options: ratio)
        var total = IngestOptions()
        total.maxTotalBytes = 2 << 20
        total.maxCompressionRatio = 1_000_000
        expect(path, .zipBomb, "in total", options: total)
    }

    @Test func tooManyEntries() throws {
        var builder = DocxBuilder(body: W.para("x"))
        for i in 0..<60 { builder.extraEntries["word/media/image\(i).png"] = [0] }
        var options = IngestOptions()
        options.maxEntries = 50
        expect(try builder.write(), .zipBomb, "entries", options: options)
    }

    @Test func malformedXMLNamesThePartAndLine() throws {
        var builder = DocxBuilder(body: "")
        builder.rawDocument = "<w:document xmlns:w=\"\(DocxBuilder.w)\">\n<w:body>\n<w:p><w:r><w:t>ok</w:t></w:r></w:p>\n<w:p><w:r><w:t>broken</w:r></w:p>\n</w:body></w:document>"
        expect(try builder.write(), .malformedXML, "malformed XML in word/document.xml at line 4")
    }

    @Test func billionLaughsIsRefused() throws {
        var builder = DocxBuilder(body: "")
        builder.rawDocument = BrokenFile.Documents.billionLaughs
        expect(try builder.write(), .forbiddenDTD, "declares a DTD")
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        for target in ["file:///etc/passwd", "http://127.0.0.1:9/xxe"] {
            var builder = DocxBuilder(body: "")
            builder.rawDocument = BrokenFile.Documents.externalEntity(target)
            let found = error(try builder.write())
            #expect(found?.reason == .forbiddenDTD)
            #expect(found?.description.contains("root:") == false)
        }
    }

    @Test func unsupportedExtensionNamedExplicitly() throws {
        expect(try DocxBuilder.file(Array("x".utf8), name: "contract.rtf"), .unsupportedType, "unsupported file type")
    }

    @Test func inputFilesAreNeverModified() throws {
        let path = try DocxBuilder(body: W.para("甲方")).write()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        _ = try ContractReader().read(path: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == attributes[.modificationDate] as? Date)
        #expect(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent) == ["contract.docx"])
    }
}

extension DocxBuilder {
    static let oleHeader: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
}
