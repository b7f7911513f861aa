import Testing
import ClauseGuardModel
@testable import ClauseGuardIngest

/// Soft-wrapped Markdown lines join without a space after CJK text (where no space belongs) and with one elsewhere:
/// Korean, which separates words with spaces, and emoji, included.
@Suite struct SoftWrapJoinTests {
    private func joined(_ first: String, _ second: String) throws -> String {
        let doc = try PlainTextReader().read(bytes: Array("\(first)\n\(second)\n".utf8), name: "c.md", format: .md)
        return doc.blocks.map(\.text).joined(separator: "|")
    }

    @Test func cjkLinesJoinWithoutASpaceOthersWithOne() throws {
        #expect(try joined("乙方中途解约的，", "应退还剩余费用。") == "乙方中途解约的，应退还剩余费用。")
        #expect(try joined("甲方（委托方）", "同意") == "甲方（委托方）同意")
        #expect(try joined("The provider may", "terminate") == "The provider may terminate")
        #expect(try joined("계약은 자동으로", "갱신된다") == "계약은 자동으로 갱신된다")
        #expect(try joined("Agreed 👍", "by both") == "Agreed 👍 by both")
    }
}
