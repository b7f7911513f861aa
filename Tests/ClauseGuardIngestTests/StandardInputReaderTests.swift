import Testing
import Foundation
import ClauseGuardModel
import ClauseGuardTestSupport
@testable import ClauseGuardIngest

/// `scan -`: a stream is read to its end under the readers' size caps, and its content picks the reader.
@Suite struct StandardInputReaderTests {
    private func descriptor(for bytes: [UInt8]) throws -> Int32 {
        let file = try TestFolder.make("stdin").appendingPathComponent("stream")
        try Data(bytes).write(to: file)
        let fd = open(file.path, O_RDONLY)
        try #require(fd >= 0)
        return fd
    }

    private func read(_ bytes: [UInt8], options: IngestOptions = IngestOptions()) throws(IngestError) -> ContractDocument {
        let fd = (try? descriptor(for: bytes)) ?? -1
        defer { close(fd) }
        return try ContractReader(options: options).readStream(name: "<stdin>", descriptor: fd)
    }

    @Test func textAndWordContentAreToldApartWithoutAName() throws {
        let text = try read(Array("第一条 合作期限\n合同期满未提出异议视为自动续约。\n".utf8))
        #expect(text.format == .txt)
        #expect(text.source == "<stdin>")
        #expect(text.blocks.last?.text == "合同期满未提出异议视为自动续约。")

        let docx = try DocxBuilder(body: W.para("第八条 违约责任")).write()
        let word = try read(Array(try Data(contentsOf: URL(fileURLWithPath: docx))))
        #expect(word.format == .docx)
        #expect(word.blocks.map(\.text) == ["第八条 违约责任"])
    }

    @Test func aStreamOverTheCapStopsWithAClearError() {
        var options = IngestOptions()
        options.maxTextBytes = 1_000
        options.maxTotalBytes = 4_000
        // Past every reader's cap: reading stops there.
        #expect { try read([UInt8](repeating: 0x41, count: 100_000), options: options) } throws: { error in
            (error as? IngestError)?.reason == .tooLarge
        }
        // Under the Word cap but text, whose cap is lower.
        #expect { try read([UInt8](repeating: 0x41, count: 2_000), options: options) } throws: { error in
            (error as? IngestError)?.reason == .tooLarge && "\(error)".contains("<stdin>")
        }
    }

    @Test func anEmptyStreamIsNamedAsEmpty() {
        #expect { try read([]) } throws: { error in (error as? IngestError)?.reason == .empty }
    }
}
