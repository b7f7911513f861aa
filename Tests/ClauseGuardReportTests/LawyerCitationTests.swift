import Testing
import ClauseGuardText
@testable import ClauseGuardReport

/// The clause paths the sample contracts and the zh-real corpus produce, cited the way a lawyer writes them.
@Suite struct LawyerCitationTests {
    @Test(arguments: [
        (["第三条 服务期限", "3.2"], "第三条（服务期限）第3.2款"),
        (["第十一条 合同的解除与终止", "11.1", "（1）"], "第十一条（合同的解除与终止）第11.1款第（1）项"),
        (["第九条 合同的解除", "（2）"], "第九条（合同的解除）第（2）项"),
        (["第七条 保证金", "2", "（1）"], "第七条（保证金）第2款第（1）项"),
        (["第七条 协议终止", "(一)", "1"], "第七条（协议终止）第（一）项第1目"),
        (["第九条 合同解除"], "第九条（合同解除）"),
        (["第五条"], "第五条"),
        // A chapter or recital numbered 二、 is cited as it is written.
        (["二 合作期限", "3"], "二、3"),
        (["二 合作期限", "2.2"], "二、2.2"),
        (["二 合作期限"], "二、合作期限"),
        (["(三) 免责"], "（三）免责"),
        // The document's title (a heading without a number) is not part of the citation.
        (["代运营服务合同", "第三条 服务期限", "3.2"], "第三条（服务期限）第3.2款"),
        (["代运营服务合同"], "代运营服务合同"),
        // A chapter gives way to the article, which is numbered through the contract.
        (["第二章 服务", "第五条 推广费用", "5.3"], "第五条（推广费用）第5.3款"),
        (["一 总则", "第三条 服务期限", "3.2"], "第三条（服务期限）第3.2款"),
        // A recital numbered `4.` before chapter 一、 is not part of chapter 二's citation (zh-real, taowenge).
        (["4", "二 合作期限", "2.2"], "二、2.2"),
        (["四 解除终止", "1"], "四、1"),
        // A contract numbered without 第…条, in a Chinese report.
        (["7 Termination", "7.2", "(a)"], "第7.2条第（a）项"),
        (["1", "(9)"], "第1条第（9）项"),
        (["header"], "页眉"),
    ])
    func chinese(_ pair: ([String], String)) {
        #expect(LawyerCitation.cite(pair.0, language: .zh) == pair.1)
    }

    @Test(arguments: [
        (["7 Termination", "7.2", "(a)"], "Section 7.2(a)"),
        (["3 Term and Renewal", "3.2"], "Section 3.2"),
        (["8 Termination"], "Section 8 (Termination)"),
        (["Master Services Agreement", "11 Notices", "11.1"], "Section 11.1"),
        (["第三条 服务期限", "3.2"], "第三条 服务期限 › 3.2"),
        (["header"], "header"),
    ])
    func english(_ pair: ([String], String)) {
        #expect(LawyerCitation.cite(pair.0, language: .en) == pair.1)
    }
}
