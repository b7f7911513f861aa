import Testing
import ClauseGuardModel
import ClauseGuardText
import ClauseGuardRules

/// Hong Kong and Taiwan legal usage written in Simplified characters (倘…终止本合约, 毋须事先通知, 余下合约期, 惟…不得少于,
/// 立契约书人…得终止本契约): read as the mainland wording the rules are written in; reports quote the contract's words.
@Suite struct HongKongLegalWordingTests {
    static let header = ["网店代营运服务合约", "甲方（委托方）：香港某某贸易有限公司", "乙方（服务方）：香港某某数码营销有限公司",
                         "1. 甲方委托乙方营运其网店。"]

    private func ids(_ clause: String) -> [String] {
        PartyViewTests.analyze(Self.header + [clause]).findings.filter { $0.kind == .match }.map(\.ruleID)
    }

    @Test func wordsAreReadAsTheMainlandsAndQuotedAsWritten() throws {
        let read = try #require(TraditionalChinese.simplified([NormalizedText("倘甲方终止本合约，须支付余下合约期服务费，惟不得少于港币二万元，乙方毋须退还按金。")]).texts.first)
        #expect(read.text == "如甲方终止本合同,须支付剩余合同期服务费,但不得少于港币二万元,乙方无须退还押金。")
        let bytes = Array(read.text.utf8), word = Array("剩余".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: word) })
        #expect(read.original.utf8Slice(read.originalRange(of: start..<(start + word.count))) == "余下")
        // 惟一 is "only", not "but"; a mainland text without the markers is left as it is.
        #expect(TraditionalChinese.simplified([NormalizedText("乙方为本合约惟一服务商。")]).texts[0].text == "乙方为本合同惟一服务商。")
        #expect(TraditionalChinese.simplified([NormalizedText("甲方应缴付剩余服务费。")]).texts[0].text == "甲方应缴付剩余服务费。")
    }

    @Test func trapsInHongKongUsageAreFound() {
        #expect(ids("乙方可因营运需要随时更改店铺后台之登入密码，毋须事先或事后通知甲方。").contains("store_protection.provider-changes-passwords"))
        #expect(ids("倘甲方于合约期届满前终止本合约，甲方须一次过缴清余下合约期之全部服务费。").contains("termination.exit-pays-remaining-fees"))
    }

    /// Taiwan usage in Simplified characters: 契约 is a 合同 and 得 after the party is 可 (取得 stays).
    @Test func taiwanUsageInSimplifiedCharacters() {
        #expect(TraditionalChinese.simplified([NormalizedText("乙方得随时终止本契约，毋须取得甲方同意。")]).texts[0].text == "乙方可随时终止本合同,无须取得甲方同意。")
    }
}
