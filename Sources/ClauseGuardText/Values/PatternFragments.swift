/// PCRE2 building blocks for the placeholder fragments. No capturing groups, bounded repetition only,
/// ASCII look-arounds instead of `\b` (in UCP mode a Han character is a word character).
enum PatternFragments {
    static let digit = "[0-9０-９]"
    static let cnDigitChars = "零〇一二两俩仨三四五六七八九壹贰貳叁參参肆伍陆陸柒捌玖"
    static let cnUnitChars = "十拾百佰千仟万萬亿億"

    /// Not in the middle of a figure.
    static let notAfterFigure = #"(?<![0-9０-９])(?<![0-9０-９][.,])"#
    /// Not in the middle of a Chinese or Arabic number.
    static let notAfterNumber = "(?<![0-9０-９\(cnDigitChars)\(cnUnitChars)])"

    /// 5000 / 5,000 / 5 000 / 5000.00 / 1,234,567.5 / Indian grouping 2,50,000 (two lakh)
    static let arabic = #"(?:"# + notAfterFigure
        + #"(?:[0-9]{1,2}(?:,[0-9]{2}){1,5},[0-9]{3}(?![0-9０-９])(?:\.[0-9]{1,6})?"#
        + #"|[0-9０-９]{1,3}(?:[, ][0-9０-９]{3}){1,6}(?![0-9０-９])(?:\.[0-9０-９]{1,6})?|[0-9０-９]{1,15}(?:\.[0-9０-９]{1,6})?)"#
        + #"(?![0-9０-９]))"#

    /// A figure, optionally followed by Chinese multipliers: 30, 1.5万, 3千, 2.5亿, 10万.
    static let arabicMixed = "(?:\(arabic)(?:[十百千万亿萬億拾佰仟]{1,2})?)"

    /// Chinese numerals, lower-case or financial, with an optional decimal part: 三十, 一百二十, 壹万伍仟, 十五点五.
    /// Chinese numerals, with an optional figure in brackets: 三十(30).
    static let chinese = "(?:\(notAfterNumber)[\(cnDigitChars)\(cnUnitChars)]{1,16}(?:点[\(cnDigitChars)]{1,6})?"
        + "(?:\\(\(arabic)\\))?)"

    static let englishSmall = "seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|seventy|eleven|twelve|twenty|thirty|ninety|eighty|fourty|forty|fifty|sixty|seven|three|eight|zero|four|five|nine|one|two|six|ten"
    static let englishWord = "(?:\(englishSmall)|hundred|thousand|million|billion)"

    /// English number words: sixty, twenty-five, one hundred and twenty, a thousand.
    static let english = "(?:(?<![A-Za-z])(?i:(?:\(englishSmall)|an?(?= hundred| thousand| million))(?![a-z])"
        + "(?:(?:[ -]|[ ]and[ ])\(englishWord)(?![a-z])){0,8}))"

    /// English words with the figure in brackets: "thirty (30)", OCR-spaced "ninety ( 90 )"; or a figure with words: "30 (thirty)".
    static let englishOrFigure = "(?:\(english)(?: ?\\( ?\(arabic) ?\\))?|\(arabicMixed)(?: ?\\( ?\(english) ?\\))?)"

    /// Any number form.
    static let number = "(?:\(englishOrFigure)|\(chinese))"

    /// The characters a number in any form begins with: a figure, a Chinese numeral, the first letter of an English
    /// number word (or of "a hundred"). The value kinds add their own (a currency sign, 半) for `StartGatedRegex`.
    static var numberStarts: StartCharacters {
        var starts = StartCharacters()
        starts.insert("0123456789０１２３４５６７８９" + cnDigitChars + cnUnitChars)
        starts.insertWordInitials(caseless: String(Set(englishSmall.split(separator: "|").compactMap(\.first))) + "a")
        return starts
    }
}
