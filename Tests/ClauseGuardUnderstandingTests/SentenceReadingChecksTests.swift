import Testing
import ClauseGuardModel
@testable import ClauseGuardUnderstanding

/// The byte checks frames use around lexicon hits answer what the String checks they replace answered (slice, lower-case,
/// compare by characters), for every range of plain sentences and of sentences that are not plain.
@Suite struct SentenceReadingChecksTests {
    private static let index = LexiconIndex(PackageLexicons.lexicons["zh"]!)

    private func reading(_ text: String) -> SentenceReading {
        let bytes = Array(text.utf8)
        return SentenceReading(bytes: bytes, hits: Self.index.hits(in: bytes), index: Self.index, parties: PartyMap(), definedLabels: [])
    }

    private static let words = ["的", "的;", "的。", "由", "by ", "to ", " be ", "合同", "自动", "automatically", "unless", "责任",
                                "前", "notice", "'", "i", "a", "向", ","]

    @Test(arguments: ["甲方有权自动解除本合同的;乙方应承担违约责任,", "Customer MAY terminate By Provider, Unless notice to X",
                      "合同终止后的。由甲方向乙方支付30%", "90 days' Prior written notice, to Customer"])
    func plainSentencesAnswerAsStrings(_ text: String) {
        let r = reading(text)
        #expect(r.plain)
        expectSameAnswers(r)
    }

    @Test(arguments: ["TERMİNATİON by İnktomi, to İ", "cafe\u{301} by the Company", "한국 계약 by 甲方", "甲方\u{200D}由乙方"])
    func otherSentencesAnswerAsStrings(_ text: String) {
        let r = reading(text)
        #expect(!r.plain)
        expectSameAnswers(r)
    }

    private func expectSameAnswers(_ r: SentenceReading) {
        let count = r.bytes.count
        for start in 0...count {
            for end in start...count {
                let range = start..<end
                let text = r.text(range), lower = text.lowercased()
                for word in Self.words {
                    let w = Array(word.utf8)
                    #expect(r.holds(w, in: range) == lower.has(word), "holds \(word) in \(range) of \(text)")
                    #expect(r.ends(range, with: w) == lower.hasSuffix(word), "ends \(word) in \(range)")
                    #expect(r.endsExactly(range, with: w) == text.hasSuffix(word), "endsExactly \(word) in \(range)")
                    #expect(r.starts(range, with: w) == text.hasPrefix(word), "starts \(word) in \(range)")
                    #expect(r.startsCaseless(range, with: w) == lower.hasPrefix(word), "startsCaseless \(word) in \(range)")
                    #expect(r.equals(range, w) == (text == word), "equals \(word) in \(range)")
                }
                // Trailing spaces and commas, as the clause before a boundary was trimmed by characters.
                var trimmed = Substring(text)
                while let last = trimmed.last, last == " " || last == "," { trimmed = trimmed.dropLast() }
                #expect(r.text(r.trimmingTrailing(range)) == String(trimmed))
            }
        }
    }

    /// A heading is counted to its bound and no further: 40 characters is a heading, 41 is a sentence.
    @Test func headingBoundCountsCharacters() {
        func understands(_ heading: String) -> Bool {
            var blocks = [Block(index: 0, text: "甲方：某店"), Block(index: 1, text: "乙方：某服务公司")]
            for text in [heading, "双方办妥手续，本合同方告终止。"] {
                var block = Block(index: blocks.count, text: text, clausePath: ["五"])
                block.articleDepth = 1
                blocks.append(block)
            }
            let u = PackageLexicons.understander.understand(ContractDocument(source: "t.txt", format: .txt, blocks: blocks))
            return u.frames.contains { $0.action == .terminate && $0.heading == 2 }
        }
        let head = "五、合同的解除与终止"
        #expect(understands(head + String(repeating: "甲", count: 40 - head.count)))
        #expect(!understands(head + String(repeating: "甲", count: 41 - head.count)))
    }
}
