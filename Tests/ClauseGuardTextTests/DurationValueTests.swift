import Testing
@testable import ClauseGuardText

@Suite struct DurationValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let captured: String
        let value: Double
        let unit: DurationUnit
        let days: Double
        var testDescription: String { captured }
    }

    static let cases: [Case] = [
        Case(sentence: "甲方应提前 30 天书面通知乙方", captured: "30天", value: 30, unit: .day, days: 30),
        Case(sentence: "应于三十日内支付", captured: "三十日", value: 30, unit: .day, days: 30),
        Case(sentence: "合同到期前两个月通知", captured: "两个月", value: 2, unit: .month, days: 60),
        Case(sentence: "乙方应在半个月内整改", captured: "半个月", value: 0.5, unit: .month, days: 15),
        Case(sentence: "辞职须提前半个月提出", captured: "半个月", value: 0.5, unit: .month, days: 15),
        Case(sentence: "试用期为半年。", captured: "半年", value: 0.5, unit: .year, days: 180),
        Case(sentence: "收到发票后15个工作日内付款", captured: "15个工作日", value: 15, unit: .businessDay, days: 15),
        Case(sentence: "十五个工作日内", captured: "十五个工作日", value: 15, unit: .businessDay, days: 15),
        Case(sentence: "服务期限为一年半,自签署之日起", captured: "一年半", value: 1.5, unit: .year, days: 545),
        Case(sentence: "一个半月内完成", captured: "一个半月", value: 1.5, unit: .month, days: 45),
        Case(sentence: "每两周汇报一次", captured: "两周", value: 2, unit: .week, days: 14),
        Case(sentence: "3个星期", captured: "3个星期", value: 3, unit: .week, days: 21),
        Case(sentence: "每个季度结算,结算周期为1个季度", captured: "1个季度", value: 1, unit: .quarter, days: 90),
        Case(sentence: "保修期为三年", captured: "三年", value: 3, unit: .year, days: 1095),
        Case(sentence: "在24小时内响应", captured: "24小时", value: 24, unit: .hour, days: 1),
        Case(sentence: "提前 ３０ 个自然日", captured: "30个自然日", value: 30, unit: .day, days: 30),
        Case(sentence: "Party A shall give thirty (30) days' notice", captured: "thirty (30) days", value: 30, unit: .day, days: 30),
        Case(sentence: "upon sixty days written notice", captured: "sixty days", value: 60, unit: .day, days: 60),
        Case(sentence: "within 90 calendar days of receipt", captured: "90 calendar days", value: 90, unit: .day, days: 90),
        Case(sentence: "no less than two months before", captured: "two months", value: 2, unit: .month, days: 60),
        Case(sentence: "within 10 Business Days", captured: "10 Business Days", value: 10, unit: .businessDay, days: 10),
        Case(sentence: "a 12-month term", captured: "12-month", value: 12, unit: .month, days: 360),
        Case(sentence: "for twenty-five working days", captured: "twenty-five working days", value: 25, unit: .businessDay, days: 25),
        Case(sentence: "for one (1) year", captured: "one (1) year", value: 1, unit: .year, days: 365),
        Case(sentence: "THIRTY DAYS", captured: "THIRTY DAYS", value: 30, unit: .day, days: 30),
        Case(sentence: "half a month", captured: "half a month", value: 0.5, unit: .month, days: 15),
        Case(sentence: "应提前三十（30）日通知", captured: "三十(30)日", value: 30, unit: .day, days: 30),
        Case(sentence: "4 weeks and 2 quarters", captured: "4 weeks", value: 4, unit: .week, days: 28),
        Case(sentence: "A: Five full calendar months.", captured: "Five full calendar months", value: 5, unit: .month, days: 150),
        Case(sentence: "Not less than seven (7) clear Business Days' notice of every meeting.", captured: "seven (7) clear Business Days", value: 7, unit: .businessDay, days: 7),
        Case(sentence: "give us a full 120 days' notice", captured: "120 days", value: 120, unit: .day, days: 120),
    ]

    @Test(arguments: cases)
    func matchesAndParses(_ c: Case) throws {
        #expect(try PlaceholderHarness.capture(.duration, in: c.sentence) == c.captured)
        let value = try #require(Placeholders.parse(.duration, c.captured))
        guard let d = value.as(DurationValue.self) else { Issue.record("not a duration"); return }
        #expect(d.value == c.value)
        #expect(d.unit == c.unit)
        #expect(abs(d.days - c.days) < 1e-9)
        #expect(d.businessDays == (c.unit == .businessDay))
        #expect(value.field(nil) == .number(c.days))
        #expect(value.field("days") == .number(c.days))
        #expect(value.field("value") == .number(c.value))
        #expect(value.field("unit") == .string(c.unit.rawValue))
        #expect(value.field("business") == .number(c.unit == .businessDay ? 1 : 0))
        #expect(value.field("nonsense") == nil)
    }

    @Test(arguments: [
        "第三条 违约责任", "第3日", "第十五日", "2025年8月20日", "8月20日", "每月5日前", "2025年度报告",
        "本月", "每年", "上半年", "每月前半个月", "3月份", "完成", "三周年", "日期", "2025年", "days", "several days",
        // A clause number before 月度 (monthly) is no period of 5.2 months.
        "5.2 月度可用率低于99.5%的",
    ])
    func rejects(_ sentence: String) throws {
        #expect(try PlaceholderHarness.capture(.duration, in: sentence) == nil, "\(sentence)")
    }

    @Test func parseRejectsNonDurations() {
        #expect(Placeholders.parse(.duration, "第三条") == nil)
        #expect(Placeholders.parse(.duration, "30") == nil)
        #expect(Placeholders.parse(.duration, "days") == nil)
        #expect(Placeholders.parse(.duration, "") == nil)
    }

    @Test func display() {
        let sixty = ExtractedValue.duration(DurationValue(value: 60, unit: .day))
        #expect(sixty.display(in: .en) == "60 days")
        #expect(sixty.display(in: .zh) == "60天")
        let half = ExtractedValue.duration(DurationValue(value: 0.5, unit: .month))
        #expect(half.display(in: .zh) == "半个月")
        #expect(half.display(in: .en) == "0.5 months")
        let business = ExtractedValue.duration(DurationValue(value: 15, unit: .businessDay))
        #expect(business.display(in: .en) == "15 business days")
        #expect(business.display(in: .zh) == "15个工作日")
    }

    @Test func allDurationsInAParagraph() throws {
        let found = try PlaceholderHarness.captures(.duration, in: "甲方应于 30 日内付款,逾期超过两个月的,乙方可提前 15 个工作日通知解除。")
        #expect(found == ["30日", "两个月", "15个工作日"])
    }
}
