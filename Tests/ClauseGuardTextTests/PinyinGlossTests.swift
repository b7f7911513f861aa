import Testing
@testable import ClauseGuardText

/// Mirror pages that convert a template to Traditional characters write the reading after some of them (協(xié)議);
/// rules read the words without it, reports quote the page.
@Suite struct PinyinGlossTests {
    @Test func glossesAfterCharactersAreDroppedForMatching() {
        let text = NormalizedText("雙方應(yīng)當在期滿前發(fā)出通知，否則本合同自動續(xù)約。")
        #expect(text.text == "雙方應當在期滿前發出通知,否則本合同自動續約。")
    }

    @Test func aWordAcrossAGlossQuotesThePage() {
        let original = "本協(xié)議自動續(xù)約一年。"
        let text = NormalizedText(original)
        let word = text.text.utf8.firstRange(of: "自動續約".utf8)!
        let start = text.text.utf8.distance(from: text.text.utf8.startIndex, to: word.lowerBound)
        let range = text.originalRange(of: start..<(start + "自動續約".utf8.count))
        #expect(String(decoding: Array(original.utf8)[range], as: UTF8.self) == "自動續(xù)約")
    }

    @Test(arguments: ["有下列情形(a)之一的", "按照第5条(b)项", "乙方(Provider)有权", "甲方(xie)应当", "费用(元)"])
    func bracketsWithoutToneMarksStay(_ sentence: String) {
        #expect(NormalizedText(sentence).text == NormalizedText(sentence, allowingShortcut: false).text)
        #expect(NormalizedText(sentence).text.contains("("))
    }
}
