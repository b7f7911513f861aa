import Testing
@testable import ClauseGuardText

/// 帐 for 账 in money words (帐户, 对帐) is read as 账; a tent or a bed-curtain keeps its 帐; offsets map to the original.
@Suite struct VariantCharactersTests {
    @Test func anAccountWrittenWith帐IsRead账() throws {
        let text = NormalizedText("乙方可自行为甲方之广告帐户充值，并按月对帐。")
        #expect(text.text == "乙方可自行为甲方之广告账户充值,并按月对账。")
        let bytes = Array(text.text.utf8), word = Array("账户".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: word) })
        #expect(text.original.utf8Slice(text.originalRange(of: start..<(start + word.count))) == "帐户")
    }

    @Test(arguments: ["甲方自备帐篷和蚊帐。", "营帐由乙方搭建。"])
    func aTentKeepsIts帐(sentence: String) {
        #expect(NormalizedText(sentence).text.contains("帐"))
    }

    /// 帳戶 in a Traditional contract becomes 帐户 in the conversion, then 账户.
    @Test func aTraditionalAccountIsRead账户() throws {
        let converted = try #require(TraditionalChinese.simplified([NormalizedText("乙方可自行為甲方之廣告帳戶充值。")]).texts.first)
        #expect(converted.text.contains("账户"))
    }
}
