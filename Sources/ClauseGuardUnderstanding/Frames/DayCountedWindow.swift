import ClauseGuardText

/// A notice window counted in days back from the end: 须于期限届满前第一百二十（120）日起至第九十（90）日止之期间内通知,
/// 合同到期前第一百天之前书面跟我们说, "only between day 110 and day 95 before expiry". The day is an ordinal, so the
/// duration pattern leaves it alone; the notice period is the window's last day, the nearer one to the end (90, 100,
/// 95): later than that the notice is void. A month counted back the same way ("during the fourth month before
/// expiry", 到期前第四个月内) ends three months before the end.
struct DayCountedWindow: Sendable {
    private let chinese: PCRERegex?
    private let english: PCRERegex?
    private let chineseMonth: PCRERegex?
    private let englishMonth: PCRERegex?
    private static let ordinals = ["second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                                   "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12]

    init() {
        let number = "([0-9０-９零一二两三四五六七八九十百]{1,6})(?:\\s*[（(]\\s*[0-9]{1,4}\\s*[)）])?"
        chinese = try? PCRERegex("前第\(number)(?:日|天)(?:起)?(?:(?:至|到)第\(number)(?:日|天)|之前|以前)")
        let day = "day\\s+([0-9]{1,3}|[a-z]+(?:[\\s-][a-z]+){0,3}?)"
        chineseMonth = try? PCRERegex("前第([二两三四五六七八九十]{1,2}|[0-9]{1,2})个月(?:内|之内|期间)")
        englishMonth = try? PCRERegex("\\b(?:during|in|within)\\s+the\\s+([a-z]+|[0-9]{1,2}(?:st|nd|rd|th))\\s+(?:calendar\\s+)?month\\s+(?:before|prior\\s+to|preceding)\\b",
                                      caseInsensitive: true)
        english = try? PCRERegex("\\b(?:between|from)\\s+(?:the\\s+)?\(day)\\s+(?:and|to|until|through)\\s+(?:the\\s+)?\(day)\\s+(?:before|prior\\s+to|preceding)\\b",
                                 caseInsensitive: true)
    }

    /// The window's last day as a period of days, or nil when the text holds no such window.
    func notice(in text: String, chinese isChinese: Bool, _ parsed: ParsedValues) -> DurationValue? {
        days(in: text, chinese: isChinese, parsed) ?? monthNotice(in: text, chinese: isChinese, parsed)
    }

    /// The n-th month before the end closes n − 1 months before it (the first month before the end is no notice).
    private func monthNotice(in text: String, chinese isChinese: Bool, _ parsed: ParsedValues) -> DurationValue? {
        guard let regex = isChinese ? chineseMonth : englishMonth, text.has(isChinese ? "前第" : "month"),
              let match = (try? regex.firstMatch(in: text)) ?? nil, let group = match.groups[1] else { return nil }
        let written = text.utf8Slice(group).lowercased()
        let digits = written.filter(\.isNumber)
        let n = Self.ordinals[written] ?? Int(digits) ?? parsed.value(.duration, written + "个月")?.as(DurationValue.self).map { Int($0.value) }
        guard let n, n >= 2 else { return nil }
        return DurationValue(value: Double(n - 1), unit: .month)
    }

    private func days(in text: String, chinese isChinese: Bool, _ parsed: ParsedValues) -> DurationValue? {
        guard let regex = isChinese ? chinese : english, text.has(isChinese ? "前第" : "day"),
              let match = (try? regex.firstMatch(in: text)) ?? nil else { return nil }
        let days = match.groups.dropFirst().compactMap { $0 }.compactMap { group -> Double? in
            let number = text.utf8Slice(group)
            let written = isChinese ? number + "日" : number + " days"
            return parsed.value(.duration, written)?.as(DurationValue.self)?.days
        }
        guard let last = days.min(), last > 0 else { return nil }
        return DurationValue(value: last, unit: .day)
    }
}
