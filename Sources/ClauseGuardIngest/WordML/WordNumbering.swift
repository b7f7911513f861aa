/// `numbering.xml`: abstract list definitions and the numbering instances that use them, plus the counters that
/// turn a paragraph's `numId`/`ilvl` into the label Word shows (`第八条`, `8.2`, `(a)`).
final class WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var isLegal = false
        /// The level whose increment restarts this one (`w:lvlRestart`, 1-based); nil = any higher level.
        var restartAfter: Int?
    }

    private var abstracts: [String: [Int: Level]] = [:]
    /// numId → abstractNumId
    private var instances: [String: String] = [:]
    /// numId → level → start override
    private var overrides: [String: [Int: Int]] = [:]
    /// numId → the levels of its list, with the instance's own `w:lvlOverride/w:lvl` definitions in place of the
    /// abstract ones (only for instances that have some).
    private var redefined: [String: [Int: Level]] = [:]
    /// Counters per abstract list (Word continues a list across num instances of the same abstract definition).
    private var counters: [String: [Int: Int]] = [:]
    private var overridden: Set<String> = []

    init() {}

    init(xml bytes: [UInt8], name: String) throws {
        let collector = Collector()
        try SAXStream.parse(bytes, handler: collector, name: name)
        abstracts = collector.abstracts
        instances = collector.instances
        overrides = collector.overrides
        for (numID, levels) in collector.levelOverrides {
            guard let abstractID = instances[numID] else { continue }
            redefined[numID] = (abstracts[abstractID] ?? [:]).merging(levels) { _, own in own }
        }
    }

    /// Advances the counter for a numbered paragraph and returns its label; nil for bullets and unknown lists.
    func label(numID: String, level: Int) -> String? {
        // Word has levels 0…8; anything else is hostile or broken and would break the counter arithmetic.
        guard (0...8).contains(level), numID != "0", let abstractID = instances[numID],
              let levels = redefined[numID] ?? abstracts[abstractID], let definition = levels[level] else { return nil }
        // A numbering instance with a start override restarts the list the first time it is used.
        let key = overrides[numID] == nil ? abstractID : "\(abstractID)#\(numID)"
        if let starts = overrides[numID], !overridden.contains(numID) {
            overridden.insert(numID)
            counters[key] = [:]
            for (lvl, start) in starts { counters[key]![lvl] = start - 1 }
        }
        var current = counters[key] ?? [:]
        current[level] = (current[level] ?? ((levels[level]?.start ?? 1) - 1)) + 1
        // Deeper levels restart after a higher level advances; `w:lvlRestart` n (1-based) limits that to levels 1…n,
        // and 0 means never.
        for deeper in (level + 1)..<9 {
            if let restart = levels[deeper]?.restartAfter, level >= restart { continue }
            current[deeper] = nil
        }
        counters[key] = current
        if definition.format == "bullet" || definition.format == "none" { return nil }

        var label = ""
        var chars = Array(definition.text)
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 1 < chars.count, let n = chars[i + 1].wholeNumberValue, n >= 1 {
                let lvl = n - 1
                let value = current[lvl] ?? (levels[lvl]?.start ?? 1)
                let format = definition.isLegal && lvl < level ? "decimal" : (levels[lvl]?.format ?? "decimal")
                label += WordNumberFormat.format(value, as: format)
                i += 2
                continue
            }
            label.append(chars[i])
            i += 1
        }
        chars.removeAll()
        return label.trimmed(of: " ")
    }

    private final class Collector: SAXHandler {
        var abstracts: [String: [Int: Level]] = [:]
        var instances: [String: String] = [:]
        var overrides: [String: [Int: Int]] = [:]
        /// numId → level → the level definition inside a `w:lvlOverride`.
        var levelOverrides: [String: [Int: Level]] = [:]
        private var abstractID: String?
        private var level: Int?
        private var numID: String?
        private var overrideLevel: Int?

        func start(_ element: XMLName, namespace: XMLName, attributes: SAXAttributes) {
            let name = element.string
            var value: String? { attributes["val"] }
            switch name {
            case "abstractNum":
                abstractID = attributes["abstractNumId"]
                if let abstractID { abstracts[abstractID] = [:] }
            case "lvl" where abstractID != nil:
                level = attributes["ilvl"].flatMap(Int.init)
                if let abstractID, let level { abstracts[abstractID]![level] = Level() }
            case "lvl" where numID != nil && overrideLevel != nil:
                // The override's own level definition; its ilvl, if any, must agree with the lvlOverride's.
                level = overrideLevel
                if let numID, let level { levelOverrides[numID, default: [:]][level] = Level() }
            case "start" where level != nil:
                update { $0.start = Self.clampedStart(value) ?? 1 }
            case "numFmt" where level != nil:
                update { $0.format = value ?? "decimal" }
            case "lvlText" where level != nil:
                update { $0.text = value ?? "" }
            case "isLgl" where level != nil:
                update { $0.isLegal = value != "0" && value != "false" }
            case "lvlRestart" where level != nil:
                update { $0.restartAfter = value.flatMap(Int.init) }
            case "num":
                numID = attributes["numId"]
            case "abstractNumId" where numID != nil:
                if let numID, let value { instances[numID] = value }
            case "lvlOverride" where numID != nil:
                overrideLevel = attributes["ilvl"].flatMap(Int.init)
            case "startOverride" where numID != nil && overrideLevel != nil:
                if let numID, let overrideLevel, let start = Self.clampedStart(value) { overrides[numID, default: [:]][overrideLevel] = start }
            default: break
            }
        }

        /// Word accepts start values 0…32767; clamping keeps hostile values from overflowing the counters.
        static func clampedStart(_ value: String?) -> Int? {
            value.flatMap(Int.init).map { min(max($0, 0), 32_767) }
        }

        /// Changes the level being defined: in an abstract list, or in a numbering instance's level override.
        private func update(_ change: (inout Level) -> Void) {
            guard let level else { return }
            if let abstractID, var current = abstracts[abstractID]?[level] {
                change(&current)
                abstracts[abstractID]![level] = current
            } else if let numID, var current = levelOverrides[numID]?[level] {
                change(&current)
                levelOverrides[numID]![level] = current
            }
        }

        func end(_ element: XMLName, namespace: XMLName) {
            let name = element.string
            switch name {
            case "abstractNum": abstractID = nil
            case "lvl": level = nil
            case "num": numID = nil; level = nil
            case "lvlOverride": overrideLevel = nil; level = nil
            default: break
            }
        }
        func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
    }
}

/// Renders a counter in a WordprocessingML number format.
enum WordNumberFormat {
    static let chineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    static let legalDigits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let heavenlyStems = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    static let earthlyBranches = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]

    static func format(_ n: Int, as format: String) -> String {
        switch format {
        case "decimalZero": n < 10 ? "0\(n)" : String(n)
        case "upperRoman": roman(n)
        case "lowerRoman": roman(n).lowercased()
        case "upperLetter": letters(n).uppercased()
        case "lowerLetter": letters(n)
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
            chinese(n, digits: chineseDigits, units: ["", "十", "百", "千"])
        case "chineseLegalSimplified": chinese(n, digits: legalDigits, units: ["", "拾", "佰", "仟"])
        case "ideographTraditional": n >= 1 && n <= 10 ? heavenlyStems[n - 1] : String(n)
        case "ideographZodiac": n >= 1 && n <= 12 ? earthlyBranches[n - 1] : String(n)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            n >= 1 && n <= 20 ? String(UnicodeScalar(0x2460 + UInt32(n - 1))!) : String(n)
        case "decimalFullWidth", "decimalFullWidth2":
            String(String(n).unicodeScalars.map { Character(UnicodeScalar($0.value + 0xFEE0)!) })
        default: String(n)
        }
    }

    static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, symbol) in table { while rest >= value { out += symbol; rest -= value } }
        return out
    }

    /// a…z, then aa, bb… as Word does.
    static func letters(_ n: Int) -> String {
        // Past zzzzzzzzzz Word's scheme stops being readable; a bound also keeps a label from growing with the counter.
        guard n > 0, n <= 260 else { return String(n) }
        let letter = Character(UnicodeScalar(UInt8(97 + (n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }

    /// 1…9999 in Chinese counting: 十, 十一, 二十, 一百零五, 一千二百.
    static func chinese(_ n: Int, digits: [String], units: [String]) -> String {
        guard n > 0, n < 10000 else { return String(n) }
        if n < 10 { return digits[n] }
        if n < 20 && units[1] == "十" { return units[1] + (n % 10 == 0 ? "" : digits[n % 10]) }
        var out = ""
        var zero = false
        let parts = [n / 1000, (n / 100) % 10, (n / 10) % 10, n % 10]
        for (i, d) in parts.enumerated() {
            let unit = units[3 - i]
            if d == 0 {
                if !out.isEmpty { zero = true }
                continue
            }
            if zero { out += digits[0]; zero = false }
            out += digits[d] + unit
        }
        return out
    }
}
