import Testing
import ClauseGuardModel
import ClauseGuardUnderstanding

/// A penalty set out in a table under its lead-in (按下表向甲方支付违约金：): each row with a rate or a sum is a penalty
/// of the lead-in's party, whether the rows are Word table cells or text lines written with "|".
@Suite struct PenaltyTableTests {
    private let lead = ["甲方(服务方)：某公司", "乙方(委托方)：某店", "乙方要求提前解约的，应按下表向甲方支付违约金："]

    @Test func textRows() {
        let u = PackageLexicons.understand(lead + ["解约时间 | 违约金标准", "开始后3个月内 | 年度托管费的50%，最低5,000元",
                                                   "开始6个月后 | 年度托管费的20%，最低3,000元", "第九条 其他"])
        let rows = u.keyTerms.filter { $0.family == .penalty && $0.location.blockIndex >= 4 }
        #expect(rows.map(\.values.percent) == [50, 20])
        #expect(rows.allSatisfy { $0.party?.role == .client && $0.values.floor != nil })
        // The header names penalties without imposing one.
        #expect(!u.keyTerms.contains { $0.location.blockIndex == 3 })
    }

    /// A lead-in whose list sets the sums (应按下列标准向乙方支付取消费：): each item with a rate or a sum is a penalty of
    /// the lead-in's party; a list after a lead-in that sets none is not.
    @Test func listItemsUnderAScheduleLeadIn() {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司",
                                            "甲方可以在直播开始前取消任一场次，但应按下列标准向乙方支付取消费：",
                                            "（1）开播前七日以上取消的，支付该场坑位费的20%；", "（2）开播前三日内取消的，支付该场坑位费的60%。",
                                            "第九条 其他"])
        let items = u.keyTerms.filter { $0.family == .penalty && $0.location.blockIndex >= 3 }
        #expect(items.map(\.values.percent) == [20, 60])
        #expect(items.allSatisfy { $0.party?.role == .client })
        let plain = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方应按下列标准提供服务：",
                                                "（1）每周发布笔记不少于5篇；", "（2）达人费用不超过预算的20%。"])
        #expect(!plain.keyTerms.contains { $0.family == .penalty })
    }

    @Test func wordTableCells() {
        let cells = ["解约时间", "违约金标准", "开始后3个月内", "年度托管费的50%，最低5,000元"]
        var blocks = lead.enumerated().map { Block(index: $0.offset, text: $0.element) }
        blocks += cells.enumerated().map { Block(index: lead.count + $0.offset, text: $0.element, part: .tableCell) }
        let document = ContractDocument(source: "test.docx", format: .docx, blocks: blocks)
        let u = PackageLexicons.understander.understand(document, client: nil)
        #expect(u.keyTerms.contains { $0.family == .penalty && $0.location.blockIndex == 6 && $0.values.percent == 50 })
    }

    /// An annex table no sentence introduces, headed by the penalty it sets (序号 | 违约情形 | 违约金标准 | 上限): its rows
    /// with a rate or a sum are penalties; the header names them without imposing one.
    @Test func aTableHeadedByItsPenalty() {
        let u = PackageLexicons.understand(["甲方(服务方)：某公司", "乙方(委托方)：某店", "附表二：违约金标准", "序号 | 违约情形 | 违约金标准 | 上限",
                                            "1 | 乙方逾期支付服务费 | 每日按逾期金额的0.04% | 逾期金额的15%",
                                            "2 | 甲方未经确认擅自投放 | 擅自投放金额的25% | 无", "附表三：交接清单"])
        let rows = u.keyTerms.filter { $0.family == .penalty }
        #expect(rows.map(\.location.blockIndex) == [4, 5])
        #expect(rows.last?.values.percent == 25)
    }

    /// "… may terminate … by paying the early termination fee set forth in the table below:": the rows price the fee.
    @Test func rowsUnderALeadInWhoseFeeHasNoFrame() {
        let u = PackageLexicons.understand(["This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\").",
                                            "Client may terminate this Agreement for convenience at any time after the first anniversary by paying the early termination fee set forth in the table below:",
                                            "Effective Date of Termination | Early Termination Fee",
                                            "After the 1st and on or before the 2nd anniversary | $240,000", "After the 2nd anniversary | $95,000"])
        let rows = u.keyTerms.filter { $0.family == .penalty && $0.location.blockIndex >= 2 }
        #expect(rows.map(\.values.amount?.amount) == [240_000, 95_000])
    }

    @Test func rowsEndWithTheTable() {
        let u = PackageLexicons.understand(lead + ["开始后3个月内 | 年度托管费的50%", "乙方应于每月5日前支付服务费3,000元。"])
        #expect(!u.keyTerms.contains { $0.family == .penalty && $0.location.blockIndex == 4 })
    }

    /// A fee "calculated as follows:" set out in a table: each row with a rate is the lead-in party's penalty.
    @Test func aTableAfterCalculatedAsFollows() {
        let u = PackageLexicons.understand(["This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\").",
                                            "If the Client cancels any Campaign after the booking of Talent, the Client shall pay the Agency a kill fee calculated as follows:",
                                            "Timing of cancellation | Kill fee (percentage of the Talent Fees)",
                                            "More than twenty-one (21) days before the publication date | 25%",
                                            "Seven (7) days or less before the publication date | 100%"])
        let rows = u.keyTerms.filter { $0.family == .penalty && $0.location.blockIndex >= 3 }
        #expect(rows.map(\.values.percent) == [25, 100])
        #expect(rows.allSatisfy { $0.party?.role == .client })
    }

    /// A fee "shown below" in a table without a header: each row with a rate is a penalty.
    @Test func aTableShownBelow() {
        let u = PackageLexicons.understand(["This Agreement is made between Acme Retail Inc. (\"Client\") and Northwind Digital LLC (\"Agency\").",
                                            "If the Client ends this Agreement early, the Client shall pay the Agency an early termination fee equal to the percentage of the remaining fees shown below:",
                                            "Months 1 to 6 | 60%",
                                            "Months 7 to 12 | 35%"])
        #expect(u.keyTerms.filter { $0.family == .penalty && $0.location.blockIndex >= 2 }.map(\.values.percent) == [60, 35])
    }
}
