import ClauseGuardModel
import ClauseGuardText

/// The one-line summary of a key term in both languages, naming the party as the contract does.
enum KeyTermSummary {
    static func text(_ term: KeyTerm) -> LocalizedText {
        // "the provider pays damages" when the sentence names no party: a summary starts with a capital.
        let en = english(term)
        return LocalizedText(zh: chinese(term), en: en.prefix(1).uppercased() + en.dropFirst())
    }

    static func party(_ actor: FrameActor?, chinese: Bool) -> String {
        guard let actor else { return "" }
        let side: String
        switch actor.role {
        case .client: side = chinese ? "委托方" : "the client"
        case .provider: side = chinese ? "服务方" : "the provider"
        default: return actor.text
        }
        guard !actor.text.isEmpty else { return side }
        // A role word names its side already ("Provider", 服务方): no "(the provider)" after it.
        let plain = chinese ? side : String(side.dropFirst(4))
        if actor.text == side || actor.text.lowercased().has(plain) { return actor.text }
        return chinese ? "\(actor.text)(\(side))" : "\(actor.text) (\(side))"
    }

    private static func days(_ d: DurationValue?, chinese: Bool) -> String? {
        guard let d else { return nil }
        let n = d.value == d.value.rounded() ? String(Int(d.value)) : String(d.value)
        if chinese {
            let unit = unitZH[d.unit.rawValue] ?? "天"
            return n + unit
        }
        let unit = unitEN[d.unit.rawValue] ?? "day"
        return "\(n) \(unit)\(d.value == 1 ? "" : "s")"
    }

    // Built once: a dictionary literal in the functions was built for every key term.
    private static let unitZH = ["hour": "小时", "day": "天", "businessDay": "个工作日", "week": "周", "month": "个月", "quarter": "个季度", "year": "年"]
    private static let unitEN = ["hour": "hour", "day": "day", "businessDay": "business day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"]
    private static let purposeZH = ["termination": "解除合同", "non_renewal": "不续约", "renewal": "续约", "price_change": "调整价格", "other": "通知"]
    private static let purposeEN = ["termination": "termination", "non_renewal": "non-renewal", "renewal": "renewal", "price_change": "a price change", "other": "other matters"]

    private static func money(_ m: MoneyValue) -> String {
        let n = m.amount == m.amount.rounded() ? String(Int(m.amount)) : String(m.amount)
        return m.currency == "CNY" ? "\(n)元" : "\(m.currency) \(n)"
    }

    /// 千分之三 is 0.3 %, which binary floating point holds as 0.30000000000000004: shown to six decimals at most.
    private static func percent(_ p: Double) -> String {
        let shown = (p * 1_000_000).rounded() / 1_000_000
        return (shown == shown.rounded() ? String(Int(shown)) : String(shown)) + "%"
    }

    private static let baseZH: [PenaltyBase: String] = [.remaining_fee: "剩余服务费", .total_fee: "合同总额", .monthly_fee: "月服务费", .overdue_amount: "逾期金额"]
    private static let baseEN: [PenaltyBase: String] = [.remaining_fee: "the remaining fees", .total_fee: "the contract value", .monthly_fee: "the monthly fee", .overdue_amount: "the overdue amount"]

    private static func chinese(_ t: KeyTerm) -> String {
        let who = party(t.party, chinese: true)
        let v = t.values
        switch t.family {
        case .termination:
            // Stated as an event (本合同期满终止, 本合同自动解除): the contract ends; no party holds a right.
            if t.modality == nil, t.party == nil {
                return "合同终止" + (t.trigger == .expiry ? "(期满)" : t.trigger == .by_agreement ? "(经协商一致)"
                    : t.cause.map { "(「\(clip(KeyTermWording.cause($0)))」时)" } ?? "")
            }
            let verb = t.modality == .prohibition ? "不得" : t.modality == .duty ? "应" : "可"
            var when = ""
            switch t.trigger {
            case .at_will: when = "随时(无需理由)"
            case .for_cause: when = t.cause.map { "在「\(clip(KeyTermWording.cause($0)))」时" } ?? "因对方违约"
            case .missed_target: when = "在未达目标时"
            case .by_agreement: when = "经协商一致"
            case .expiry: when = "在期满时"
            case nil: when = ""
            }
            var s = "\(who.isEmpty ? "" : who)\(verb)\(when)解除合同"
            if let n = days(v.notice, chinese: true) { s += ",须提前\(n)\(v.written ? "书面" : "")通知" }
            return s
        case .penalty:
            if t.forfeiture { return "已付费用不予退还" + (who.isEmpty ? "" : "(\(who))") }
            var parts: [String] = []
            if let p = v.percent { parts.append("\(v.base.flatMap { baseZH[$0] }.map { "\($0)的" } ?? "")\(percent(p))\(v.perDay ? "/日" : "")") }
            if let a = v.amount { parts.append(money(a) + (v.perDay ? "/日" : "")) }
            if let f = v.floor { parts.append("最低\(money(f))") }
            if let c = v.cap { parts.append("上限\(money(c))") }
            let payer = who.isEmpty ? "" : "\(who)"
            return "\(payer)\(payer.isEmpty ? "" : "须")支付违约金/赔偿" + (parts.isEmpty ? "" : ":" + parts.joined(separator: ","))
        case .notice:
            let purpose = purposeZH[t.purpose?.rawValue ?? "other"]!
            return "\(purpose)须提前\(days(v.notice, chinese: true) ?? "__天")\(v.written ? "书面" : "")通知" + (who.isEmpty ? "" : "(\(who))")
        case .auto_renewal:
            let term = days(v.period, chinese: true).map { ",每次续期\($0)" } ?? ""
            // A renewal that is not automatic and still a term is one a party may choose (可续约 / an option to renew).
            if t.automatic == true { return "期满自动续约" + term }
            return (who.isEmpty ? "可续约(非自动)" : "\(who)可选择续约(非自动)") + term
        }
    }

    /// The cause without its own opening "if" ("If, after the expiry" → "after the expiry").
    private static func withoutIf(_ cause: String) -> String {
        guard cause.lowercased().hasPrefix("if"), let next = cause.dropFirst(2).first, next == " " || next == "," else { return cause }
        return String(cause.dropFirst(2).drop { $0 == " " || $0 == "," })
    }

    private static func english(_ t: KeyTerm) -> String {
        let who = party(t.party, chinese: false)
        let v = t.values
        switch t.family {
        case .termination:
            if t.modality == nil, t.party == nil {
                return "The contract ends" + (t.trigger == .expiry ? " at expiry" : t.trigger == .by_agreement ? " by mutual agreement"
                    : t.cause.map { " (\(clip(KeyTermWording.cause($0))))" } ?? "")
            }
            let verb = t.modality == .prohibition ? "may not terminate" : t.modality == .duty ? "must terminate" : "may terminate"
            var when = ""
            switch t.trigger {
            case .at_will: when = " without cause"
            // A cause quoted from a sentence's opening ("If the Monthly Uptime…", "If, after the expiry…") reads mid-sentence
            // as "if the Monthly…", "if after the expiry…".
            case .for_cause: when = t.cause.map(KeyTermWording.cause).map { " if \(clip(withoutIf($0)))" } ?? " for cause"
            case .missed_target: when = " when targets are missed"
            case .by_agreement: when = " by mutual agreement"
            case .expiry: when = " at expiry"
            case nil: when = ""
            }
            var s = "\(who.isEmpty ? "A party" : who) \(verb)\(when)"
            if let n = days(v.notice, chinese: false) { s += " on \(n.hasSuffix("s") ? n + "'" : n + "'s") \(v.written ? "written " : "")notice" }
            return s
        case .penalty:
            if t.forfeiture { return "Fees paid are not refunded" }
            var parts: [String] = []
            if let p = v.percent { parts.append("\(percent(p))\(v.perDay ? " per day" : "")\(v.base.flatMap { baseEN[$0] }.map { " of \($0)" } ?? "")") }
            if let a = v.amount { parts.append(money(a) + (v.perDay ? " per day" : "")) }
            if let f = v.floor { parts.append("at least \(money(f))") }
            if let c = v.cap { parts.append("capped at \(money(c))") }
            return "\(who.isEmpty ? "A party" : who) pays damages" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
        case .notice:
            let purpose = purposeEN[t.purpose?.rawValue ?? "other"]!
            let period = days(v.notice, chinese: false) ?? "__ days"
            // "30 days' notice" but "1 month's notice".
            let possessive = period.hasSuffix("s") ? period + "'" : period + "'s"
            return "\(possessive) \(v.written ? "written " : "")notice for \(purpose)"
        case .auto_renewal:
            let term = days(v.period, chinese: false).map { " for \($0)" } ?? ""
            if t.automatic == true { return "Renews automatically\(term)" }
            return (who.isEmpty ? "Renewal is not automatic" : "Renewal at the option of \(who)") + term
        }
    }

    private static func clip(_ s: String) -> String {
        // No more bytes than that is no more characters: most causes are not counted character by character.
        s.utf8.count > 30 && s.count > 30 ? String(s.prefix(30)) + "…" : s
    }
}
