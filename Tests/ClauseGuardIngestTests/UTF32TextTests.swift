import Testing
import ClauseGuardModel
@testable import ClauseGuardIngest

/// UTF-32 text (some Windows and macOS tools can save it) is decoded as UTF-32, never misread as UTF-16 with NULs.
@Suite struct UTF32TextTests {
    let reader = PlainTextReader()
    let contract = "第一条 Term\n合同期满未提出异议视为自动续约。🙂\n"
    let lines = ["第一条 Term", "合同期满未提出异议视为自动续约。🙂"]

    private func utf32(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.unicodeScalars.flatMap { scalar -> [UInt8] in
            let v = scalar.value
            let be = [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
            return littleEndian ? be.reversed() : be
        }
    }

    @Test(arguments: [true, false])
    func withBOM(_ littleEndian: Bool) throws {
        let bom: [UInt8] = littleEndian ? [0xFF, 0xFE, 0x00, 0x00] : [0x00, 0x00, 0xFE, 0xFF]
        let document = try reader.read(bytes: bom + utf32(contract, littleEndian: littleEndian), name: "a.txt", format: .txt)
        #expect(document.encoding == (littleEndian ? "utf-32le" : "utf-32be"))
        #expect(document.blocks.map(\.text) == lines)
    }

    @Test(arguments: [true, false])
    func withoutBOM(_ littleEndian: Bool) throws {
        let document = try reader.read(bytes: utf32(contract, littleEndian: littleEndian), name: "a.txt", format: .txt)
        #expect(document.encoding == (littleEndian ? "utf-32le" : "utf-32be"))
        #expect(document.blocks.map(\.text) == lines)
    }

    @Test func truncatedUTF32IsAClearError() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00] + utf32(contract, littleEndian: true).dropLast()
        #expect { try reader.read(bytes: bytes, name: "cut.txt", format: .txt) } throws: { error in
            guard let error = error as? IngestError else { return false }
            return error.reason == .badEncoding && error.detail.contains("UTF-32")
        }
    }

    @Test func utf16StillDecodesAsUTF16() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in contract.utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try reader.read(bytes: le, name: "a.txt", format: .txt)
        #expect(document.encoding == "utf-16le")
        #expect(document.blocks.map(\.text) == lines)
    }
}
