import Testing
import ClauseGuardModel
import ClauseGuardText
import ClauseGuardRules

/// Issue 13 § 5: a Traditional Chinese copy of a risky contract found nothing. It is now matched as Simplified
/// (OpenCC t2s) and its findings quote the Traditional words.
@Suite struct TraditionalChineseTests {
    static let traditional = [
        "店鋪代運營服務合同",
        "甲方(委託方)：杭州某某服飾有限公司",
        "乙方(服務方)：廣州某某電子商務有限公司",
        "第一條 甲方委託乙方運營其天貓旗艦店。",
        "第二條 乙方有權隨時單方面解除本合同，無需承擔任何責任。",
        "第三條 合同期滿前三十日內甲方未提出書面異議的，視為自動續約一年。",
        "第四條 甲方提前解除合同的，應向乙方支付剩餘服務費的30%作為違約金，最低不少於5000元。",
        "第五條 中途解約的，已支付的服務費不予退還。",
    ]

    @Test func aTraditionalCopyGetsTheSimplifiedFindings() throws {
        let simplified = PartyViewTests.analyze(PartyViewTests.merchantFirst)
        let traditional = PartyViewTests.analyze(Self.traditional)
        let ids = { (r: Analyzer.Result) in r.findings.map { "\($0.ruleID)@\($0.location?.blockIndex ?? -1)" }.sorted() }
        #expect(ids(simplified).contains { $0.hasPrefix("penalty.minimum-floor@") })
        #expect(ids(traditional) == ids(simplified))
        #expect(traditional.warnings.isEmpty, "\(traditional.warnings)")
    }

    @Test func findingsQuoteTheTraditionalWords() throws {
        let result = PartyViewTests.analyze(Self.traditional)
        let floor = try #require(result.findings.first { $0.ruleID == "penalty.minimum-floor" })
        #expect(floor.location?.excerpt.contains("剩餘服務費") == true, "\(floor.location?.excerpt ?? "")")
        #expect(floor.values["floor"]?.display(in: .zh) == "5,000元")
    }

    @Test func simplifiedTextIsLeftAlone() {
        let texts = PartyViewTests.merchantFirst.map { NormalizedText($0) }
        #expect(!TraditionalChinese.looksTraditional(texts))
        #expect(TraditionalChinese.simplified(texts).texts.map(\.text) == texts.map(\.text))
    }

    @Test func theOffsetMapHoldsAfterConversion() throws {
        let text = NormalizedText("違約金為１０％")
        let converted = try #require(TraditionalChinese.simplified([text]).texts.first)
        #expect(converted.text == "违约金为10%")
        // 违约金 is the first nine bytes of the converted text; they map back to the Traditional words.
        #expect(converted.original.utf8Slice(converted.originalRange(of: 0..<9)) == "違約金")
    }
}
