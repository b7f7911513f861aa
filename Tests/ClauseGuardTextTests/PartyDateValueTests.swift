import Foundation
import Testing
@testable import ClauseGuardText

@Suite struct PartyValueTests {
    @Test(arguments: [
        ("甲方有权单方解除合同", "甲方", "甲方", PartyRole.client),
        ("乙方应当赔偿", "乙方", "乙方", .provider),
        ("丙方为担保人", "丙方", "丙方", .other),
        ("双方协商一致", "双方", "双方", .both),
        ("任何一方违约", "任何一方", "任何一方", .either),
        ("任一方违约", "任一方", "任何一方", .either),
        ("如一方违约", "一方", "一方", .either),
        ("委托方应支付", "委托方", "委托方", .client),
        ("受托方应保密", "受托方", "受托方", .provider),
        ("服务方保证", "服务方", "服务方", .provider),
        ("服务商可以调整价格", "服务商", "服务商", .provider),
        ("运营方有权", "运营方", "运营方", .provider),
        ("商家应当", "商家", "商家", .client),
        ("Party A may terminate", "Party A", "Party A", .client),
        ("PARTY B shall", "PARTY B", "Party B", .provider),
        ("the Client shall pay", "the Client", "Client", .client),
        ("Customer agrees", "Customer", "Customer", .client),
        ("The Service Provider may", "The Service Provider", "Service Provider", .provider),
        ("the Provider may", "the Provider", "Provider", .provider),
        ("Supplier warrants", "Supplier", "Supplier", .provider),
        ("the vendor may", "the vendor", "Vendor", .provider),
        ("either party may terminate", "either party", "either party", .either),
        ("Either Party may", "Either Party", "either party", .either),
        ("both parties agree", "both parties", "both parties", .both),
        ("each party shall", "each party", "each party", .both),
    ])
    func matchesAndParses(_ sentence: String, _ captured: String, _ label: String, _ role: PartyRole) throws {
        #expect(try PlaceholderHarness.capture(.party, in: sentence) == captured)
        let value = try #require(Placeholders.parse(.party, captured))
        #expect(value == .party(PartyValue(label: label, role: role)))
        #expect(value.field(nil) == .string(label))
        #expect(value.field("label") == .string(label))
        #expect(value.field("role") == .string(role.rawValue))
        #expect(value.field("amount") == nil)
    }

    @Test(arguments: ["统一方案", "一方面", "third-party software", "Partyline", "the provider's", "suppliers"])
    func rejectsOrDoesNotOvermatch(_ sentence: String) throws {
        let captured = try PlaceholderHarness.capture(.party, in: sentence)
        switch sentence {
        case "the provider's": #expect(captured == "the provider")
        default: #expect(captured == nil, "\(sentence)")
        }
    }

    @Test func display() {
        let b = ExtractedValue.party(PartyValue(label: "Party B", role: .provider))
        #expect(b.display(in: .en) == "Party B (provider)")
        #expect(b.display(in: .zh) == "乙方")
        let yi = ExtractedValue.party(PartyValue(label: "乙方", role: .provider))
        #expect(yi.display(in: .zh) == "乙方")
        #expect(yi.display(in: .en) == "Party B (provider)")
    }
}

@Suite struct DateValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let captured: String
        let date: DateValue
        let iso: String
        var testDescription: String { captured }
    }

    static let cases: [Case] = [
        Case(sentence: "本合同自2025年8月20日起生效", captured: "2025年8月20日", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "自 2025 年 8 月 20 日 起", captured: "2025年8月20日", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "签署日期:二〇二五年八月二十日", captured: "二〇二五年八月二十日", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "effective 2025-08-20.", captured: "2025-08-20", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "于2025/8/20前", captured: "2025/8/20", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "于2025.08.20前", captured: "2025.08.20", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "dated August 20, 2025 between", captured: "August 20, 2025", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "on 20 August 2025", captured: "20 August 2025", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "on Aug. 20, 2025", captured: "Aug. 20, 2025", date: DateValue(year: 2025, month: 8, day: 20), iso: "2025-08-20"),
        Case(sentence: "by March 31st", captured: "March 31st", date: DateValue(month: 3, day: 31), iso: "--03-31"),
        Case(sentence: "于8月20日24:00前", captured: "8月20日24:00", date: DateValue(month: 8, day: 20, time: "24:00"), iso: "--08-20"),
        Case(sentence: "于 8 月 20 日 24:00 前", captured: "8月20日24:00", date: DateValue(month: 8, day: 20, time: "24:00"), iso: "--08-20"),
        Case(sentence: "每年12月31日", captured: "12月31日", date: DateValue(month: 12, day: 31), iso: "--12-31"),
        Case(sentence: "于XX月XX日24时前", captured: "XX月XX日24时", date: DateValue(time: "24:00"), iso: ""),
        Case(sentence: "签订日期:____年__月__日", captured: "____年__月__日", date: DateValue(), iso: ""),
        Case(sentence: "2025年__月__日", captured: "2025年__月__日", date: DateValue(year: 2025), iso: "2025"),
        Case(sentence: "2025年8月", captured: "2025年8月", date: DateValue(year: 2025, month: 8), iso: "2025-08"),
    ]

    @Test(arguments: cases)
    func matchesAndParses(_ c: Case) throws {
        #expect(try PlaceholderHarness.capture(.date, in: c.sentence) == c.captured)
        let value = try #require(Placeholders.parse(.date, c.captured))
        #expect(value == .date(c.date))
        #expect(value.field(nil) == .string(c.iso))
        #expect(value.field("year") == c.date.year.map { .number(Double($0)) })
        #expect(value.field("month") == c.date.month.map { .number(Double($0)) })
        #expect(value.field("day") == c.date.day.map { .number(Double($0)) })
    }

    @Test(arguments: ["30天", "第3条", "may 2025 be", "5000元", "1/2", "12345-08-20"])
    func rejects(_ sentence: String) throws {
        #expect(try PlaceholderHarness.capture(.date, in: sentence) == nil, "\(sentence)")
    }

    @Test func invalidPartsDoNotParse() {
        #expect(Placeholders.parse(.date, "2025年13月1日") == nil)
        #expect(Placeholders.parse(.date, "2025-02-40") == nil)
    }

    @Test func display() {
        let d = ExtractedValue.date(DateValue(year: 2025, month: 8, day: 20))
        #expect(d.display(in: .en) == "2025-08-20")
        #expect(d.display(in: .zh) == "2025年8月20日")
        let t = ExtractedValue.date(DateValue(month: 8, day: 20, time: "24:00"))
        #expect(t.display(in: .zh) == "8月20日24:00")
        #expect(t.display(in: .en) == "--08-20 24:00")
    }
}

@Suite struct ExtractedValueTests {
    @Test func fieldNamesCoverDefaults() {
        for kind in PlaceholderKind.allCases {
            let names = ExtractedValue.fieldNames(for: kind)
            #expect(names.first == ExtractedValue.defaultField(for: kind))
        }
        #expect(ExtractedValue.fieldNames(for: .duration).contains("business"))
        #expect(ExtractedValue.fieldNames(for: .money) == ["amount", "currency"])
    }

    @Test func numberField() {
        let v = ExtractedValue.number(42)
        #expect(v.field(nil) == .number(42))
        #expect(v.field("value") == .number(42))
        #expect(v.field("days") == nil)
    }

    @Test func codableRoundTrip() throws {
        let values: [ExtractedValue] = [
            .number(1), .percent(30), .duration(DurationValue(value: 2, unit: .month)),
            .money(MoneyValue(amount: 5000, currency: "CNY")), .party(PartyValue(label: "乙方", role: .provider)),
            .date(DateValue(year: 2025, month: 8, day: 20)),
        ]
        let data = try JSONEncoder().encode(values)
        #expect(try JSONDecoder().decode([ExtractedValue].self, from: data) == values)
    }

    /// Every fragment compiles, contains no capturing group and never matches the empty string.
    @Test(arguments: PlaceholderKind.allCases)
    func fragmentsAreWellFormed(_ kind: PlaceholderKind) throws {
        let fragment = Placeholders.pattern(for: kind)
        let regex = try PCRERegex(fragment)
        #expect(regex.captureCount == 0)
        let anchored = try PCRERegex("^(?:" + fragment + ")$")
        #expect(!anchored.matches(""))
        // Case-sensitive wrapping still accepts English in any case (fragments carry their own (?i:…)).
        _ = try PCRERegex("(?<v>" + fragment + ")", caseInsensitive: false)
    }

    /// Adversarial inputs finish well within the backtracking budget.
    @Test(arguments: PlaceholderKind.allCases)
    func fragmentsDoNotBacktrackCatastrophically(_ kind: PlaceholderKind) throws {
        let regex = try PCRERegex("(?<v>" + Placeholders.pattern(for: kind) + ")")
        let inputs = [
            String(repeating: "一", count: 5000),
            String(repeating: "1,000 ", count: 2000),
            String(repeating: "twenty one ", count: 1000),
            String(repeating: "_", count: 5000) + "年",
            String(repeating: "三十 ", count: 2000),
            String(repeating: "1", count: 5000) + "%",
        ]
        for text in inputs {
            _ = try regex.allMatches(in: text, matchLimit: 1_000_000)
        }
    }
}
