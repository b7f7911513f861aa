import Testing
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
@testable import ClauseGuardIngest

/// The input formats behind one protocol: one registry that the front door and discovery both use, a format chosen
/// by extension or else by content, and clause paths assigned by the front door for every way in.
@Suite struct ContractFormatRegistryTests {
    let clauses = "第八条 违约责任\n1. 乙方应按时付款。\n2. 任何一方解除本合同，应提前30日书面通知对方。\n"

    @Test func registryListsEachFormatOnceAndIsWhatTheFrontDoorReads() {
        let claimed = ContractFormats.readers.flatMap { $0.formats }
        #expect(Set(claimed).count == claimed.count, "a format is claimed by two readers")
        #expect(ContractReader.supportedExtensions == claimed.map(\.rawValue))
        #expect(ContractReader.supportedExtensions == ["docx", "docm", "dotx", "dotm", "odt", "ott", "pdf", "txt", "md"])
        for format in claimed {
            #expect(ContractFormats.reader(forPath: "x/Contract.\(format.rawValue.uppercased())")?.format == format)
        }
        #expect(ContractFormats.reader(forPath: "contract.rtf") == nil)
    }

    @Test func discoveryReturnsEveryRegisteredExtension() throws {
        let dir = try TestFolder.make("registry-discovery")
        let names = ContractReader.supportedExtensions.map { "c.\($0)" } + ["notes.json"]
        for name in names { try Data("x".utf8).write(to: dir.appendingPathComponent(name)) }
        let found = ContractDiscovery().discover([dir.path])
        #expect(found.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ContractReader.supportedExtensions.map { "c.\($0)" }.sorted())
        #expect(found.skipped["not a contract file"] == 1)
    }

    @Test func bytesThroughTheFrontDoorGetClausePaths() throws {
        let text = try ContractReader().read(bytes: Array(clauses.utf8), name: "contract.txt")
        #expect(text.format == .txt)
        #expect(text.blocks.allSatisfy { !$0.clausePath.isEmpty })
        #expect(text.blocks.last?.clausePath.last == "2")

        let path = try DocxBuilder(body: W.para("第八条 违约责任") + W.para("1. 乙方应按时付款。")).write()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let fromBytes = try ContractReader().read(bytes: bytes, name: path)
        let fromPath = try ContractReader().read(path: path)
        #expect(fromBytes.blocks == fromPath.blocks)
        #expect(fromPath.blocks.allSatisfy { !$0.clausePath.isEmpty })
    }

    @Test func aGivenFormatWinsOverTheName() throws {
        let document = try ContractReader().read(bytes: Array("# 第一条\n正文".utf8), name: "example", format: .md)
        #expect(document.format == .md)
        #expect(document.blocks.first?.flags.contains(.heading) == true)
    }

    @Test func contentDecidesWhenTheNameSaysNothing() throws {
        let path = try DocxBuilder(body: W.para("第一条 定义")).write()
        let word = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(WordPackageReader.sniff(word) == .docx)
        #expect(PlainTextReader.sniff(word) == nil)
        #expect(try ContractReader().read(bytes: word, name: "upload-1").format == .docx)

        let text = Array(clauses.utf8)
        #expect(WordPackageReader.sniff(text) == nil)
        let read = try ContractReader().read(bytes: text, name: "upload-2")
        #expect(read.format == .txt && read.blocks.count == 3)
    }

    @Test func contentNoReaderClaimsIsAOneLineError() throws {
        let spreadsheet = try RawZipBytes.zip([("xl/workbook.xml", Array("<workbook/>".utf8))])
        for (bytes, reason) in [(spreadsheet, IngestError.Reason.unsupportedType), ([UInt8](), .empty)] {
            #expect { try ContractReader().read(bytes: bytes, name: "upload-3") } throws: { error in
                guard let error = error as? IngestError else { return false }
                return error.reason == reason && error.file == "upload-3" && !error.description.contains("\n")
            }
        }
    }
}

/// A package's bytes, built like the file fixtures.
enum RawZipBytes {
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let path = try DocxBuilder.zip(entries, name: "package.xlsx")
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
