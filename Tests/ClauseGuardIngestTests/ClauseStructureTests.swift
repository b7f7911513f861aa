import Testing
import ClauseGuardModel
@testable import ClauseGuardIngest

@Suite struct ClauseStructureTests {
    private func paths(_ lines: [String]) -> [String] {
        var blocks = lines.enumerated().map { Block(index: $0.offset, text: $0.element) }
        ClauseStructure.assignPaths(&blocks)
        return blocks.map(\.clauseDisplay)
    }

    @Test func chineseArticlesWithTitlesAndSubItems() {
        let result = paths([
            "网店代运营服务合同",
            "第八条 违约责任",
            "1. 甲方逾期付款的，应支付违约金。",
            "2. 乙方中途解约的，应退还剩余费用。",
            "（一）甲方有权解除合同。",
            "第九条 甲方应提前30天书面通知乙方。",
            "本条自签订之日起生效。",
        ])
        #expect(result == ["", "第八条 违约责任", "第八条 违约责任 › 1", "第八条 违约责任 › 2",
                           "第八条 违约责任 › 2 › （一）", "第九条", "第九条"])
    }

    /// The unnumbered paragraph after a Chinese list is the article's again, not the last item's; an English item's
    /// continuation paragraph stays the item's.
    @Test func paragraphAfterAChineseListIsTheArticles() {
        let result = paths([
            "七、违约责任与解除",
            "乙方有下列情形之一的，甲方有权解除本协议：",
            "（1）擅自更改子账号密码的；",
            "（2）对甲方工作人员进行辱骂的。",
            "乙方要求提前解约的，应提前30日书面通知甲方。",
        ])
        #expect(result == ["七 违约责任与解除", "七 违约责任与解除", "七 违约责任与解除 › （1）", "七 违约责任与解除 › （2）",
                           "七 违约责任与解除"])
        let english = paths(["8.2 The Customer may terminate if:", "(a) the Provider fails to perform;", "and such failure continues for 30 days."])
        #expect(english == ["8.2", "8.2(a)", "8.2(a)"])
    }

    @Test func decimalNumberingCitesLikeALawyer() {
        let result = paths(["8. Term and Termination", "8.1 Either party may terminate.", "8.2 The Customer may:",
                            "(a) terminate for cause;", "9. Fees", "9.1 Fees are due monthly."])
        #expect(result == ["8 Term and Termination", "8.1", "8.2", "8.2(a)", "9 Fees", "9.1"])
    }

    @Test func yearsAndAmountsAreNotLabels() {
        let result = paths(["第一条 期限", "2025年8月20日起生效。", "30天内付款。"])
        #expect(result == ["第一条 期限", "第一条 期限", "第一条 期限"])
    }

    @Test func articleGroupsSubParagraphs() {
        var blocks = ["第一章 总则", "第一条 定义", "1. 服务", "第二条 费用", "第二章 附则", "第三条 其他"]
            .enumerated().map { Block(index: $0.offset, text: $0.element) }
        ClauseStructure.assignPaths(&blocks)
        #expect(blocks[2].articlePath == ["第一章 总则", "第一条 定义"])
        #expect(blocks[3].articlePath == ["第一章 总则", "第二条 费用"])
        #expect(blocks[5].clausePath == ["第二章 附则", "第三条 其他"])
    }

    @Test func wordNumberingLabelsDriveThePath() {
        var blocks = [
            Block(index: 0, text: "违约责任", numberingLabel: "第八条", numberingLevel: 0),
            Block(index: 1, text: "乙方逾期的，按日支付违约金。", numberingLabel: "2.", numberingLevel: 1),
        ]
        ClauseStructure.assignPaths(&blocks)
        #expect(blocks[1].clauseDisplay == "第八条 违约责任 › 2")
    }
}
