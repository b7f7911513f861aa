import Testing
@testable import ClauseGuardText

/// English business words inside Chinese sentences read as the Chinese the rules say, with the original quoted.
@Suite struct LoanwordsTests {
    private let loanwords = Loanwords(["解除": ["terminate", "termination"], "不予退还": ["non-refundable"], "保证金": ["deposit"],
                                       "服务期限": ["service term"], "退还": ["refund"]])

    @Test func wordsInAChineseSentenceAreReadAsChinese() throws {
        let text = loanwords.applied(to: NormalizedText("在 Service Term 内甲方不得以任何理由 terminate 本协议，200 天内无息 refund 该 deposit。"))
        #expect(text.text == NormalizedText("在服务期限内甲方不得以任何理由解除本协议，200 天内无息退还该保证金。").text)
        // The rewritten word maps back to the contract's own.
        let bytes = Array(text.text.utf8), word = Array("解除".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: word) })
        #expect(text.original.utf8Slice(text.originalRange(of: start..<(start + word.count))).contains("terminate"))
    }

    @Test func anEnglishSentenceStaysEnglish() {
        let english = "Party B may terminate this Agreement at any time upon seven days notice and no deposit is returned."
        #expect(loanwords.applied(to: NormalizedText(english)).text == english)
        // Beside Chinese too: a run of more than six words is English text (a bilingual clause).
        let bilingual = "第八条 解约 Party B may terminate this Agreement at any time upon notice."
        #expect(loanwords.applied(to: NormalizedText(bilingual)).text == NormalizedText(bilingual).text)
    }

    @Test func aWordInsideAnotherWordIsNotRead() {
        // "deposits" is not in the table (only the spaces that set it off from the Chinese go); "Termination" at a
        // heading's start is.
        #expect(loanwords.applied(to: NormalizedText("两笔 deposits 已付")).text == NormalizedText("两笔deposits已付").text)
        #expect(loanwords.applied(to: NormalizedText("Termination 终止：")).text == NormalizedText("解除终止：").text)
    }
}
