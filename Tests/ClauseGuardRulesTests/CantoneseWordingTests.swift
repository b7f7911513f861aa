import Testing
import ClauseGuardModel
import ClauseGuardText
import ClauseGuardRules

/// Hong Kong agencies write their terms and messages in written Cantonese (我哋, 唔使, 一律唔退, 冇上限): read as
/// Mandarin after the characters are simplified, the rules find their traps; reports quote the Cantonese.
@Suite struct CantoneseWordingTests {
    static let header = ["網店代營運協議", "甲方（委託方）：香港某某貿易有限公司", "乙方（服務方）：香港某某數碼營銷有限公司",
                         "1. 甲方委託乙方營運其網店。"]

    private func ids(_ clause: String) -> [String] {
        PartyViewTests.analyze(Self.header + [clause]).findings.filter { $0.kind == .match }.map(\.ruleID)
    }

    @Test func wordsAreReadAsMandarin() throws {
        let converted = try #require(TraditionalChinese.simplified([NormalizedText("乙方（即係我哋）有權隨時解約，唔使講原因，已收嘅費用一律唔退。")]).texts.first)
        #expect(converted.text.contains("我们") && converted.text.contains("不用") && converted.text.contains("一律不退"))
        let bytes = Array(converted.text.utf8), word = Array("不用".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: word) })
        #expect(converted.original.utf8Slice(converted.originalRange(of: start..<(start + word.count))) == "唔使")
        // Text without a Cantonese word is left as the Traditional conversion gives it.
        let plain = try #require(TraditionalChinese.simplified([NormalizedText("乙方得隨時終止本契約。")]).texts.first)
        #expect(!plain.text.contains("不"))
    }

    @Test func trapsInCantoneseAreFound() {
        #expect(ids("乙方（我哋）有權隨時解約，唔使講原因，提前3日WhatsApp通知甲方就得。").contains("termination.provider-unilateral-right"))
        #expect(ids("甲方遲一日俾錢就加收欠款1%滯納金，逐日計，冇上限。").contains("penalty.daily-rate"))
        #expect(ids("如果甲方中途要走，一定要一次過俾晒乙方剩餘合約期全部服務費。").contains("termination.exit-pays-remaining-fees"))
    }

    /// 搵 becomes 揾 in the Simplified conversion; 完約 / 完咗 end the contract; hold住 keeps money back; 戶口 is an account.
    @Test func wordsOfTheEndOfAContractAndOfMoneyHeldAreRead() {
        #expect(ids("合作期間，甲方唔可以再搵其他代營運公司，否則要賠乙方。").contains("exclusivity.merchant-bound-to-provider"))
        #expect(ids("甲方要先交HK$20,000按金，合約完咗之後乙方會hold住210日先至退。").contains("deposit.long-refund-period"))
        #expect(ids("甲方要先交HK$20,000按金，完約後乙方（我哋）會hold 住210日先至退。").contains("deposit.long-refund-period"))
        #expect(!ids("甲方要先交HK$20,000按金，完約後乙方（我哋）會hold 住7日先至退。").contains("deposit.long-refund-period"))
        #expect(ids("店舖嘅貨款會先入乙方公司戶口，對完數之後75日內先至轉返俾甲方。").contains("payment.provider-collects-takings"))
    }
}
