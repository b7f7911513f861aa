import Testing
@testable import ClauseGuardText

/// The byte path of the normaliser must give exactly what the full normaliser gives — text and offset map — on the
/// text it takes, and step aside (nil) on text it does not know.
@Suite struct NormalizedTextBytesTests {
    /// Pieces the byte path reads (Han, CJK and full-width punctuation, digits, spaces, curly quotes, · ¥ € —) mixed
    /// with some it leaves to the full normaliser (combining marks, NBSP, zero-width space, ①, é, 〪, emoji).
    static let taken = ["甲", "方", "㐀", "a", "B", "7", " ", "  ", "\t", "\n", "，", "。", "、", "〕", "（", "）", "：", "Ａ", "ｚ", "１",
                        "！", "\u{3000}", "“", "”", "‘", "’", "—", "·", "¥", "€", "-", "(", ".", "\u{1}"]
    static let refused = ["e\u{301}", "\u{A0}", "\u{200B}", "①", "é", "\u{302A}", "😀", "\u{FEFF}", "\u{2003}", "\u{AD}"]

    @Test func agreesWithTheFullNormaliser() {
        var rng = SystemRandomNumberGenerator()
        var byBytes = 0
        for round in 0..<4000 {
            let pieces = round % 4 == 0 ? Self.taken + Self.refused : Self.taken
            let text = (0..<Int.random(in: 0...10, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let full = NormalizedText(text, allowingShortcut: false)
            guard let (out, _) = NormalizedText.normalizedBytes(text) else {
                #expect(Self.refused.contains { text.contains($0) } || text.unicodeScalars.contains { $0.value == 0x302A },
                        "refused \(text.debugDescription)")
                continue
            }
            byBytes += 1
            #expect(String(decoding: out, as: UTF8.self) == full.text, "\(text.debugDescription)")
            let fast = NormalizedText(text)
            #expect(fast.text == full.text, "\(text.debugDescription)")
            let n = full.text.utf8.count
            for lo in 0...n { for hi in lo...n {
                #expect(fast.originalRange(of: lo..<hi) == full.originalRange(of: lo..<hi), "\(text.debugDescription) \(lo)..<\(hi)")
            } }
        }
        #expect(byBytes > 2000)
    }

    @Test func takesChineseParagraphsWithFullWidthPunctuation() {
        let text = "第1条 甲方应于收到发票后30日内付款，逾期的，按日万分之五支付违约金。 双方另有约定的除外（见附件１）。"
        #expect(NormalizedText.normalizedBytes(text) != nil)
        #expect(NormalizedText(text).text == NormalizedText(text, allowingShortcut: false).text)
        #expect(NormalizedText(text).text == "第1条甲方应于收到发票后30日内付款,逾期的,按日万分之五支付违约金。双方另有约定的除外(见附件1)。")
    }
}
