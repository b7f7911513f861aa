import Testing
import ClauseGuardModel
import ClauseGuardText
import ClauseGuardRules

/// A Taiwan contract says 契約, 代營運, 給付 and "甲方得" where a mainland one says 合同, 代运营, 支付 and "甲方可": after
/// OpenCC's character conversion these words are read as the mainland's, a frame rule reads the Traditional sentence
/// as Simplified, and a party's gloss in brackets no longer stands between the party and its verb.
@Suite struct TaiwanRegisterTests {
    static let header = ["店鋪代營運契約", "甲方(委託商家)：台北某某商行", "乙方(代營運公司)：台北某某數位行銷有限公司",
                         "第一條 甲方委託乙方營運其網路商店。"]

    private func ids(_ clause: String) -> [String] {
        PartyViewTests.analyze(Self.header + ["第二條 " + clause]).findings.filter { $0.kind == .match }.map(\.ruleID)
    }

    @Test func wordsAreReadAsTheMainlands() throws {
        let converted = try #require(TraditionalChinese.simplified([NormalizedText("乙方（代營運公司）得隨時終止本契約，並給付款項。")]).texts.first)
        #expect(converted.text.contains("乙方(代运营公司)可随时终止本合同"))
        #expect(converted.text.contains("支付款项"))
        // 取得 and 得到 keep their 得; the rewritten words quote the original.
        let other = try #require(TraditionalChinese.simplified([NormalizedText("甲方取得書面同意後得到補償。")]).texts.first)
        #expect(other.text.contains("取得") && other.text.contains("得到"))
        let bytes = Array(converted.text.utf8), word = Array("合同".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: word) })
        #expect(converted.original.utf8Slice(converted.originalRange(of: start..<(start + word.count))) == "契約")
    }

    @Test func aLongNoticeToLeaveIsFoundInTaiwanWords() {
        #expect(ids("甲方欲終止本契約者，應於預定終止日九十個日曆天以前以書面通知乙方。").contains("notice.long-termination-notice"))
    }

    @Test func aProviderThatMayChangeThePasswordsUntoldIsFound() {
        #expect(ids("乙方（代營運公司）得隨時變更店鋪主帳號及相關密碼，且無須通知甲方。").contains("store_protection.provider-changes-passwords"))
    }

    @Test func aGlossBetweenThePartyAndItsVerbIsSkipped() {
        let clause = "店鋪因違規被平台扣除保證金或清退關店的，由甲方（委託商家，係店鋪註冊主體）自行承擔全部後果。"
        #expect(ids(clause).contains("liability.platform-penalties-on-merchant"))
    }

    @Test func aDefaultExtensionInTaiwanWordsIsASilentRenewal() {
        let found = ids("若甲方未在期滿前提出書面終止意見，本協議預設順延一個服務週期。")
        #expect(found.contains { $0.hasPrefix("auto_renewal.") })
    }
}
