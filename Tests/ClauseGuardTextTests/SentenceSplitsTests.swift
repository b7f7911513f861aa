import Testing
import ClauseGuardText

/// The sentences the frames and the rule units share are those each block's own split gives, whatever order the
/// blocks are asked for in and however often.
@Suite struct SentenceSplitsTests {
    @Test func sharedSplitsAnswerAsSplitting() {
        let texts = ["甲方有权解除本合同。乙方应当支付违约金！", "", "Either party may terminate. No. 5 applies. See 8.2. Then stop?",
                     "第一条 合作内容\n第二条 费用", "e.g. this. And that!", "  ", "5,000.00 元。共计"]
        let splits = SentenceSplits(texts)
        for block in texts.indices.reversed() + Array(texts.indices) {
            #expect(splits[block] == SentenceSplitter.split(texts[block]), "block \(block)")
        }
    }

    /// An answer's "No." ends its sentence; a number label's "No." does not.
    @Test func anAnswersNoEndsItsSentence() {
        let text = "Q: Is the fee refundable? A: No. Fees are earned on receipt. Contract No. A-12 applies. No. 5 too."
        let sentences = SentenceSplitter.split(text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(sentences == ["Q: Is the fee refundable?", "A: No.", "Fees are earned on receipt.", "Contract No. A-12 applies.", "No. 5 too."])
    }

    /// A currency or reference abbreviation before a figure ("Rs. 7,50,000", "cl. 16.1") ends no sentence.
    @Test func abbreviationsBeforeAFigureEndNoSentence() {
        let text = "The Security Deposit of Rs. 7,50,000 shall stand forfeited under cl. 16 of this Agreement. Fees are due."
        let sentences = SentenceSplitter.split(text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(sentences == ["The Security Deposit of Rs. 7,50,000 shall stand forfeited under cl. 16 of this Agreement.", "Fees are due."])
    }
}
