/// Dates: 2025年8月20日, 二〇二五年八月二十日, 2025-08-20, 2025/8/20, 2025.08.20, August 20, 2025, 20 August 2025,
/// Aug. 20, 2025, 8月20日24:00, X月X日, ____年__月__日 (blanks: parts nil).
public enum DateParser {
    static let blank = "(?:_{1,12}|[Xx×]{1,4})"
    static let cnYear = "(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4}|\(blank))年"
    static let cnMonth = "(?:[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九]|\(blank))月"
    static let cnDay = "(?:[0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|\(blank))[日号]"
    static let time = "(?:[0-9]{1,2}[:：][0-9]{2}(?!\\d)|[0-9]{1,2}[时点](?:[0-9]{1,2}分|整)?)"
    static let chinese = "(?:\(PatternFragments.notAfterNumber)(?<![_Xx×])"
        + "(?:\(cnYear)\(cnMonth)(?:\(cnDay)(?:\(time))?)?|\(cnMonth)\(cnDay)(?:\(time))?))"

    static let iso = "(?:(?<![0-9])[0-9]{4}(?:-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|\\.[0-9]{1,2}\\.[0-9]{1,2})(?![0-9])"
        + "(?:[ T][0-9]{1,2}:[0-9]{2}(?![0-9]))?)"

    static let monthName = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    static let english = "(?:(?<![A-Za-z])\(monthName)\\.? [0-9]{1,2}(?i:st|nd|rd|th)?(?![0-9A-Za-z])(?:,? [0-9]{4}(?![0-9]))?"
        + "|(?<![0-9A-Za-z])[0-9]{1,2}(?i:st|nd|rd|th)? (?i:day of )?\(monthName)\\.?(?![A-Za-z]),? [0-9]{4}(?![0-9]))"

    public static let pattern = "(?:\(chinese)|\(iso)|\(english))"

    public static func parse(_ raw: String) -> DateValue? {
        let s = NumberParser.trim(raw)
        guard !s.isEmpty else { return nil }
        let value: DateValue?
        if s.contains("月") { value = parseChinese(s) }
        else if s.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.value < 0x80 }) { value = parseEnglish(s) }
        else { value = parseNumeric(s) }
        guard let v = value, valid(v) else { return nil }
        return v
    }

    static func valid(_ d: DateValue) -> Bool {
        if let m = d.month, !(1...12).contains(m) { return false }
        if let day = d.day, !(1...31).contains(day) { return false }
        if let y = d.year, !(1000...9999).contains(y) { return false }
        return true
    }

    /// A date part; nil for blanks. Returns .none (outer nil) when the part is not a number at all.
    static func part(_ s: Substring) -> Int?? {
        let t = String(s)
        if t.isEmpty || t.allSatisfy({ $0 == "_" || $0 == "X" || $0 == "x" || $0 == "×" }) { return .some(nil) }
        guard let v = NumberParser.parse(t), v == v.rounded() else { return .none }
        return .some(Int(v))
    }

    static func parseChinese(_ s: String) -> DateValue? {
        var rest = Substring(s)
        var date = DateValue()
        if let y = rest.firstIndex(of: "年") {
            guard let v = part(rest[..<y]) else { return nil }
            date.year = v
            rest = rest[rest.index(after: y)...]
        }
        guard let m = rest.firstIndex(of: "月"), let month = part(rest[..<m]) else { return nil }
        date.month = month
        rest = rest[rest.index(after: m)...]
        if let d = rest.firstIndex(where: { $0 == "日" || $0 == "号" }) {
            guard let day = part(rest[..<d]) else { return nil }
            date.day = day
            rest = rest[rest.index(after: d)...]
        }
        if !rest.isEmpty {
            guard let t = parseTime(String(rest)) else { return nil }
            date.time = t
        }
        return date
    }

    /// "24:00", "24：00", "24时", "17时30分", "9点" → "HH:MM".
    static func parseTime(_ s: String) -> String? {
        var hour = "", minute = ""
        var inMinutes = false
        for c in s {
            if let d = c.wholeNumberValue, c.isASCII || ("０"..."９").contains(c) {
                if inMinutes { minute.append(String(d)) } else { hour.append(String(d)) }
            } else if c == ":" || c == "：" || c == "时" || c == "点" {
                inMinutes = true
            } else if c == "分" || c == "整" {
                continue
            } else {
                return nil
            }
        }
        guard let h = Int(hour), h <= 24 else { return nil }
        let m = Int(minute) ?? 0
        guard m < 60 else { return nil }
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    /// 2025-08-20, 2025/8/20, 2025.08.20, optional " 14:30".
    static func parseNumeric(_ s: String) -> DateValue? {
        var main = Substring(s)
        var time: String? = nil
        if let sep = main.firstIndex(where: { $0 == " " || $0 == "T" }) {
            time = parseTime(String(main[main.index(after: sep)...]))
            guard time != nil else { return nil }
            main = main[..<sep]
        }
        let parts = main.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return DateValue(year: y, month: m, day: d, time: time)
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// August 20, 2025 / Aug. 20, 2025 / 20 August 2025 / 20th day of August, 2025 / March 31.
    static func parseEnglish(_ s: String) -> DateValue? {
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        var date = DateValue()
        for w in words {
            if w == "day" || w == "of" { continue }
            if let i = months.firstIndex(where: { w.hasPrefix($0) }) {
                guard date.month == nil else { return nil }
                date.month = i + 1
                continue
            }
            var digits = String(w)
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
            guard let n = Int(digits) else { return nil }
            if digits.count == 4 { date.year = n } else if date.day == nil { date.day = n } else { return nil }
        }
        return date.month == nil || date.day == nil ? nil : date
    }
}
