/// Parses numbers as contracts write them: Arabic with separators, Chinese lower-case and financial numerals,
/// mixed forms (1.5万), English words, and "thirty (30)" (a number followed by its figure in brackets).
public enum NumberParser {
    public static func parse(_ raw: String) -> Double? {
        let s = trim(raw)
        guard !s.isEmpty else { return nil }
        // "thirty (30)", "30 (thirty)", "伍仟(5000)": prefer the figure in brackets when both parse.
        if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
            let outer = trim(String(s[..<open]))
            let inner = trim(String(s[s.index(after: open)..<s.index(before: s.endIndex)]))
            let innerValue = parseSimple(inner)
            if outer.isEmpty { return innerValue }
            let outerValue = parseSimple(outer)
            if let innerValue, let outerValue {
                return isFigure(inner) ? innerValue : outerValue
            }
            return outerValue ?? innerValue
        }
        return parseSimple(s)
    }

    static func parseSimple(_ s: String) -> Double? {
        if s.isEmpty { return nil }
        if let v = parseArabic(s) { return v }
        if s.unicodeScalars.contains(where: { ($0.value | 0x20) >= 0x61 && ($0.value | 0x20) <= 0x7A }) {
            return parseEnglish(s)
        }
        return parseChinese(s)
    }

    static func trim(_ s: String) -> String {
        var scalars = Substring(s).unicodeScalars
        while let f = scalars.first, f.properties.isWhitespace { scalars.removeFirst() }
        while let l = scalars.last, l.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// True when the text is only digits and separators.
    static func isFigure(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { asciiDigit($0) != nil || $0 == "," || $0 == "." || $0 == " " }
    }

    /// 0-9 for ASCII or full-width digits.
    @inline(__always)
    static func asciiDigit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        default: return nil
        }
    }

    /// A character a written number is made of: digits (ASCII or full-width), the decimal point, Chinese numerals
    /// and their small units (二十, 一百五十, 1.5).
    public static func isNumeral(_ s: Unicode.Scalar) -> Bool {
        asciiDigit(s) != nil || s == "." || s == "．" || chineseDigits[s] != nil || chineseSmallUnits[s] != nil
    }

    // MARK: Arabic

    /// "5000", "5,000", "5 000", "5000.00", "1,234,567.5", "５０００". Separators must group by three.
    public static func parseArabic(_ s: String) -> Double? {
        var digits = ""
        var groups: [Int] = []      // lengths of digit groups before the decimal point
        var current = 0
        var fraction: String? = nil
        var sawSeparator = false
        for scalar in s.unicodeScalars {
            if let d = asciiDigit(scalar) {
                if fraction != nil { fraction!.append(Character(String(d))) } else { digits.append(Character(String(d))); current += 1 }
            } else if scalar == "," || scalar == " " || scalar == "'" || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "，" {
                guard fraction == nil, current > 0 else { return nil }
                groups.append(current); current = 0; sawSeparator = true
            } else if scalar == "." || scalar == "．" {
                guard fraction == nil, current > 0 else { return nil }
                fraction = ""
            } else {
                return nil
            }
        }
        guard !digits.isEmpty else { return nil }
        if fraction != nil, fraction!.isEmpty { return nil }
        if sawSeparator {
            groups.append(current)
            // 1,234,567 / 1 234 567; or Indian grouping, 2,50,000 (groups of two before the last three).
            let western = groups[0] <= 3 && groups.dropFirst().allSatisfy { $0 == 3 }
            let indian = groups.count >= 3 && groups[0] <= 2 && groups.last == 3 && groups.dropFirst().dropLast().allSatisfy { $0 == 2 }
            guard western || indian else { return nil }
        }
        return Double(fraction.map { digits + "." + $0 } ?? digits)
    }

    // MARK: Chinese

    static let chineseDigits: [Unicode.Scalar: Double] = [
        "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "三": 3, "叁": 3, "參": 3, "参": 3,
        "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
        // Spoken: 俩月 (two months), 仨月.
        "俩": 2, "仨": 3,
    ]
    static let chineseSmallUnits: [Unicode.Scalar: Double] = [
        "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
    ]

    /// Chinese numerals, with Arabic figures allowed before the multipliers (1.5万, 3千, 2.5亿):
    /// 三十, 十五, 一百二十, 三千五百, 一万二千, 二十万, 壹万伍仟, 一百零五, 二〇二五, 十五点五, 一百二 (= 120), 半 (= 0.5).
    public static func parseChinese(_ s: String) -> Double? {
        let scalars = Array(s.unicodeScalars)
        if scalars.count == 1, scalars[0] == "半" { return 0.5 }
        var yi = 0.0, wan = 0.0, section = 0.0
        var number: Double? = nil
        var numberIsSingleDigit = false
        var lastUnit = 0.0
        var sawZero = false
        var sawUnit = false
        var sawAnything = false
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if asciiDigit(c) != nil {
                // An Arabic figure (possibly with separators and decimals).
                var j = i
                while j < scalars.count, asciiDigit(scalars[j]) != nil || scalars[j] == "." || scalars[j] == "," || scalars[j] == "．" { j += 1 }
                guard number == nil, let v = parseArabic(String(String.UnicodeScalarView(scalars[i..<j]))) else { return nil }
                number = v; numberIsSingleDigit = false; sawAnything = true
                i = j
                continue
            }
            if let d = chineseDigits[c] {
                sawAnything = true
                if d == 0 && (c == "零" || number == nil) && !(number != nil && !sawUnit) {
                    // Zero as a place marker (一百零五) or a lone zero.
                    sawZero = true
                    if number == nil && !sawUnit && i == scalars.count - 1 { number = 0 }
                } else if let n = number {
                    // Digit by digit (二〇二五): only without units.
                    guard !sawUnit else { return nil }
                    number = n * 10 + d
                    numberIsSingleDigit = false
                } else {
                    number = d
                    numberIsSingleDigit = true
                }
            } else if let u = chineseSmallUnits[c] {
                sawAnything = true
                section += (number ?? 1) * u
                number = nil; lastUnit = u; sawUnit = true; sawZero = false
            } else if c == "万" || c == "萬" {
                sawAnything = true
                let part = section + (number ?? 0)
                wan += (part == 0 ? 1 : part) * 10_000
                section = 0; number = nil; lastUnit = 10_000; sawUnit = true; sawZero = false
            } else if c == "亿" || c == "億" {
                sawAnything = true
                let part = wan + section + (number ?? 0)
                yi = (yi + (part == 0 ? 1 : part)) * 100_000_000
                wan = 0; section = 0; number = nil; lastUnit = 100_000_000; sawUnit = true; sawZero = false
            } else if c == "点" || c == "點" {
                // Decimal fraction, digit by digit.
                var fraction = ""
                var j = i + 1
                while j < scalars.count {
                    if let d = chineseDigits[scalars[j]] { fraction += String(Int(d)) }
                    else if let d = asciiDigit(scalars[j]) { fraction += String(d) }
                    else { return nil }
                    j += 1
                }
                guard !fraction.isEmpty, let f = Double("0." + fraction) else { return nil }
                number = (number ?? 0) + f
                numberIsSingleDigit = false
                sawAnything = true
                i = j
                break
            } else {
                return nil
            }
            i += 1
        }
        guard sawAnything else { return nil }
        if var n = number {
            // Colloquial "一百二" = 120, "三千五" = 3500, "一万二" = 12000.
            if numberIsSingleDigit, !sawZero, lastUnit >= 100, scalars.count >= 2,
               chineseSmallUnits[scalars[scalars.count - 2]] != nil || scalars[scalars.count - 2] == "万" || scalars[scalars.count - 2] == "萬" {
                n *= lastUnit / 10
            }
            return yi + wan + section + n
        }
        return yi + wan + section
    }

    // MARK: English

    static let englishSmall: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
    ]
    static let englishScales: [String: Double] = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    ]

    /// "sixty", "twenty-five", "one hundred and twenty", "two thousand five hundred", "2.5 million", "half", "one-twenty".
    public static func parseEnglish(_ s: String) -> Double? {
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" })
        guard !words.isEmpty else { return nil }
        if words.count == 1, words[0] == "half" { return 0.5 }
        var total = 0.0, current = 0.0
        var sawNumber = false
        for (index, word) in words.enumerated() {
            let w = String(word)
            if w == "and" { continue }
            if let v = englishSmall[w] {
                if (w == "a" || w == "an") && index + 1 >= words.count { return nil }
                // Spoken hundreds: "one-twenty" is 120 and "two fifty" 250 (a digit, then tens), where "twenty-one" is 21.
                if v >= 10, (1...9).contains(current), index > 0, words[index - 1] != "a", words[index - 1] != "an" {
                    current = current * 100 + v
                } else {
                    current += v
                }
                sawNumber = true
            } else if w == "hundred" {
                current = (current == 0 ? 1 : current) * 100; sawNumber = true
            } else if let scale = englishScales[w] {
                total += (current == 0 ? 1 : current) * scale; current = 0; sawNumber = true
            } else if let v = parseArabic(w) {
                current += v; sawNumber = true
            } else {
                return nil
            }
        }
        return sawNumber ? total + current : nil
    }
}
