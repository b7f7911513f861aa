import Foundation
import Testing
@testable import ClauseGuardText

@Suite struct NormalizedTextTests {
    @Test(arguments: [
        ("提前 30 天 书面 通知", "提前30天书面通知"),
        ("甲方 Party A", "甲方 Party A"),
        ("30 days", "30 days"),
        ("  30  days\t\n notice  ", "30 days notice"),
        ("违约金为合同总额的３０％。", "违约金为合同总额的30%。"),
        ("（一）甲方，乙方；双方：同意！", "(一)甲方,乙方;双方:同意!"),
        ("甲方\u{3000}应当\u{3000}\u{3000}付款", "甲方应当付款"),
        ("“保密信息”、商业秘密。", "“保密信息”、商业秘密。"),
        ("Party\u{00A0}A\u{3000}and Party B", "Party A and Party B"),
        ("㈠ 总则", "(一)总则"),
        ("① 甲方", "1甲方"),
        ("ﬁnal ofﬁce", "final office"),
        ("café", "café"),
        ("第 3 条", "第3条"),
        ("甲方 30", "甲方30"),
        ("30 甲方", "30甲方"),
        ("Section 3 甲方", "Section 3甲方"),
        ("A 甲", "A 甲"),
        ("甲\u{200B}方", "甲方"),
        ("\r\n", ""),
        ("", ""),
        ("人民币 5 000 元", "人民币5 000元"),
        ("2025 年 8 月 20 日 24:00", "2025年8月20日24:00"),
        ("He said “hello” there", "He said “hello” there"),
    ])
    func normalises(_ input: String, _ expected: String) {
        #expect(NormalizedText(input).text == expected)
    }

    /// The normalised text must equal NFKC + whitespace folding: compare against Foundation for odd characters.
    @Test func fastPathsAgreeWithFoundation() {
        var ranges: [ClosedRange<UInt32>] = [0x3001...0x3035, 0xFF01...0xFF5E, 0x4E00...0x4E40, 0x9F00...0x9FFF]
        ranges.append(0x2018...0x201D)
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                let one = String(Character(s))
                let expected = one.precomposedStringWithCompatibilityMapping
                #expect(NormalizedText("a" + one + "a").text == "a" + expected + "a", "U+\(String(v, radix: 16))")
            }
        }
    }

    private func map(_ n: NormalizedText, _ normalisedSubstring: String) -> String? {
        guard let r = n.text.range(of: normalisedSubstring) else { return nil }
        let lo = n.text.utf8.distance(from: n.text.utf8.startIndex, to: r.lowerBound)
        let hi = n.text.utf8.distance(from: n.text.utf8.startIndex, to: r.upperBound)
        return n.original.utf8Slice(n.originalRange(of: lo..<hi))
    }

    @Test func mapsRangesBackToOriginal() {
        let n = NormalizedText("甲方应 提前 ３０ 天 书面通知乙方，违约金为 ５ ％ 。")
        #expect(n.text == "甲方应提前30天书面通知乙方,违约金为5%。")
        #expect(map(n, "提前30天") == "提前 ３０ 天")
        #expect(map(n, "30") == "３０")
        #expect(map(n, "0") == "０")
        #expect(map(n, "乙方,") == "乙方，")
        #expect(map(n, "5%") == "５ ％")
        #expect(map(n, "甲方") == "甲方")
        #expect(map(n, "。") == "。")
    }

    @Test func mapsExpandedCharactersAsWholes() {
        let n = NormalizedText("㈠ ﬁnal ① 条")
        #expect(n.text == "(一) final 1条")   // Latin neighbour: the space stays
        // Any part of an expansion maps to the whole original character.
        #expect(map(n, "一") == "㈠")
        #expect(map(n, "(一)") == "㈠")
        #expect(map(n, "fi") == "ﬁ")
        #expect(map(n, "i") == "ﬁ")
        #expect(map(n, "final") == "ﬁnal")
        #expect(map(n, "nal") == "nal")
        #expect(map(n, "1条") == "① 条")
    }

    @Test func collapsedWhitespaceMapsToTheWholeRun() {
        let n = NormalizedText("  Party A \t\n shall  pay ")
        #expect(n.text == "Party A shall pay")
        #expect(map(n, "A shall") == "A \t\n shall")
        #expect(map(n, "pay") == "pay")
        #expect(map(n, "Party") == "Party")
        let end = n.text.utf8.count
        #expect(n.originalRange(of: end..<end) == n.original.utf8.count - 1 ..< n.original.utf8.count - 1)
        #expect(n.originalRange(of: 0..<0) == 2..<2)
    }

    @Test func emptyInput() {
        let n = NormalizedText("   ")
        #expect(n.text == "")
        #expect(n.originalRange(of: 0..<0) == 0..<0)
    }

    @Test func combiningSequencesComposed() {
        let n = NormalizedText("cafe\u{0301} 甲方")
        #expect(n.text == "café 甲方")
        #expect(map(n, "é") == "e\u{0301}")
    }

    @Test func linearOnLargeInput() {
        let paragraph = String(repeating: "甲方应提前 30 天书面通知乙方, Party A shall give thirty (30) days notice. ", count: 5_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = NormalizedText(paragraph) }
        #expect(elapsed < .seconds(5))
        let n = NormalizedText(paragraph)
        #expect(n.text.hasPrefix("甲方应提前30天书面通知乙方, Party A shall"))
    }

    /// The shortcut for already-normal text must give exactly what the full normaliser gives, offsets included.
    @Test func shortcutAgreesWithTheFullNormaliser() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["甲", "方", "a", "B", "7", " ", "  ", "\t", "，", "。", "Ａ", "１", "①", "e\u{301}", "\u{200B}", "“", "—", "\u{3000}", "-", "(", "é"]
        var shortcutTaken = 0
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let fast = NormalizedText(text), full = NormalizedText(text, allowingShortcut: false)
            #expect(fast.text == full.text, "\(text.debugDescription)")
            if NormalizedText.Builder.isAlreadyNormal(text) { shortcutTaken += 1 }
            let n = full.text.utf8.count
            for lo in 0...n { for hi in lo...n {
                #expect(fast.originalRange(of: lo..<hi) == full.originalRange(of: lo..<hi), "\(text.debugDescription) \(lo)..<\(hi)")
            } }
        }
        #expect(shortcutTaken > 300)
    }

    /// A word replaced by a shorter one (委托方 read as 甲方) still maps back: the replacement to the whole word, the
    /// text around it byte for byte, also after full-width forms the normaliser rewrote.
    @Test func replacingByAWordOfAnotherLengthKeepsTheMapToTheOriginal() {
        let original = "委托方（店铺所有人）应向受托方支付ＡＢ费用，受托方开具发票。"
        let replaced = NormalizedText(original).replacing(["委托方"], with: "甲方").replacing(["受托方"], with: "乙方")
        #expect(replaced.text == "甲方(店铺所有人)应向乙方支付AB费用,乙方开具发票。")
        func quote(_ word: String) -> String {
            let bytes = Array(replaced.text.utf8), needle = Array(word.utf8)
            let start = (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }!
            return original.utf8Slice(replaced.originalRange(of: start..<(start + needle.count)))
        }
        #expect(quote("甲方") == "委托方")
        #expect(quote("乙方支付AB") == "受托方支付ＡＢ")
        #expect(quote("开具发票。") == "开具发票。")
        #expect(quote("(店铺所有人)") == "（店铺所有人）")
    }

    @Test func aWordThatIsPartOfAnotherIsNotReplaced() {
        let text = NormalizedText("运营方案由运营方制定").replacing(["运营方"], with: "乙方") { bytes, word in bytes[word.upperBound...].starts(with: Array("案".utf8)) }
        #expect(text.text == "运营方案由乙方制定")
    }

    @Test func theDotsOfAbbreviationsAreSpacesInTheRuleView() {
        let text = NormalizedText("Notice to Brightline Digital Ltd. (\"Brightline\") or Acme Inc., e.g. by e-mail. Fees are 8.5% a year.")
        let view = text.withoutAbbreviationDots()
        #expect(view.text == "Notice to Brightline Digital Ltd  (\"Brightline\") or Acme Inc , e.g  by e-mail. Fees are 8.5% a year.")
        #expect(view.original.utf8Slice(view.originalRange(of: 0..<33)) == "Notice to Brightline Digital Ltd.")
    }

    @Test func theDotsOfClauseNumbersAreSpacesButFiguresKeepTheirs() {
        let view = NormalizedText("Save as provided in Section 14.3 and § 4.1, fees of INR 1.2 lakh or 1.5% remain.").withoutAbbreviationDots()
        #expect(view.text == "Save as provided in Section 14 3 and § 4 1, fees of INR 1.2 lakh or 1.5% remain.")
    }
}
