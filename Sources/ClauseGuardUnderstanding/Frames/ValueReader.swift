import Foundation
import ClauseGuardText

/// The money, percentages and periods of a sentence, each given its meaning by the words around it: a floor
/// (最低5000元), a cap, a per-day rate, the advance notice (提前30日, 30 days' prior notice) or another period.
struct ValueReader: Sendable {
    let index: LexiconIndex
    private let duration: StartGatedRegex?
    private let money: StartGatedRegex?
    private let percent: StartGatedRegex?
    /// 提前＿＿天 / 期满前××日 / 隐蔽前＿＿天 / 提前　个月 (a blank of spaces, gone once spaces between Chinese characters are
    /// dropped: 提前个月) / "___ days' prior notice": a notice period left blank in a template, or redacted in a filing
    /// ("[***] days prior to the end of the term").
    private let blank: PCRERegex?
    /// 发货前＿＿天内供方应向购方通知…: a blank window before an event, a notice period when a word of telling follows it
    /// (as 发货前10天内…通知 is). Not when something else is due in it (前＿＿日内，向甲方提出执行情况的正式报告).
    private let blankWithin: PCRERegex?
    private let ordinal: PCRERegex?
    private let window = DayCountedWindow()
    /// 最少八千 / 最低8000，: a floor said without 元, as spoken Chinese says a sum (read only when no floor was found with
    /// a currency, and only a figure of three digits or with 百/千/万 that ends the phrase: 最少两次 and 至少3个月 have units).
    private let bareFloor: PCRERegex?

    /// Every cue below in one automaton (A–Z read as a–z): one pass over a sentence says which kinds it may hold.
    private let cueAutomaton: LiteralAutomaton
    private let cueKinds: [CueKinds]
    private let alwaysWritten: Bool
    /// Notice leads of several characters, looked for in the text as well: "通知后的" hides in "书面通知后的60天" behind the
    /// longer action word "书面通知", which wins the overlap.
    private let longLeadCues: [[UInt8]]

    init(index: LexiconIndex) {
        self.index = index
        var kinds: [[UInt8]: CueKinds] = [:]
        for (cues, kind) in [(Self.moneyCues, CueKinds.money), (Self.percentCues, .percent), (Self.durationCues, .duration),
                             ((index.lexicon.cues[.written] ?? []).map { Array($0.lowercased().utf8) }, .written),
                             (Self.blankCues, .blank), (Self.bareFloorCues, .bareFloor)] {
            for cue in cues { kinds[cue, default: []].insert(kind) }
        }
        cueAutomaton = LiteralAutomaton(literals: kinds.keys, foldingASCIICase: true)
        var byID = [CueKinds](repeating: [], count: cueAutomaton.lengths.count)
        for (cue, kind) in kinds { if let id = cueAutomaton.ids[cue] { byID[id] = kind } }
        cueKinds = byID
        // An empty cue is found in every sentence (as a byte search finds it); the automaton holds no empty word.
        alwaysWritten = (index.lexicon.cues[.written] ?? []).contains(where: \.isEmpty)
        longLeadCues = (index.lexicon.cues[.notice_lead] ?? []).map { Array($0.lowercased().utf8) }.filter { $0.count > 3 }
        duration = try? StartGatedRegex(DurationParser.pattern, caseInsensitive: true, starts: DurationParser.starts)
        money = try? StartGatedRegex(MoneyParser.pattern, caseInsensitive: true, starts: MoneyParser.starts)
        percent = try? StartGatedRegex(PercentParser.pattern, caseInsensitive: true, starts: PercentParser.starts)
        blankWithin = try? PCRERegex(Self.blankPeriod + "内")
        bareFloor = try? PCRERegex("(?:最低|最少|至少|不低于|不少于)\\s*([1-9][0-9]{2,}(?:,[0-9]{3})*|[0-9.]+\\s*[千万]|[一二两三四五六七八九十]{1,3}[百千万](?:[一二两三四五六七八九])?)(?=\\s*(?:[,.;:)、。]|$))")
        ordinal = try? PCRERegex("起第([0-9０-９一二三四五六七八九十百]{1,4})(日|天|个工作日)(?:起)?生效")
        blank = try? PCRERegex(Self.blankPeriod + "(?!内)|" + Self.blankPeriodBefore + "|提前(?:个)?(?:工作日|天|个月)(?!内)|" + Self.blankBeforeAnEnd + "|(?:[_×]{2,}|\\[\\s*\\*[\\s*]*\\])\\s*(?:\\(\\s*[_×]*\\s*\\)\\s*)?(?:business\\s+|calendar\\s+|working\\s+)?days?['’]?\\s+(?:prior\\b|before\\b|in\\s+advance|(?:written\\s+)?notice)", caseInsensitive: true)
    }

    /// 用款期结束前　天提出: a blank left as spaces, which normalising drops between Chinese characters; after an end
    /// (期满, 结束) "前天" is no "day before yesterday".
    /// 出版期限届满前日通知甲方: a day count dropped before 日 too, when the notice follows at once (not 前日 alone, "the day
    /// before").
    private static let blankBeforeAnEnd = "(?:期满|结束|届满|到期|终止|截止)前(?:个)?(?:工作日|天|个月|日(?=(?:以)?(?:书面)?(?:通知|告知)))(?!内)"

    /// 期满＿＿日前 / 开工＿＿天以前: a blank period written before 前. Not a blank date (＿＿月＿＿日前, 2024年＿＿月前:
    /// a deadline): the blank follows no 年, 月 or figure.
    private static let blankPeriodBefore = "(?<![年月0-9_＿×﹍])[_＿×﹍]{2,8}\\s*(?:个)?(?:工作日|日|天|周|星期|个月)\\s*(?:以前|之前|前)(?![内天])"

    /// 前＿＿天 / 前　个月: a blank period after 前 (of 提前, 期满前, 发货前; only whether it occurs is asked).
    private static let blankPeriod = "前\\s*[_＿×xX﹍ 　]{1,8}\\s*(?:个)?(?:工作日|日|天|周|星期|个月|月)"

    /// Bytes a value of each kind cannot be written without: a sentence lacking them skips that kind's regex.
    /// A figure followed by w or k (2w, 3k) is chat shorthand for a sum.
    /// The other currencies `MoneyParser` reads count too (₹12,000, "Rs. 1,60,000", "GBP 5,000", "SGD 800").
    private static let moneyCues = (["元", "块", "$", "¥", "￥", "€", "£", "₹", "rmb", "usd", "eur", "hkd", "dollar", "人民币",
                                     "gbp", "aud", "cad", "sgd", "nzd", "inr", "cny", "yuan", "rupee", "pound", " rs.", " rs "]
        + (0...9).flatMap { ["\($0)w", "\($0)k"] }).map { Array($0.utf8) }
    /// 成 of 三成 (30 %): the percentage parser reads it, so a sentence holding it must reach the parser.
    private static let percentCues = ["%", "‰", "百分之", "千分之", "万分之", "成", "percent", "per cent"].map { Array($0.utf8) }
    /// The words `bareFloor` starts with: a sentence without one skips it.
    private static let bareFloorCues = ["最低", "最少", "至少", "不低于", "不少于"].map { Array($0.utf8) }
    /// 前 of 提前 / 期满前, _ and [ of "___ days" / "[***] days": a blank notice period.
    private static let blankCues = ["前", "_", "["].map { Array($0.utf8) }
    private static let durationCues = ["日", "天", "月", "年", "周", "星期", "礼拜", "季度", "小时", "钟头", "day", "month", "year", "week", "quarter", "hour"].map { Array($0.utf8) }

    /// Which kinds of cue a sentence holds.
    private struct CueKinds: OptionSet {
        let rawValue: UInt8
        static let money = CueKinds(rawValue: 1), percent = CueKinds(rawValue: 2), duration = CueKinds(rawValue: 4)
        static let written = CueKinds(rawValue: 8), blank = CueKinds(rawValue: 16), bareFloor = CueKinds(rawValue: 32)
    }

    func read(_ r: SentenceReading, _ parsed: ParsedValues) -> FrameValues {
        var values = FrameValues()
        let text = String(decoding: r.bytes, as: UTF8.self)
        var found: CueKinds = []
        cueAutomaton.forEachHit(in: r.bytes) { id, _ in found.formUnion(cueKinds[id]) }
        let money = found.contains(.money) ? self.money : nil
        let percent = found.contains(.percent) ? self.percent : nil
        let duration = found.contains(.duration) ? self.duration : nil
        let look = r.chinese ? 36 : 40
        func cue(_ cue: ValueCue, before start: Int, within: Int) -> Bool {
            r.hits.contains { $0.categories.contains(.cue(cue)) && $0.end <= start && start - $0.end <= within }
        }
        // "$500 for each day the report is late", 100元/每天: the rate's unit right after the sum.
        func cue(_ cue: ValueCue, after end: Int, within: Int) -> Bool {
            r.hits.contains { $0.categories.contains(.cue(cue)) && $0.start >= end && $0.start - end <= within }
        }
        for m in matches(money, r.bytes) {
            guard let amount = parsed.value(.money, text.utf8Slice(m))?.as(MoneyValue.self) else { continue }
            if cue(.floor, before: m.lowerBound, within: look) { values.floor = values.floor ?? amount }
            else if cue(.cap, before: m.lowerBound, within: look) || followedByCap(r, m.upperBound) { values.cap = values.cap ?? amount }
            else { values.amount = values.amount ?? amount }
            if cue(.per_day, before: m.lowerBound, within: look) || cue(.per_day, after: m.upperBound, within: Self.unitReach) { values.perDay = true }
        }
        if r.chinese, values.floor == nil, found.contains(.bareFloor), let bareFloor, let m = try? bareFloor.firstMatch(in: text), let number = m.groups[1] {
            values.floor = parsed.value(.money, text.utf8Slice(number) + "元")?.as(MoneyValue.self)
        }
        // 违约金不足8,000元的按8,000元计算: the sum named again is the floor, not a second amount.
        if let floor = values.floor, values.amount == floor { values.amount = nil }
        for m in matches(percent, r.bytes) {
            guard let p = parsed.value(.percent, text.utf8Slice(m))?.as(PercentValue.self)?.percent else { continue }
            if values.percent == nil { values.percent = p }
            if cue(.per_day, before: m.lowerBound, within: look * 2) { values.perDay = true }
        }
        if values.percent == nil, r.chinese { values.percent = Self.multiple(r.bytes) }
        var periods: [(range: Range<Int>, value: DurationValue, notice: Bool)] = []
        for m in matches(duration, r.bytes) {
            guard let period = parsed.value(.duration, text.utf8Slice(m))?.as(DurationValue.self) else { continue }
            periods.append((m, period, isNotice(r, m)))
        }
        // 期满前两个月双方协商续签，如不续签应在期满前一个月通知对方: of two periods read as notice in one clause, the one
        // the notice itself follows is the notice period. Not across a semicolon: "甲方提前7天；乙方得提前20天告诉甲方" are
        // two parties' periods, and the first stays the sentence's.
        let notices = periods.indices.filter { periods[$0].notice }
        let firstStart = notices.first.map { periods[$0].range.lowerBound } ?? 0
        // A period followed by a word of telling (通知) beats one followed by a word of consulting (协商续签事宜).
        func followedByNotice(_ i: Int, telling: Bool) -> Bool {
            let end = periods[i].range.upperBound
            let reach = end..<min(r.bytes.count, end + Self.noticeVerbReach)
            return !r.bytes[firstStart..<end].contains(Self.semicolon)
                && r.hits.contains { hit in
                    reach.contains(hit.start) && hit.categories.contains(.action(.notify))
                        && !(telling && Self.consulting.contains { r.equals(hit.start..<hit.end, $0) })
                }
        }
        let talk = onlyMutualTalk(r)
        let chosen = talk ? nil
            : notices.first { followedByNotice($0, telling: true) } ?? notices.first { followedByNotice($0, telling: false) } ?? notices.first
        for (i, period) in periods.enumerated() {
            if i == chosen { values.notice = period.value }
            // 赔偿总额不超过已收取的三个月服务费: a period under a cap measures the most owed, no sum owed.
            else if values.period == nil, !cue(.cap, before: period.range.lowerBound, within: look) { values.period = period.value }
        }
        if values.notice == nil, r.chinese, !talk { values.notice = ordinalDayAfterNotice(r, text, parsed) }
        if values.notice == nil, !talk, r.hits.contains(where: { $0.categories.contains(.action(.notify)) }) {
            values.notice = window.notice(in: text, chinese: r.chinese, parsed)
        }
        // An amendment: "is extended from one (1) month to five (5) months", 通知期由十五日修改为四个月: the period the
        // notice is changed to is the notice.
        if let notice = values.notice, let k = periods.firstIndex(where: { $0.value == notice }), k + 1 < periods.count,
           amends(r, from: periods[k].range, to: periods[k + 1].range) {
            values.notice = periods[k + 1].value
            if values.period == periods[k + 1].value { values.period = notice }
        }
        if values.notice == nil, !talk, found.contains(.blank), let blank, (try? blank.firstMatch(in: text)) != nil { values.noticeUnstated = true }
        if values.notice == nil, !values.noticeUnstated, !talk, r.chinese, found.contains(.blank), blankWindowBeforeTelling(r, text) {
            values.noticeUnstated = true
        }
        values.base = r.hits.lazy.compactMap { hit in hit.categories.lazy.compactMap { if case .base(let b) = $0 { return b } else { return nil } }.first }.first
        // "书面" sits inside "书面通知" and "written" inside "written notice", longer words that win the overlap: look
        // for the cue in the text itself.
        values.written = alwaysWritten || found.contains(.written)
        return values
    }

    /// 按实际损失的两倍赔偿 / 货款的3倍 / 的1.5倍 / 的二十倍: a multiple of a sum, as a percentage of it (两倍 = 200).
    static func multiple(_ bytes: [UInt8]) -> Double? {
        // Most sentences hold no 倍: memmem answers that before the generic collection search (see ByteSearch).
        guard bytes.contains(Self.times) else { return nil }
        var i = bytes.startIndex
        while let times = bytes[i...].firstRange(of: Self.times) {
            // The numeral right before 倍, read whole by the numeral parser (二十倍 as 20, 1.5倍 as 1.5), and only when
            // 的 names the sum it multiplies ("加收一倍" has no base).
            let before = String(decoding: bytes[max(0, times.lowerBound - Self.longestNumeral)..<times.lowerBound], as: UTF8.self)
            let numeral = String(String.UnicodeScalarView(before.unicodeScalars.reversed().prefix { NumberParser.isNumeral($0) }.reversed()))
            if let figure = NumberParser.parse(numeral), figure > 0,
               before.unicodeScalars.dropLast(numeral.unicodeScalars.count).last == "的" {
                return figure * 100
            }
            i = times.upperBound
        }
        return nil
    }

    /// Whether the second period replaces the first: a short gap ending in "to" / 为 / 至 after a word of change (from,
    /// extended, increased, 由, 修改, 变更, 延长…) before or between them.
    private func amends(_ r: SentenceReading, from first: Range<Int>, to second: Range<Int>) -> Bool {
        guard second.lowerBound >= first.upperBound, second.lowerBound - first.upperBound <= Self.amendmentGap else { return false }
        let gap = r.text(first.upperBound..<second.lowerBound).lowercased().trimmingCharacters(in: .whitespaces)
        guard Self.amendedTo.contains(where: { gap.hasSuffix($0) }) else { return false }
        let before = r.text(max(0, first.lowerBound - Self.amendmentGap)..<first.lowerBound).lowercased()
        return Self.changeWords.contains { gap.contains($0) || before.contains($0) }
    }

    private static let amendmentGap = 64
    private static let amendedTo = [" to", "to", "为", "至"]
    private static let changeWords = ["from", "extended", "increased", "changed", "amended", "reduced", "shortened", "由", "从", "修改", "变更",
                                      "调整", "延长", "改为", "增加", "缩短"]

    /// 一个月书面通知 / 30 days' written notice: the notice verb within a few words after the period.
    private static let noticeVerbReach = 18
    /// How far after a sum its per-day unit may stand: " for each day" / "/每天".
    private static let unitReach = 6
    /// Notify words that consult rather than tell (lexicon `actions.notify`).
    private static let consulting = ["协商", "谈判"].map { Array($0.utf8) }
    /// Notify words that tell the other side (lexicon `actions.notify`), as against 提出 (a report, an objection).
    private static let telling = ["通知", "书面通知", "告知", "函告"].map { Array($0.utf8) }
    private static let semicolon = UInt8(ascii: ";")
    private static let bothSides = Array("双方".utf8)

    /// 期满前30个工作日，双方应就续签事宜进行协商: both sides talking it over ahead is no notice one gives the other (提前十天
    /// 与甲方协商, one side asking the other, is).
    private func onlyMutualTalk(_ r: SentenceReading) -> Bool {
        guard r.chinese, r.bytes.contains(Self.bothSides) else { return false }
        var consults = false
        for hit in r.hits where hit.categories.contains(.action(.notify)) {
            guard Self.consulting.contains(where: { r.equals(hit.start..<hit.end, $0) }) else { return false }
            consults = true
        }
        return consults
    }

    /// Eight characters of three bytes: 一千二百五十 and 12.5 both fit.
    private static let longestNumeral = 24
    private static let times = Array("倍".utf8)

    /// 提前30日 / 至少提前一个月 / 30 days' prior written notice / at least 60 days before the end of the term.
    private func isNotice(_ r: SentenceReading, _ m: Range<Int>) -> Bool {
        let reach = r.chinese ? 9 : 12
        let leads = r.hits.filter { hit in
            hit.categories.contains(.cue(.notice_lead)) && hit.end <= m.lowerBound && m.lowerBound - hit.end <= reach
                && !(r.chinese && Self.lookBack.contains { r.ends(0..<hit.start, with: $0) })
                // 每月前五个工作日内提供报告: the first days of each month, a deadline, not notice given ahead.
                && !(r.chinese && Self.firstDaysOf.contains { r.ends(0..<hit.start, with: $0) })
                // 服务期开始后的前两个月为磨合期 / 前两个月为磨合期: the first months of a term, not notice given ahead.
                && !(r.chinese && r.equals(hit.start..<hit.end, Self.bareAhead)
                     && (Self.afterAStart.contains { r.ends(0..<hit.start, with: $0) } || r.segmentStart(hit.start) == hit.start))
        }
        let leadBefore = !leads.isEmpty
            || r.chinese && longLeadCues.contains { cue in
                r.bytes[max(0, m.lowerBound - reach - cue.count)..<m.lowerBound].contains(cue)
            }
        if r.chinese {
            // 收到催告通知后3日内: a deadline counted from a notice, not a notice period.
            if leadBefore, r.starts(m.upperBound..<min(r.bytes.count, m.upperBound + 3), with: Self.within),
               !leads.contains(where: { !r.ends($0.start..<$0.end, with: Self.after) && !r.ends($0.start..<$0.end, with: Self.afterOf) }) {
                return false
            }
            // 三个月前 / 60天的通知期 / 十五天的书面通知期. Not 之前: "届满一年之前…提出报告" is a deadline, not a notice.
            let after = m.upperBound..<min(r.bytes.count, m.upperBound + 24)
            // 解除自通知发出之日起第15日生效: the end takes effect a period after the notice.
            let effective = Self.takesEffect.contains { r.starts(after, with: $0) } && r.has(.action(.notify), in: 0..<m.lowerBound)
            // 应在十五天之前通知对方: 之前, then the notice itself (届满一年之前…提出报告 is a deadline).
            let beforeTheNotice = tellsAfterBefore(r, m.upperBound)
            // 索赔事件发生前一个月实际支付之服务费 / 损失发生前三个月内已付的费用: a look-back measuring a sum (a liability cap's
            // base), not notice given ahead, when a word of paying follows the period before any word of telling.
            let paidOver = m.upperBound..<min(r.bytes.count, m.upperBound + Self.paidOverReach)
            if Self.paidOverThePeriod.contains(where: { r.holds($0, in: paidOver) }), !r.has(.action(.notify), in: paidOver) { return false }
            // 续展期的年度订阅费应于续展期开始前十日支付: a payment due a period ahead of a date, a deadline, not notice.
            let due = r.starts(m.upperBound..<r.bytes.count, with: Self.within) ? m.upperBound + Self.within.count : m.upperBound
            if Self.payingVerbs.contains(where: { r.starts(due..<r.bytes.count, with: $0) }), !r.has(.action(.notify), in: paidOver) { return false }
            return leadBefore || effective || beforeTheNotice || (m.upperBound < r.bytes.count && Self.chineseLeadsAfter.contains { r.starts(after, with: $0) })
        }
        // "within sixty (60) days after such notice", "uncured for thirty (30) days following notice", "one-year terms
        // unless … notice": a deadline, a time counted from a notice or a term, not notice given ahead.
        if r.isNotNoticePeriod(m) { return false }
        let after = m.upperBound..<min(r.bytes.count, m.upperBound + 40)
        return leadBefore || r.holds(Self.notice, in: after) || r.startsCaseless(after, with: Self.apostrophe) && r.holds(Self.prior, in: after)
            || r.holds(Self.spacePrior, in: after) || r.holds(Self.before, in: after) || r.holds(Self.inAdvance, in: after)
            // "tell us at least 120 days ahead"
            || r.starts(after, with: Self.ahead)
            // "upon a notice period of sixty (60) days", "upon notice of ninety (90) days"
            || Self.noticeOf.contains { r.ends(max(0, m.lowerBound - $0.count)..<m.lowerBound, with: $0) }
    }

    /// 终止自通知发出之日起第15日生效: the end takes effect on the 15th day after the notice (a duration is never an
    /// ordinal, 第15日, so the duration pattern leaves it alone).
    private func ordinalDayAfterNotice(_ r: SentenceReading, _ text: String, _ parsed: ParsedValues) -> DurationValue? {
        guard r.holds(Self.ordinalCue, in: 0..<r.bytes.count), r.holds(Self.takesEffect[0], in: 0..<r.bytes.count),
              let ordinal, let match = try? ordinal.firstMatch(in: text), let day = match.groups[1], let unit = match.groups[2],
              r.has(.action(.notify), in: 0..<match.range.lowerBound) else { return nil }
        return parsed.value(.duration, text.utf8Slice(day) + text.utf8Slice(unit))?.as(DurationValue.self)
    }

    private static let ordinalCue = Array("起第".utf8)
    // 终止合作当日往前推算半年的销售额: a period counted backwards from a day (a look-back for a sum), not a notice.
    private static let lookBack = ["往", "向"].map { Array($0.utf8) }
    private static let firstDaysOf = ["每月", "每个月", "每季度", "每季", "每年", "每周", "次月", "当月", "每期"].map { Array($0.utf8) }
    private static let bareAhead = Array("前".utf8)
    private static let afterAStart = ["后的", "起的", "最初", "最初的"].map { Array($0.utf8) }
    /// 在会议召开三周之前，将召开董事会的通知和议案以书面发送各位董事: 之前, then the notice itself (a word of telling:
    /// 通知, 告知, 函告) in the next words. Not 届满一年之前…提出报告 (a deadline for a report).
    private func tellsAfterBefore(_ r: SentenceReading, _ periodEnd: Int) -> Bool {
        guard r.starts(periodEnd..<min(r.bytes.count, periodEnd + 6), with: Self.zhiqian) else { return false }
        let reach = (periodEnd + Self.zhiqian.count)..<min(r.bytes.count, periodEnd + Self.zhiqian.count + Self.tellingReach)
        // In the sub-clause right after 之前 (交货十日之前，付清货款，并通知甲方提货 pays by a deadline, then tells).
        return r.hits.contains { hit in
            guard reach.contains(hit.start), hit.categories.contains(.action(.notify)),
                  Self.tellingWords.contains(where: { r.holds($0, in: hit.start..<hit.end) }) else { return false }
            let gap = r.bytes[reach.lowerBound..<hit.start]
            return !(gap.first == UInt8(ascii: ",") ? gap.dropFirst() : gap).contains(UInt8(ascii: ","))
        }
    }

    private static let zhiqian = Array("之前".utf8), tellingReach = 36
    private static let tellingWords = ["通知", "告知", "函告"].map { Array($0.utf8) }
    private static let within = Array("内".utf8), after = Array("后".utf8), afterOf = Array("后的".utf8)
    private static let paidOverThePeriod = ["支付的", "支付之", "收取的", "收取之", "已付的", "已付之", "缴纳的", "付清的"].map { Array($0.utf8) }
    /// Verbs of paying that, right after a period ahead of a date, make it the day a sum is due.
    private static let payingVerbs = ["支付", "付清", "缴纳", "缴清", "缴付", "付款", "结清", "预付", "交纳"].map { Array($0.utf8) }
    /// Seven characters after the period: 内实际支付之 / 内已付的.
    private static let paidOverReach = 21
    /// (新费率应于书面通知存货人满六十日后方可执行: a change applied only a period after its notice.)
    private static let takesEffect = ["生效", "后生效", "起生效", "后正式生效", "后方可生效", "后方可执行", "后方可实施", "后方能生效",
                                      "后方能执行", "后执行", "后实施"].map { Array($0.utf8) }
    // 三十天以前 / 给予甲方不少于两个月的书面通知 (the period of a notice given, not a deadline after one).
    private static let chineseLeadsAfter = ["前", "以前", "的通知", "的书面通知", "的通知期", "通知期", "的预告期", "预告期", "的过渡期", "过渡期", "的书面通知期", "书面通知期", "的书面预告期", "的提前通知期", "的事先书面通知", "的提前书面通知",
                                             // 不少于十五日的事先通知 / 四十八小时之事先通知 (之 as 的, in Hong Kong and older drafting).
                                             "的事先通知", "的提前通知", "的预先通知", "的预先书面通知", "之通知", "之书面通知", "之事先通知",
                                             "之事先书面通知", "之提前通知", "之提前书面通知", "之通知期", "之预告期"].map { Array($0.utf8) }
    private static let notice = Array("notice".utf8), apostrophe = Array("'".utf8)
    private static let prior = Array("prior".utf8), spacePrior = Array(" prior".utf8), before = Array("before".utf8)
    private static let inAdvance = Array("in advance".utf8)
    /// "notice of ninety (90) days", "written notice of termination of not less than ninety (90) days".
    private static let noticeOf = ["notice period of ", "notice of ", "notice of termination of ", "notice of non-renewal of "].flatMap { lead in
        ["", "not less than ", "no less than ", "at least "].map { Array((lead + $0).utf8) }
    }
    private static let ahead = Array(" ahead".utf8)

    /// A blank window before an event (发货前＿＿天内) with a word of telling after it.
    private func blankWindowBeforeTelling(_ r: SentenceReading, _ text: String) -> Bool {
        guard let blankWithin, let window = (try? blankWithin.firstMatch(in: text)) ?? nil else { return false }
        return r.hits.contains { hit in
            hit.start >= window.range.upperBound && hit.categories.contains(.action(.notify))
                && Self.telling.contains { r.starts(hit.start..<hit.end, with: $0) }
        }
    }

    private func followedByCap(_ r: SentenceReading, _ end: Int) -> Bool {
        r.chinese && r.hits.contains { $0.categories.contains(.cue(.cap)) && $0.start >= end && $0.start - end <= 3 }
    }

    private func matches(_ regex: StartGatedRegex?, _ bytes: [UInt8]) -> [Range<Int>] {
        (try? regex?.ranges(in: bytes)) ?? []
    }
}
