import Testing
import ClauseGuardModel
@testable import ClauseGuardIngest

/// Chinese text files wrapped at a fixed width (copied from PDFs and old web pages) are read a sentence at a time,
/// not a line at a time; headings, list items, form fields and one-paragraph-per-line files stay as they are.
@Suite struct HardWrappedLinesTests {
    private func blocks(_ text: String) throws -> [String] {
        try PlainTextReader().read(bytes: Array(text.utf8), name: "c.txt", format: .txt).blocks.map(\.text)
    }

    @Test func sentencesWrappedAtTheFilesWidthAreOneBlockEach() throws {
        let text = """
            第五条 合同的解除
            乙方如需提前解除本合同的，应当提前三十日以书面形式通知甲方并结清全部
            服务费用；甲方逾期支付服务费超过十五日的，乙方有权解除本合同并要求甲
            方支付违约金。
            第六条 违约责任
            乙方未按约定完成运营目标的，应当按照当月服务费的百分之二十向甲方支付
            违约金。
            """
        #expect(try blocks(text) == [
            "第五条 合同的解除",
            "乙方如需提前解除本合同的，应当提前三十日以书面形式通知甲方并结清全部服务费用；甲方逾期支付服务费超过十五日的，乙方有权解除本合同并要求甲方支付违约金。",
            "第六条 违约责任",
            "乙方未按约定完成运营目标的，应当按照当月服务费的百分之二十向甲方支付违约金。",
        ])
    }

    @Test func partyLinesBeforeTheRecitalAreNoWrap() throws {
        let text = """
            电商代运营服务合同
            甲方（委托方）：杭州某某商贸有限公司
            乙方（服务方）：广州某某网络科技有限公司
            甲方委托乙方运营其天猫店铺，双方订立本合同。
            """
        #expect(try blocks(text).count == 4)
    }

    @Test func aLineEndingWithACommaCarriesOnWhateverItsLength() throws {
        #expect(try blocks("乙方中途解约的，\n已收费用不予退还。\n") == ["乙方中途解约的，已收费用不予退还。"])
    }

    @Test(arguments: ["第九条 乙方解除本合同，应当提前\n三十日以书面形式通知甲方。\n", "本合同有效期自2024年1月1日至\n2024年12月31日止。\n",
                      "逾期付款的，甲方应按\n未付金额的千分之三支付违约金。\n"])
    func aLineEndingOnAWordThatNeedsMoreCarriesOn(text: String) throws {
        #expect(try blocks(text).count == 1)
    }

    @Test func aListItemEndingOnItsConditionStaysItsOwnBlock() throws {
        let text = "（一）乙方患病，医疗期满后不能从事原工作的\n甲方解除合同应提前三十日通知乙方。\n"
        #expect(try blocks(text).count == 2)
    }

    @Test func labelsFieldsTablesAndEnglishStartTheirOwnBlocks() throws {
        let text = """
            甲方在下列情形下可以解除本合同，
            （一）乙方逾期交付成果超过三十日的；
            乙方应当按照甲方的要求按时完成店铺的日常运营维护工作和推广工作，
            地址：杭州市西湖区
            双方确认的服务内容及费用明细如下表所示，
            ┌──┬──┐
            项目 | 金额
            营业执照号码      个人身份证号
            The Provider may terminate this Agreement at any time on thirty days,
            Notice to the Client.
            """
        #expect(try blocks(text).count == 10)
    }

    @Test func oneParagraphPerLineIsNotJoined() throws {
        let text = """
            第一条 服务内容
            乙方为甲方提供抖音小店代运营服务，包括店铺装修、商品上架、直播策划、客服与售后处理等各项工作内容
            第二条 服务期限
            本合同期限为一年，自双方签字盖章之日起生效，期满前三十日双方协商续约事宜。
            """
        #expect(try blocks(text).count == 4)
    }
}
