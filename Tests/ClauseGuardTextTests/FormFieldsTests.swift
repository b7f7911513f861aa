import Testing
@testable import ClauseGuardText

/// A contract filled in on a form: an unticked option is no term; a value typed into a field reads without brackets.
@Suite struct FormFieldsTests {
    @Test func anUntickedOptionIsBlanked() {
        let text = NormalizedText("6.4 费用处理：☑ 甲方已支付的服务费均不予退还；□ 乙方按未履行服务天数比例退还甲方。")
        #expect(text.text.contains("均不予退还"))
        #expect(!text.text.contains("比例退还"))
        // Same length: every offset still maps where it was.
        #expect(text.text.utf8.count == NormalizedText("6.4 费用处理：☑ 甲方已支付的服务费均不予退还；□ 乙方按未履行服务天数比例退还甲方。", allowingShortcut: false).text.utf8.count)
        let english = NormalizedText("[X] Provider may terminate at any time. [ ] Either party may terminate on 15 days' notice.")
        #expect(english.text.contains("Provider may terminate"))
        #expect(!english.text.contains("Either party"))
    }

    @Test func aFilledFieldLosesItsBrackets() {
        let text = NormalizedText("甲方拟提前解除本合同的，须提前【90】日书面通知乙方。")
        #expect(text.text.contains("提前90日"))
        let field = text.text.range(of: "90")!
        let start = text.text.utf8.distance(from: text.text.startIndex, to: field.lowerBound)
        let original = text.originalRange(of: start..<(start + 2))
        #expect(String(decoding: Array(text.original.utf8)[original], as: UTF8.self) == "90")
        #expect(NormalizedText("Client: [ 120 ] days' prior written notice.").text.contains("120 days"))
    }

    @Test(arguments: ["【费用】甲方应于每月5日前支付服务费。", "Termination fee: [***] days' notice.", "[X] Auto-renewal applies.",
                      "服务内容：【店铺装修、商品上新及日常客服】。"])
    func headingsRedactionsAndTicksStay(sentence: String) {
        #expect(NormalizedText(sentence).text == NormalizedText(sentence, allowingShortcut: false).text)
        #expect(NormalizedText(sentence).text.contains(sentence.contains("【") ? "【" : "["))
    }
}
