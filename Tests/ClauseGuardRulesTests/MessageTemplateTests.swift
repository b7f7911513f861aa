import Testing
import ClauseGuardText
@testable import ClauseGuardRules

@Suite struct MessageTemplateTests {
    private let values: [String: ExtractedValue] = [
        "notice": Placeholders.parse(.duration, "30天")!,
        "rate": Placeholders.parse(.percent, "30%")!,
    ]

    @Test func fillsReferencesAndFields() {
        let zh = MessageTemplate.render("需提前{notice}通知（{notice.days}天）", values: values, language: .zh)
        #expect(zh.contains("30") && !zh.contains("{") && zh.hasSuffix("（30天）"))
        #expect(MessageTemplate.render("{notice.days} days, {notice.days} again", values: values, language: .en) == "30 days, 30 again")
    }

    @Test func keepsWhatItCannotFill() {
        #expect(MessageTemplate.render("{missing} and {notice.nofield} stay", values: values, language: .en) == "{missing} and {notice.nofield} stay")
        #expect(MessageTemplate.render("a {b c} d {", values: values, language: .en) == "a {b c} d {")
        #expect(MessageTemplate.render("x {a {notice.days}} y", values: values, language: .en) == "x {a 30} y")
        #expect(MessageTemplate.render("no values {notice}", values: [:], language: .en) == "no values {notice}")
    }

    /// References cut oddly at a dot are read as before (`split` drops the empty side) and never crash.
    @Test func dotsAtTheEdges() {
        #expect(MessageTemplate.render("{.notice} {notice.} {.}", values: values, language: .en) == "30 days 30 days {.}")
        #expect(MessageTemplate.render("{rate.value}", values: values, language: .en) == "30")
    }
}
