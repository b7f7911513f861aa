import ClauseGuardText
import ClauseGuardUnderstanding

/// The contract abstract every human-readable format shows before the risks: who is who and each key term in the
/// report's language, grouped by family (term and renewal, termination, penalties, notice).
struct KeyTermLines {
    struct Group {
        var title: String
        var terms: [(summary: String, clause: String)]
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
            return Group(title: title, terms: items.map { ($0.summary[language], $0.location.clause) })
        }
    }
}
