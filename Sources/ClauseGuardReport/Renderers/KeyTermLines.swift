import ClauseGuardText
import ClauseGuardUnderstanding

/// The contract abstract every human-readable format shows before the risks: who is who and each key term in the
/// report's language, grouped by family (term and renewal, termination, penalties, notice).
struct KeyTermLines {
    struct Group {
        var title: String
        var terms: [Line]
    }

    /// One key term as shown: its summary, its clause as a lawyer cites it, and, for the lead-in of a list of causes
    /// (`11.1 有下列情形之一的，乙方有权解除合同：`), the list's items under it, each cited within the lead-in's clause.
    struct Line {
        var summary: String
        var clause: String
        var items: [Line] = []
    }

    let language: Language

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var header: String { t("关键条款", "Key terms") }
    var partiesTitle: String { t("当事人", "Parties") }
    var none: String { t("未找到终止、违约金、通知期或续约条款。", "No termination, penalty, notice or renewal clause found.") }

    /// "甲方 = 委托方 杭州某某服饰有限公司 · 乙方 = 服务方 …", with how the roles were decided when not from the contract.
    func parties(_ map: PartyMap?) -> String? {
        guard let map, !map.parties.isEmpty else { return nil }
        let list = map.parties.map { party -> String in
            let role = party.role.map(roleName) ?? t("未定", "unknown")
            return "\(party.label) = \(role)" + (party.name.map { " (\($0))" } ?? "")
        }.joined(separator: " · ")
        let source: String
        switch map.source {
        case .contract: source = ""
        case .default: source = t(" [未写明,按默认]", " [not stated; default]")
        case .option: source = t(" [按 --client]", " [from --client]")
        case .conflict: source = t(" [合同用语矛盾,按多数]", " [contract's words disagree; majority]")
        }
        return list + source
    }

    func roleName(_ role: FrameRole) -> String {
        switch role {
        case .client: t("委托方", "client")
        case .provider: t("服务方", "provider")
        case .both: t("双方", "both")
        case .either: t("任何一方", "either")
        }
    }

    func groups(_ terms: [KeyTerm]) -> [Group] {
        let order: [(KeyTerm.Family, String)] = [
            (.auto_renewal, t("期限与续约", "Term and renewal")), (.termination, t("解除权", "Termination rights")),
            (.penalty, t("违约金与赔偿", "Penalties and damages")), (.notice, t("通知期", "Notice periods")),
        ]
        return order.compactMap { family, title in
            let items = terms.filter { $0.family == family }
            guard !items.isEmpty else { return nil }
            return Group(title: title, terms: lines(items))
        }
    }

    private func cite(_ term: KeyTerm) -> String { LawyerCitation.cite(term.location.clausePath, language: language) }

    /// The terms of one family in order, a list's items under their lead-in: a list of five causes reads as one right
    /// with five causes, not six rights.
    private func lines(_ terms: [KeyTerm]) -> [Line] {
        var out: [Line] = []
        var taken = Set<Int>()
        for (i, term) in terms.enumerated() where !taken.contains(i) {
            let items = terms.indices.filter { j in j > i && !taken.contains(j) && isItem(terms[j], of: term) }
            guard isListLeadIn(term), !items.isEmpty else {
                out.append(Line(summary: term.summary[language], clause: cite(term)))
                continue
            }
            taken.formUnion(items)
            let clause = cite(term)
            out.append(Line(summary: KeyTermWording.listLeadIn(term)[language], clause: clause, items: items.map { j in
                let item = terms[j]
                let own = cite(item)
                let shortClause = own.hasPrefix(clause) && own.count > clause.count
                    ? String(own.dropFirst(clause.count).drop { $0 == " " || $0 == "›" }) : own
                return Line(summary: itemSummary(item, of: term), clause: shortClause)
            }))
        }
        return out
    }

    /// `11.1 有下列情形之一的，乙方有权解除合同：`, `… may terminate if any of the following occurs:`.
    private func isListLeadIn(_ term: KeyTerm) -> Bool {
        guard term.family == .termination, term.trigger == .for_cause else { return false }
        let excerpt = term.location.excerpt.trimmingTrailingSpaces()
        let cause = term.cause ?? ""
        return excerpt.hasSuffix(":") || excerpt.hasSuffix("：") || cause.contains("下列") || cause.lowercased().contains("following")
    }

    /// A term in a clause under the lead-in's, for the same party.
    private func isItem(_ item: KeyTerm, of leadIn: KeyTerm) -> Bool {
        let path = leadIn.location.clausePath, own = item.location.clausePath
        return own.count > path.count && Array(own.prefix(path.count)) == path && item.party?.role == leadIn.party?.role
    }

    /// An item that is one more cause of the same right reads as the cause alone; anything else (a right at will
    /// in the same list) keeps its whole summary.
    private func itemSummary(_ item: KeyTerm, of leadIn: KeyTerm) -> String {
        if item.trigger == .for_cause, item.modality == leadIn.modality, let cause = item.cause {
            let shown = KeyTermWording.cause(cause)
            if !shown.isEmpty { return shown.count > 60 ? String(shown.prefix(60)) + "…" : shown }
        }
        return item.summary[language]
    }
}
