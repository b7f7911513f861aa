import ClauseGuardText

/// Chinese text is written with full-width punctuation (，；：（）！？); our labels and the rule files' messages are
/// typed with ASCII ones between Chinese characters. A Chinese report converts them once, at render time, on our own
/// strings only: a quote from the contract (and anything in 「…」 inside our strings) shows the contract as written.
enum ChinesePunctuation {
    private static let fullWidth: [Character: Character] = [",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"]

    /// Converts ASCII `, ; : ! ?` next to a Chinese character, and each pair of ASCII brackets that holds or touches
    /// one, to full width, dropping the spaces beside them (full-width marks carry their own). Numbers (`5,000`,
    /// `0.5%`, `10:30`) and ASCII-only words keep their punctuation.
    static func fullWidth(_ text: String) -> String {
        let chars = Array(text)
        guard chars.contains(where: { fullWidth[$0] != nil }) else { return text }
        var convert = [Bool](repeating: false, count: chars.count)
        var quoted = 0
        var open: [Int] = []
        for (i, ch) in chars.enumerated() {
            switch ch {
            case "「": quoted += 1
            case "」": quoted = max(0, quoted - 1)
            case _ where quoted > 0: break
            case "(": open.append(i)
            case ")":
                if let start = open.popLast() {
                    let touches = chars[(start + 1)..<i].contains(where: isChinese) || neighbour(chars, before: start).map(isChinese) == true
                        || neighbour(chars, after: i).map(isChinese) == true
                    convert[start] = touches; convert[i] = touches
                } else {
                    convert[i] = touchesChinese(chars, i)
                }
            case ",", ";", ":", "!", "?":
                // A mark standing alone between spaces is a symbol (the legend's `? 无法读取`), not punctuation.
                let alone = i > 0 && chars[i - 1] == " " && i + 1 < chars.count && chars[i + 1] == " "
                convert[i] = !alone && touchesChinese(chars, i)
            default: break
            }
        }
        for start in open { convert[start] = touchesChinese(chars, start) }

        var out = ""
        for (i, ch) in chars.enumerated() {
            if ch == " " && isDroppedSpace(chars, convert, i) { continue }
            out.append(convert[i] ? fullWidth[ch]! : ch)
        }
        return out
    }

    /// A space beside a converted mark; indentation at the start of a line stays.
    private static func isDroppedSpace(_ chars: [Character], _ convert: [Bool], _ i: Int) -> Bool {
        var before = i - 1
        while before >= 0 && chars[before] == " " { before -= 1 }
        var after = i + 1
        while after < chars.count && chars[after] == " " { after += 1 }
        guard before >= 0, chars[before] != "\n" else { return false }
        return convert[before] || (after < chars.count && convert[after])
    }

    private static func touchesChinese(_ chars: [Character], _ i: Int) -> Bool {
        neighbour(chars, before: i).map(isChinese) == true || neighbour(chars, after: i).map(isChinese) == true
    }

    private static func neighbour(_ chars: [Character], before i: Int) -> Character? {
        var j = i - 1
        while j >= 0 && chars[j] == " " { j -= 1 }
        return j >= 0 ? chars[j] : nil
    }

    private static func neighbour(_ chars: [Character], after i: Int) -> Character? {
        var j = i + 1
        while j < chars.count && chars[j] == " " { j += 1 }
        return j < chars.count ? chars[j] : nil
    }

    /// Han characters and the CJK and full-width punctuation around them (「」。、，（）): `CJK.isCJK`.
    static func isChinese(_ ch: Character) -> Bool {
        ch.unicodeScalars.first.map(CJK.isCJK) ?? false
    }
}
