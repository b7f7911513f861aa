import ClauseGuardText

/// The money, percentages and periods of a sentence, each given its meaning by the words around it: a floor
/// (最低5000元), a cap, a per-day rate, the advance notice (提前30日, 30 days' prior notice) or another period.
struct ValueReader: Sendable {
    let index: LexiconIndex
    private let duration: PCRERegex?
    private let money: PCRERegex?
    private let percent: PCRERegex?
    /// 提前＿＿天 / 提前××日 / "___ days' prior notice": a notice period left blank in a template.
    private let blank: PCRERegex?

    init(index: LexiconIndex) {
        self.index = index
        duration = try? PCRERegex("(?:" + Placeholders.pattern(for: .duration) + ")", caseInsensitive: true)
        money = try? PCRERegex("(?:" + Placeholders.pattern(for: .money) + ")", caseInsensitive: true)
        percent = try? PCRERegex("(?:" + Placeholders.pattern(for: .percent) + ")", caseInsensitive: true)
        blank = try? PCRERegex("提前\\s*[_＿×xX﹍ ]{1,8}\\s*(?:个)?(?:工作日|日|天|周|星期|个月|月)|[_×]{2,}\\s*(?:\\(\\s*[_×]*\\s*\\)\\s*)?(?:business\\s+)?days?['’]?\\s+(?:prior\\s+)?(?:written\\s+)?notice", caseInsensitive: true)
    }

    func read(_ r: SentenceReading) -> FrameValues {
        var values = FrameValues()
        let text = String(decoding: r.bytes, as: UTF8.self)
        let look = r.chinese ? 36 : 40
        func cue(_ cue: ValueCue, before start: Int, within: Int) -> Bool {
            r.hits.contains { $0.categories.contains(.cue(cue)) && $0.end <= start && start - $0.end <= within }
        }
        for m in matches(money, text) {
            guard let amount = Placeholders.parse(.money, text.utf8Slice(m))?.as(MoneyValue.self) else { continue }
            if cue(.floor, before: m.lowerBound, within: look) { values.floor = values.floor ?? amount }
            else if cue(.cap, before: m.lowerBound, within: look) || followedByCap(r, m.upperBound) { values.cap = values.cap ?? amount }
            else { values.amount = values.amount ?? amount }
            if cue(.per_day, before: m.lowerBound, within: look) { values.perDay = true }
        }
        for m in matches(percent, text) {
            guard let p = Placeholders.parse(.percent, text.utf8Slice(m))?.as(PercentValue.self)?.percent else { continue }
            if values.percent == nil { values.percent = p }
            if cue(.per_day, before: m.lowerBound, within: look * 2) { values.perDay = true }
        }
        for m in matches(duration, text) {
            guard let period = Placeholders.parse(.duration, text.utf8Slice(m))?.as(DurationValue.self) else { continue }
            if values.notice == nil, isNotice(r, m) { values.notice = period } else if values.period == nil { values.period = period }
        }
        if values.notice == nil, let blank, (try? blank.firstMatch(in: text)) != nil { values.noticeUnstated = true }
        values.base = r.hits.lazy.compactMap { hit in hit.categories.lazy.compactMap { if case .base(let b) = $0 { return b } else { return nil } }.first }.first
        // "书面" sits inside "书面通知" and "written" inside "written notice", longer words that win the overlap: look
        // for the cue in the text itself.
        let lower = text.lowercased()
        values.written = (index.lexicon.cues[.written] ?? []).contains { lower.contains($0.lowercased()) }
        return values
    }

    /// 提前30日 / 至少提前一个月 / 30 days' prior written notice / at least 60 days before the end of the term.
    private func isNotice(_ r: SentenceReading, _ m: Range<Int>) -> Bool {
        let leadBefore = r.hits.contains { $0.categories.contains(.cue(.notice_lead)) && $0.end <= m.lowerBound && m.lowerBound - $0.end <= (r.chinese ? 9 : 12) }
        if r.chinese { return leadBefore || (m.upperBound < r.bytes.count && r.text(m.upperBound..<min(r.bytes.count, m.upperBound + 12)).hasPrefix("前")) }
        let after = r.text(m.upperBound..<min(r.bytes.count, m.upperBound + 40)).lowercased()
        return leadBefore || after.contains("notice") || after.hasPrefix("'") && after.contains("prior") || after.contains(" prior") || after.contains("before") || after.contains("in advance")
    }

    private func followedByCap(_ r: SentenceReading, _ end: Int) -> Bool {
        r.chinese && r.hits.contains { $0.categories.contains(.cue(.cap)) && $0.start >= end && $0.start - end <= 3 }
    }

    private func matches(_ regex: PCRERegex?, _ text: String) -> [Range<Int>] {
        guard let regex, let all = try? regex.allMatches(in: text) else { return [] }
        return all.map(\.range)
    }
}
