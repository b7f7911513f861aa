import Testing
@testable import ClauseGuardReport

/// Our own Chinese words (labels, rule messages) are typed with ASCII punctuation; a Chinese report shows them with
/// full-width marks, leaving numbers, ASCII words and 「quotes」 as they are.
@Suite struct ChinesePunctuationTests {
    @Test(arguments: [
        ("风险: 高风险 (分值 204) · 15 高, 33 中, 2 低", "风险：高风险（分值 204）· 15 高，33 中，2 低"),
        ("提取值: 比例 = 0.5%", "提取值：比例 = 0.5%"),
        ("风险说明: 期满时若忘记提出异议,合同会自动延续一个期限,甲方要继续支付服务费;很多商家因此多付了几个月的费用。",
         "风险说明：期满时若忘记提出异议，合同会自动延续一个期限，甲方要继续支付服务费；很多商家因此多付了几个月的费用。"),
        ("建议: 要求按未履行的服务期比例退还已付服务费(扣除已发生的合理成本)。", "建议：要求按未履行的服务期比例退还已付服务费（扣除已发生的合理成本）。"),
        ("已付费用不予退还(甲方(委托方))", "已付费用不予退还（甲方（委托方））"),
        ("违约金为费用的30%,最低5,000元", "违约金为费用的30%，最低5,000元"),
        ("真的吗?好!", "真的吗？好！"),
    ])
    func convertsASCIIMarksBesideChinese(_ pair: (String, String)) {
        #expect(ChinesePunctuation.fullWidth(pair.0) == pair.1)
    }

    @Test(arguments: [
        "5,000", "0.5%", "10:30", "Risk: HIGH (score 48) · 4 high, 3 medium", "see (auto_renewal.silent-renewal)",
        "https://example.com/a,b", "最低额 = 5,000元",
        "✗ 缺少保护条款 · 未发现 ? 无法读取",
    ])
    func leavesNumbersAndASCIIAlone(_ text: String) {
        #expect(ChinesePunctuation.fullWidth(text) == text)
    }

    @Test func keepsQuotedContractWordsAsWritten() {
        #expect(ChinesePunctuation.fullWidth("守约方可在「一方严重违约,经对方书面催告后五日内仍未纠正的」时解除合同(第九条)")
                == "守约方可在「一方严重违约,经对方书面催告后五日内仍未纠正的」时解除合同（第九条）")
    }

    @Test func keepsIndentationAndColourCodes() {
        #expect(ChinesePunctuation.fullWidth("     条款: 第三条") == "     条款：第三条")
        let coloured = "  风险: \u{1B}[31m高风险\u{1B}[0m (分值 204)"
        #expect(ChinesePunctuation.fullWidth(coloured) == "  风险：\u{1B}[31m高风险\u{1B}[0m（分值 204）")
    }
}
