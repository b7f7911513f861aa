/// Durations: 30天, 三十日, 两个月, 半个月, 一年半, 15个工作日, thirty (30) days, 90 calendar days, 10 business days.
public enum DurationParser {
    typealias F = PatternFragments

    /// Chinese units. 月 alone is not "8月20日"/"3月份" (dates) nor 月度 (monthly: "5.2 月度可用率" is a clause number
    /// before a word); 年 alone is not "2025年8月"/"年度".
    /// 历月 / 日历月: a calendar month (Hong Kong drafting); 自然月 likewise.
    static let chineseUnit = "(?:个?工作日|个?营业日|个?银行工作日|个?自然日|个?日历日|个?自然月|个?小时|个?钟头|个?星期|个?礼拜|个?季度|个?日?历月|个月"
        + "|天|日(?!期)|周(?![年岁末边])|月(?![0-9０-９一二三四五六七八九十]{1,3}[日号])(?!份|底|初|中|度)"
        + "|年(?![0-9０-９一二三四五六七八九十]{1,3}月)(?![度级底初中]))"

    static let chinese = "(?:(?<![第年月])(?![12][0-9]{3}年)(?:\(F.arabicMixed)|\(F.chinese))"
        + "(?:个半(?:月|小时|钟头)|\(chineseUnit)(?:半(?![年月天日个小]))?)"
        // 前半个月 is the first half of a month, but 提前半个月 is half a month ahead.
        + "|(?:(?<=提前)|(?<![上下前后大多]))半(?:个月|个?小时|年(?![度级])|天|日|个?工作日|个?星期))"

    /// "five full calendar months", "seven clear days": full / whole / complete / clear say the period is not cut short
    /// (clear days leave out the days of giving and of the event); they change no figure.
    static let englishUnit = "(?i:(?:full |whole |complete |clear )?(?:calendar |business |working |banking |natural |consecutive )?"
        + "(?:days?|weeks?|months?|years?|quarters?|hours?))(?![A-Za-z])"

    static let english = "(?:\(F.englishOrFigure)[ -]?\(englishUnit)"
        + "|(?<![A-Za-z])(?i:half an? (?:year|month|day|hour)|half[ -]year)(?![A-Za-z]))"

    public static let pattern = "(?:\(english)|\(chinese))"

    /// What a duration begins with: a number, 半 (半个月) or "half".
    public static let starts: StartCharacters = {
        var starts = F.numberStarts
        starts.insert("半")
        starts.insertWordInitials(caseless: "h")
        return starts
    }()

    public static func parse(_ raw: String) -> DurationValue? {
        let s = NumberParser.trim(raw)
        guard !s.isEmpty else { return nil }
        if s.unicodeScalars.contains(where: { $0.value < 0x80 && $0.properties.isAlphabetic }) {
            return parseEnglish(s)
        }
        return parseChinese(s)
    }

    /// Chinese unit suffixes, longest first.
    static let chineseUnits: [(String, DurationUnit)] = [
        ("个银行工作日", .businessDay), ("银行工作日", .businessDay),
        ("个工作日", .businessDay), ("工作日", .businessDay), ("个营业日", .businessDay), ("营业日", .businessDay),
        ("个自然日", .day), ("自然日", .day), ("个日历日", .day), ("日历日", .day),
        ("个小时", .hour), ("小时", .hour), ("个钟头", .hour), ("钟头", .hour),
        ("个星期", .week), ("星期", .week), ("个礼拜", .week), ("礼拜", .week),
        ("个季度", .quarter), ("季度", .quarter), ("个自然月", .month), ("自然月", .month), ("个日历月", .month), ("日历月", .month), ("个历月", .month), ("历月", .month), ("个月", .month),
        ("天", .day), ("日", .day), ("周", .week), ("月", .month), ("年", .year),
    ]

    static func parseChinese(_ text: String) -> DurationValue? {
        var s = text
        var extra = 0.0
        if s.hasSuffix("半"), s.count > 2 { s.removeLast(); extra = 0.5 }            // 一年半
        // A text ending in a CJK ideograph (no other character is equivalent to one, nor joins one) ends with a unit
        // only if it ends with the unit's last ideograph: the character-by-character suffix test runs for that one.
        let last = s.unicodeScalars.last?.value ?? 0
        let ideograph = (0x4E00...0x9FFF).contains(last)
        for (suffix, unit) in chineseUnits where (!ideograph || suffix.unicodeScalars.last?.value == last) && s.hasSuffix(suffix) {
            var head = String(s.dropLast(suffix.count))
            if head.hasSuffix("个半") { head.removeLast(2); extra += 0.5 }              // 一个半月
            else if head.hasSuffix("个") { head.removeLast() }
            let value: Double
            if head == "半" { value = 0.5 }
            else if head.isEmpty { return nil }
            else if let v = NumberParser.parse(head) { value = v }
            else { return nil }
            return DurationValue(value: value + extra, unit: unit)
        }
        return nil
    }

    static func parseEnglish(_ text: String) -> DurationValue? {
        let lower = text.lowercased()
        if lower.hasPrefix("half") {
            let unit: DurationUnit
            if lower.hasSuffix("year") { unit = .year }
            else if lower.hasSuffix("month") { unit = .month }
            else if lower.hasSuffix("day") { unit = .day }
            else if lower.hasSuffix("hour") { unit = .hour }
            else { return nil }
            return DurationValue(value: 0.5, unit: unit)
        }
        // Split off the unit word (last word) and qualifier (calendar/business …).
        var words = lower.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        guard var last = words.popLast() else { return nil }
        // "30-day": the unit is glued to the number with a hyphen.
        if let dash = last.lastIndex(of: "-"), !last.hasSuffix("-") {
            let unitPart = String(last[last.index(after: dash)...])
            let numberPart = String(last[..<dash])
            if unitWord(unitPart) != nil { words.append(numberPart); last = unitPart }
        }
        guard var unit = unitWord(last) else { return nil }
        if let q = words.last, ["calendar", "business", "working", "banking", "natural", "consecutive"].contains(q) {
            words.removeLast()
            if unit == .day, q == "business" || q == "working" || q == "banking" { unit = .businessDay }
        }
        if let w = words.last, ["full", "whole", "complete", "clear"].contains(w) { words.removeLast() }
        // "thirty-" left over from "thirty-day" style joins.
        var numberText = words.joined(separator: " ")
        while numberText.hasSuffix("-") { numberText.removeLast() }
        guard let value = NumberParser.parse(numberText) else { return nil }
        return DurationValue(value: value, unit: unit)
    }

    static func unitWord(_ w: String) -> DurationUnit? {
        switch w {
        case "day", "days": return .day
        case "week", "weeks": return .week
        case "month", "months": return .month
        case "year", "years": return .year
        case "quarter", "quarters": return .quarter
        case "hour", "hours": return .hour
        default: return nil
        }
    }
}
