import Testing
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
@testable import ClauseGuardIngest

/// Word 97-2003 and WPS binary files are recognised by content, whatever their name, and refused with one line
/// saying how to convert them; a Word package saved under an old name is read for what it is.
@Suite struct LegacyBinaryDocumentTests {
    static let ole = DocxBuilder.oleHeader + [UInt8](repeating: 0, count: 1024)

    private func error(_ bytes: [UInt8], name: String) throws -> IngestError? {
        let path = try DocxBuilder.file(bytes, name: name)
        do { _ = try ContractReader().read(path: path); return nil } catch { return error }
    }

    @Test(arguments: ["old.doc", "old.dot", "合同.wps", "template.wpt", "renamed.docx", "renamed.odt", "renamed.txt", "renamed.md", "OLD.DOC"])
    func oleCompoundFileIsRefusedWithTheSameMessageWhateverItsName(_ name: String) throws {
        let error = try #require(try error(Self.ole, name: name))
        #expect(error.reason == .oleCompound)
        #expect(error.description == "\(error.file): Word 97-2003 / WPS binary file (OLE compound file), not read: open it in Word, WPS Office or LibreOffice and save as .docx or PDF")
    }

    @Test func oleContentWithoutAnExtensionIsRecognised() throws {
        do {
            _ = try ContractReader().read(bytes: Self.ole, name: "upload")
            Issue.record("read an OLE file")
        } catch {
            #expect(error.reason == .oleCompound && error.detail.hasPrefix("Word 97-2003 / WPS binary file"))
        }
    }

    @Test func passwordProtectedOfficeFileNamedDocIsEncrypted() throws {
        let locked = Self.ole + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try error(locked, name: "locked.doc")?.reason == .encrypted)
    }

    @Test func wordPackageNamedDocOrWpsIsRead() throws {
        let docx = try Data(contentsOf: URL(fileURLWithPath: try DocxBuilder(body: W.para("第八条 违约责任")).write()))
        for name in ["web-download.doc", "saved-by-wps.wps"] {
            let document = try ContractReader().read(path: try DocxBuilder.file([UInt8](docx), name: name))
            #expect(document.format == .docx && document.blocks.map(\.text) == ["第八条 违约责任"])
        }
    }

    @Test func otherContentNamedDocSaysWhatItIs() throws {
        let rtf = try #require(try error(Array("{\\rtf1\\ansi 合同}".utf8), name: "letter.doc"))
        #expect(rtf.reason == .unsupportedType && rtf.detail.contains("RTF"))
        let empty = try #require(try error([], name: "empty.wps"))
        #expect(empty.reason == .empty)
    }
}
