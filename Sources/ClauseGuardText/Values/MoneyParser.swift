import Foundation

/// Money: 5000元, 人民币伍仟元整, 1.5万元, RMB 5,000, ¥5,000, $5,000.00, USD 10,000, EUR 2,500, 5,000 US dollars, and the
/// currencies of English contracts outside the US: £850, GBP 2,000, A$1,200, AUD 75, S$20,000, SGD, C$, CAD, NZ$, NZD,
/// ₹2,50,000, Rs. 1,60,000, INR.
public enum MoneyParser {
    typealias F = PatternFragments

    /// (The codes of the other English-speaking currencies are matched in capitals only, whatever the rule's case: "a$",
    /// "rs" are no currency.)
    static let prefix = #"(?:人民币|(?<![A-Za-z])(?i:RMB|CNY|USD|US ?\$|HKD|HK\$|EUR)(?![A-Za-z])"#
        + #"|(?<![A-Za-z])(?-i:GBP|AUD|CAD|SGD|NZD|INR|NZ\$|A\$|C\$|S\$|Rs\.?)(?![A-Za-z])|[¥￥$€£₹]|美元|港币|欧元)"#
    static let cnSmallDigit = "[零〇一二两三四五六七八九壹贰貳叁參参肆伍陆陸柒捌玖]"
    /// 2w / 4.8w / 3k: chat shorthand for 万 and 千 after a figure (yuan unless a currency comes first: $2.5k).
    static let shorthandMark = "[wWkK](?![A-Za-z0-9])"
    static let shorthand = "[0-9]+(?:\\.[0-9]+)?\(shorthandMark)"
    /// 元 and friends after the amount, with optional 角/分 and 整.
    static let suffix = "(?:(?:万元|亿元|元(?![化素件旦宵首])|圆|块钱|块|美元|美金|港元|港币|欧元)"
        + "(?:\(cnSmallDigit)角)?(?:\(cnSmallDigit)分)?(?:整|正)?"
        + #"|[ ]?(?i:US dollars?|dollars?|yuan|renminbi|RMB|CNY|USD|HKD|EUR|euros?|pounds? sterling|pounds?|rupees?|GBP|AUD|CAD|SGD|NZD|INR)(?![A-Za-z]))"#
    static let amount = "(?:\(F.englishOrFigure)|\(F.chinese))"
    /// "(¥5,000.00)", "(RMB 5,000元)" after the amount in words.
    static let figureInBrackets = "(?: ?\\((?:\(prefix) ?)?\(F.arabicMixed)(?:元|圆)?(?:整)?\\))?"

    public static let pattern = "(?:\(prefix) ?\(amount)(?:\(suffix)|\(shorthandMark))?\(figureInBrackets)"
        + "|\(amount)\(suffix)\(figureInBrackets)|\(F.notAfterNumber)\(shorthand))"

    /// What a sum begins with: its currency (人民币, RMB, CNY, USD, US$, HKD, EUR, ¥, ￥, $, €, 美元, 港币, 欧元) or its
    /// amount.
    public static let starts: StartCharacters = {
        var starts = F.numberStarts
        starts.insert("人¥￥$€£₹美港欧")
        starts.insertWordInitials(caseless: "rcuhe")
        starts.insert("GASNI")
        return starts
    }()

    public static func parse(_ raw: String) -> MoneyValue? {
        let s = NumberParser.trim(raw)
        guard !s.isEmpty else { return nil }
        let currency = currency(of: s)
        var main = s
        var figure: Double? = nil
        if main.hasSuffix(")"), let open = main.lastIndex(of: "(") {
            let inner = String(main[main.index(after: open)..<main.index(before: main.endIndex)])
            figure = amount(stripCurrency(inner))
            main = String(main[..<open])
        }
        let bare = stripCurrency(main)
        if let scale = Self.shorthandScale(bare), let v = NumberParser.parse(String(bare.dropLast())) {
            return MoneyValue(amount: v * scale, currency: currency)
        }
        if let v = amount(bare) { return MoneyValue(amount: v, currency: currency) }
        if let figure { return MoneyValue(amount: figure, currency: currency) }
        return nil
    }

    /// 10,000 for "2w", 1,000 for "3k" (the currency already stripped); nil for anything else.
    static func shorthandScale(_ s: String) -> Double? {
        guard let last = s.last, let first = s.first, first.isASCII, first.isNumber else { return nil }
        switch last {
        case "w", "W": return 10_000
        case "k", "K": return 1_000
        default: return nil
        }
    }

    static func currency(of s: String) -> String {
        let lower = s.lowercased()
        if lower.contains("hk$") || lower.contains("hkd") || s.contains("港") { return "HKD" }
        if lower.contains("us$") || lower.contains("us $") || lower.contains("usd") || lower.contains("us dollar") { return "USD" }
        for (signs, code) in Self.otherDollars where signs.contains(where: { lower.contains($0) }) { return code }
        if lower.contains("£") || lower.contains("gbp") || lower.contains("pound") { return "GBP" }
        if lower.contains("₹") || lower.contains("inr") || lower.contains("rupee") || lower.hasPrefix("rs") { return "INR" }
        if lower.contains("$") || lower.contains("dollar") || s.contains("美") { return "USD" }
        if lower.contains("eur") || s.contains("€") || s.contains("欧元") { return "EUR" }
        return "CNY"
    }

    /// Dollars other than the US's, by sign or code (checked after HK$ and US$, which hold the same "$").
    static let otherDollars: [(signs: [String], code: String)] = [
        (["nz$", "nzd"], "NZD"), (["a$", "aud"], "AUD"), (["c$", "cad"], "CAD"), (["s$", "sgd"], "SGD"),
    ]

    /// Currency words removed before parsing the amount, longest first. 元/圆 are kept: they split yuan from 角/分.
    static let currencyWords = [
        "人民币", "renminbi", "us dollars", "us dollar", "dollars", "dollar", "euros", "euro", "yuan",
        "pounds sterling", "pound sterling", "pounds", "pound", "rupees", "rupee",
        "rmb", "cny", "usd", "us$", "us $", "hkd", "hk$", "eur", "gbp", "aud", "cad", "sgd", "nzd", "inr",
        "nz$", "a$", "c$", "s$", "rs.", "£", "₹",
        "美元", "美金", "港元", "港币", "欧元", "块钱", "块", "¥", "￥", "$", "€",
    ]

    static func stripCurrency(_ s: String) -> String {
        var t = s.lowercased()
        for w in currencyWords { t = t.replacingOccurrences(of: w, with: "") }
        t = NumberParser.trim(t)
        // "Rs 1,60,000": the rupee's abbreviation without its dot, only before the amount ("rs" ends "dollars").
        if t.hasPrefix("rs"), t.dropFirst(2).first.map({ $0 == " " || $0.isNumber }) ?? false { t = NumberParser.trim(String(t.dropFirst(2))) }
        while t.hasSuffix("整") || t.hasSuffix("正") { t.removeLast() }
        return NumberParser.trim(t)
    }

    /// The amount in "伍仟", "1.5万", "5,000", "叁万元", "壹佰元伍角", "five thousand".
    static func amount(_ s: String) -> Double? {
        guard !s.isEmpty else { return nil }
        guard let yuan = s.firstIndex(where: { $0 == "元" || $0 == "圆" }) else { return NumberParser.parse(s) }
        let head = NumberParser.trim(String(s[..<yuan]))
        var tail = Substring(s[s.index(after: yuan)...])
        guard var value = NumberParser.parse(head) else { return nil }
        for (mark, scale) in [("角", 0.1), ("分", 0.01)] {
            if let i = tail.firstIndex(of: Character(mark)) {
                guard let d = NumberParser.parse(String(tail[..<i])) else { return nil }
                value += d * scale
                tail = tail[tail.index(after: i)...]
            }
        }
        return tail.isEmpty ? value : nil
    }
}
