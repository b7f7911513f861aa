import Testing
@testable import ClauseGuardText

@Suite struct MoneyValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let captured: String
        let amount: Double
        let currency: String
        var testDescription: String { captured }
    }

    static let cases: [Case] = [
        Case(sentence: "违约金为5000元。", captured: "5000元", amount: 5000, currency: "CNY"),
        Case(sentence: "违约金为 5,000 元", captured: "5,000元", amount: 5000, currency: "CNY"),
        Case(sentence: "押金人民币伍仟元整,于签约时支付", captured: "人民币伍仟元整", amount: 5000, currency: "CNY"),
        Case(sentence: "合同总价壹万伍仟元整。", captured: "壹万伍仟元整", amount: 15000, currency: "CNY"),
        Case(sentence: "最低消费人民币 5000 元", captured: "人民币5000元", amount: 5000, currency: "CNY"),
        Case(sentence: "a minimum fee of RMB 5,000 per month", captured: "RMB 5,000", amount: 5000, currency: "CNY"),
        Case(sentence: "押金¥5,000,", captured: "¥5,000", amount: 5000, currency: "CNY"),
        Case(sentence: "押金 ￥5,000", captured: "¥5,000", amount: 5000, currency: "CNY"),
        Case(sentence: "a fee of $5,000.00 payable", captured: "$5,000.00", amount: 5000, currency: "USD"),
        Case(sentence: "up to USD 10,000 in total", captured: "USD 10,000", amount: 10000, currency: "USD"),
        Case(sentence: "预付款为1.5万元", captured: "1.5万元", amount: 15000, currency: "CNY"),
        // Chat shorthand: w for 万, k for 千; a currency sign before it keeps its currency.
        Case(sentence: "要赔违约金2w，另外", captured: "2w", amount: 20000, currency: "CNY"),
        Case(sentence: "一整年的服务费4.8w打过来", captured: "4.8w", amount: 48000, currency: "CNY"),
        Case(sentence: "paid upfront each quarter ($4.2k).", captured: "$4.2k", amount: 4200, currency: "USD"),
        Case(sentence: "手续费贰佰元整", captured: "贰佰元整", amount: 200, currency: "CNY"),
        // 參 in a Traditional contract becomes 参 (not 叁) in Simplified characters.
        Case(sentence: "另给付违约金新台币参万元", captured: "参万元", amount: 30000, currency: "CNY"),
        Case(sentence: "赔偿叁万元", captured: "叁万元", amount: 30000, currency: "CNY"),
        Case(sentence: "a deposit of EUR 2,500.", captured: "EUR 2,500", amount: 2500, currency: "EUR"),
        Case(sentence: "€2,500", captured: "€2,500", amount: 2500, currency: "EUR"),
        Case(sentence: "HKD 8,000", captured: "HKD 8,000", amount: 8000, currency: "HKD"),
        Case(sentence: "5,000 US dollars", captured: "5,000 US dollars", amount: 5000, currency: "USD"),
        Case(sentence: "支付5000美元", captured: "5000美元", amount: 5000, currency: "USD"),
        Case(sentence: "金额为人民币伍仟元整(¥5,000.00)。", captured: "人民币伍仟元整(¥5,000.00)", amount: 5000, currency: "CNY"),
        Case(sentence: "租金为伍仟(5,000)元/月", captured: "伍仟(5,000)元", amount: 5000, currency: "CNY"),
        Case(sentence: "US$1,200", captured: "US$1,200", amount: 1200, currency: "USD"),
        Case(sentence: "罚款200块", captured: "200块", amount: 200, currency: "CNY"),
        Case(sentence: "壹佰元伍角", captured: "壹佰元伍角", amount: 100.5, currency: "CNY"),
        Case(sentence: "人民币10万", captured: "人民币10万", amount: 100_000, currency: "CNY"),
        Case(sentence: "five thousand dollars ($5,000)", captured: "five thousand dollars ($5,000)", amount: 5000, currency: "USD"),
        // English contracts outside the US: pounds, Australian, Singapore, Canadian and New Zealand dollars, rupees in
        // Indian grouping (two lakh fifty thousand).
        Case(sentence: "delay payments of £850 for each day", captured: "£850", amount: 850, currency: "GBP"),
        Case(sentence: "a fee of GBP 2,000 per month", captured: "GBP 2,000", amount: 2000, currency: "GBP"),
        Case(sentence: "a break fee of A$1,200.", captured: "A$1,200", amount: 1200, currency: "AUD"),
        Case(sentence: "a late reporting fee of AUD 75 for each day", captured: "AUD 75", amount: 75, currency: "AUD"),
        Case(sentence: "the sum of S$20,000 as agreed damages", captured: "S$20,000", amount: 20000, currency: "SGD"),
        Case(sentence: "CAD 4,500 per quarter", captured: "CAD 4,500", amount: 4500, currency: "CAD"),
        Case(sentence: "NZ$900 a month", captured: "NZ$900", amount: 900, currency: "NZD"),
        Case(sentence: "a sum of ₹2,50,000 as liquidated damages", captured: "₹2,50,000", amount: 250_000, currency: "INR"),
        Case(sentence: "a floor of Rs. 1,60,000 only", captured: "Rs. 1,60,000", amount: 160_000, currency: "INR"),
        Case(sentence: "1,500 pounds sterling", captured: "1,500 pounds sterling", amount: 1500, currency: "GBP"),
    ]

    @Test(arguments: cases)
    func matchesAndParses(_ c: Case) throws {
        #expect(try PlaceholderHarness.capture(.money, in: c.sentence) == c.captured)
        let value = try #require(Placeholders.parse(.money, c.captured))
        #expect(value == .money(MoneyValue(amount: c.amount, currency: c.currency)))
        #expect(value.field(nil) == .number(c.amount))
        #expect(value.field("amount") == .number(c.amount))
        #expect(value.field("currency") == .string(c.currency))
        #expect(value.field("percent") == nil)
    }

    @Test(arguments: ["甲方", "甲方应付款", "5000", "第5000条", "5000 units", "单元", "一元化", "30天", "Form 10-K", "a 4Kb file", "3kg",
                      "Grades 5 and 6"])
    func rejects(_ sentence: String) throws {
        #expect(try PlaceholderHarness.capture(.money, in: sentence) == nil, "\(sentence)")
    }

    @Test func display() {
        let v = ExtractedValue.money(MoneyValue(amount: 5000, currency: "CNY"))
        #expect(v.display(in: .en) == "RMB 5,000")
        #expect(v.display(in: .zh) == "5,000元")
        let usd = ExtractedValue.money(MoneyValue(amount: 1_234_567.5, currency: "USD"))
        #expect(usd.display(in: .en) == "USD 1,234,567.50")
    }
}

@Suite struct PercentValueTests {
    @Test(arguments: [
        ("违约金为合同总额的30%。", "30%", 30.0),
        ("不超过 30 % 的部分", "30 %", 30),
        ("按 ３０％ 计算", "30%", 30),
        ("违约金为百分之三十", "百分之三十", 30),
        ("利率为百分之十五点五", "百分之十五点五", 15.5),
        ("百分之5", "百分之5", 5),
        ("扣除三成", "三成", 30),
        ("按日千分之五计算", "千分之五", 0.5),
        ("每日万分之五", "万分之五", 0.05),
        ("a penalty of thirty percent (30%) of the fee", "thirty percent (30%)", 30),
        ("30 per cent of the price", "30 per cent", 30),
        ("30 percent", "30 percent", 30),
        ("twenty-five (25) percent", "twenty-five (25) percent", 25),
        ("thirty (30%) percent", "thirty (30%) percent", 30),
        ("0.5%", "0.5%", 0.5),
        ("5‰", "5‰", 0.5),
        // Fractions, as US contracts write rates: 1-1/2% was read as 2%.
        ("interest at 1-1/2% per month", "1-1/2%", 1.5),
        ("a late charge of 1 1/2 % per month", "1 1/2 %", 1.5),
        ("1/2% per day", "1/2%", 0.5),
    ])
    func matchesAndParses(_ sentence: String, _ captured: String, _ percent: Double) throws {
        #expect(try PlaceholderHarness.capture(.percent, in: sentence) == captured)
        let value = try #require(Placeholders.parse(.percent, captured))
        #expect(value == .percent(percent))
        #expect(value.field(nil) == .number(percent))
        #expect(value.field("percent") == .number(percent))
        #expect(value.field("value") == .number(percent))
        #expect(value.display(in: .en) == ValueFormatting.plain(percent) + "%")
    }

    @Test(arguments: ["完成交付", "一成不变", "30天", "百分", "30 per", "percentage"])
    func rejects(_ sentence: String) throws {
        #expect(try PlaceholderHarness.capture(.percent, in: sentence) == nil, "\(sentence)")
    }

    /// `Int64(x)` traps from 2^63 (`0x1p63`) up and on infinities and NaN; display must not convert blindly.
    @Test(arguments: [1e21, -1e21, 1e15, 0x1p63, 1.2345678901234567e19, .infinity, -.infinity, .nan])
    func hugeAndNonFiniteNumbersDisplayWithoutTrapping(_ x: Double) {
        #expect(!ValueFormatting.plain(x).isEmpty)
        #expect(!ExtractedValue.money(MoneyValue(amount: x, currency: "CNY")).display(in: .zh).isEmpty)
        #expect(!ExtractedValue.percent(x).display(in: .en).isEmpty)
        #expect(!ExtractedValue.duration(DurationValue(value: x, unit: .day)).display(in: .en).isEmpty)
    }
}
