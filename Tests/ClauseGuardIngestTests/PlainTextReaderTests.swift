import Testing
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
@testable import ClauseGuardIngest

@Suite struct PlainTextReaderTests {
    let reader = PlainTextReader()
    let contract = "第一条 合作期限\n合同期满未提出异议视为自动续约。\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try reader.read(bytes: Array(contract.utf8), name: "a.txt", format: .txt)
        #expect(plain.encoding == "utf-8")
        #expect(plain.blocks.map(\.text) == ["第一条 合作期限", "合同期满未提出异议视为自动续约。"])
        let bom = try reader.read(bytes: [0xEF, 0xBB, 0xBF] + Array(contract.utf8), name: "a.txt", format: .txt)
        #expect(bom.blocks.first?.text == "第一条 合作期限")
    }

    @Test func utf16WithBOMBothEndians() throws {
        var le: [UInt8] = [0xFF, 0xFE], be: [UInt8] = [0xFE, 0xFF]
        for unit in contract.utf16 {
            le += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            be += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        #expect(try reader.read(bytes: le, name: "a.txt", format: .txt).encoding == "utf-16le")
        let decoded = try reader.read(bytes: be, name: "a.txt", format: .txt)
        #expect(decoded.encoding == "utf-16be")
        #expect(decoded.blocks.last?.text == "合同期满未提出异议视为自动续约。")
    }

    @Test func gb18030IsDetected() throws {
        let bytes = try #require(contract.data(using: String.Encoding(rawValue: 0x80000632)))
        let doc = try reader.read(bytes: Array(bytes), name: "gbk.txt", format: .txt)
        #expect(doc.encoding == "gb18030")
        #expect(doc.blocks.last?.text == "合同期满未提出异议视为自动续约。")
    }

    @Test func invalidUTF8IsAClearError() {
        let bytes: [UInt8] = Array("第一条 ".utf8) + [0xFF, 0xFE, 0x41, 0x80, 0x80]
        #expect { try reader.read(bytes: bytes, name: "bad.txt", format: .txt) } throws: { error in
            let e = error as! IngestError
            return e.reason == .badEncoding && e.description.hasPrefix("bad.txt: invalid UTF-8 at byte 10")
        }
    }

    @Test func unpairedSurrogateInUTF16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]
        #expect { try reader.read(bytes: bytes, name: "s.txt", format: .txt) } throws: { error in
            (error as! IngestError).description.contains("unpaired surrogate")
        }
    }

    @Test func emptyAndMissingFiles() throws {
        let dir = try TestFolder.make("text")
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt").path
        try #require(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(throws: IngestError(file: empty, reason: .empty, detail: "empty file (0 bytes)")) {
            try reader.read(path: empty, format: .txt)
        }
        let missing = dir.appendingPathComponent("missing.txt").path
        #expect(throws: IngestError(file: missing, reason: .notFound, detail: "no such file")) {
            try reader.read(path: missing, format: .txt)
        }
        let folder = dir.appendingPathComponent("x.txt").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect { try reader.read(path: folder, format: .txt) } throws: { ($0 as! IngestError).reason == .isDirectory }
    }

    @Test func markdownJoinsSoftWrapsAndFlagsHeadings() throws {
        let md = "# 服务合同\n\n## 第八条 违约责任\n\n乙方中途解约的，\n应退还剩余费用。\n\n- 甲方可提前15天通知。\n"
        let doc = try reader.read(bytes: Array(md.utf8), name: "c.md", format: .md)
        #expect(doc.blocks.map(\.text) == ["服务合同", "第八条 违约责任", "乙方中途解约的，应退还剩余费用。", "甲方可提前15天通知。"])
        #expect(doc.blocks[0].flags.contains(.heading))
        #expect(doc.blocks[1].outlineLevel == 1)
    }
}
