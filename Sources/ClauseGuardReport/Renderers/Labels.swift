import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// The fixed words of the human-readable reports, in the report's language.
struct Labels {
    let language: Language
    /// The names `family(_:)` shows (families.yml).
    var families = RuleFamilies()

    init(_ language: Language, families: RuleFamilies = RuleFamilies()) { self.language = language; self.families = families }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    var risk: String { t("风险", "Risk") }
    var score: String { t("分值", "score") }
    var clause: String { t("条款", "Clause") }
    var paragraph: String { t("段落", "paragraph") }
    var values: String { t("提取值", "Values") }
    var why: String { t("风险说明", "Why it matters") }
    var ask: String { t("建议", "Ask for") }
    var preamble: String { t("（合同首部）", "(preamble)") }
    var noFindings: String { t("未发现风险条款。", "No risky clauses found.") }
    var missingHeader: String { t("合同缺少的保护条款:", "Protections this contract lacks:") }
    var missingShort: String { t("缺失", "missing") }
    /// A finding's extracted values as a reader sees them: Chinese names for the usual keys in a Chinese report (no
    /// English value keys for a merchant), sorted, without the parties a frame rule carries for its wording.
    func values(_ values: [String: ExtractedValue]) -> [(name: String, value: String)] {
        values.filter { $0.key != "client" && $0.key != "provider" }.sorted { $0.key < $1.key }.map { key, value in
            (language == .zh ? Self.chineseValueNames[key] ?? key : key, value.display(in: language))
        }
    }

    private static let chineseValueNames = [
        "notice": "通知期", "period": "期限", "percent": "比例", "rate": "比例", "share": "比例", "amount": "金额",
        "floor": "最低额", "cap": "上限", "actor": "行为方", "counterparty": "相对方", "window": "截止期", "hold": "期限",
        "days": "天数", "party": "当事方", "date": "日期", "fee": "费用", "term": "期限", "multiple": "倍数",
    ]

    /// Where a missing protection belongs in the contract.
    var belongsIn: String { t("应写入", "belongs in") }
    var missingProtection: String { t("缺少保护条款:", "Missing protection: ") }
    var unreadable: String { t("无法读取", "unreadable") }
    var summaryHeader: String { t("━━ 汇总", "━━ Summary") }
    var contract: String { t("合同", "Contract") }
    var contracts: String { t("份合同", "contracts") }
    var findings: String { t("项发现", "findings") }
    var suppressedShort: String { t("已忽略", "suppressed") }
    var skipped: String { t("跳过", "skipped") }
    var matrixHeader: String { t("合同 × 风险类别", "Contracts × families") }
    var matrixLegend: String {
        t("● 高风险条款 ◐ 中风险 ○ 低风险(数字为条数) ✗ 缺少保护条款 · 未发现 ? 无法读取",
          "● high-risk clause ◐ medium ○ low (number = count) ✗ protection missing · nothing found ? unreadable")
    }
    var indexHeader: String { t("合同列表(按风险排序)", "Contracts by risk") }
    var familyChart: String { t("各类风险数量", "Findings by family") }
    var findingsHeader: String { t("风险条款", "Findings") }
    var perspectiveLabel: String { t("视角", "perspective") }
    var adviceLead: String { t("建议:", "Ask for: ") }
    var alsoFlagged: String { t("同一条款另见", "Same clause, also") }
    var settingsApplied: String { t("已应用的设置: ", "Settings applied: ") }
    var checksTurnedDown: String { t("检查被调低: ", "Checks turned down: ") }

    func suppressed(_ n: Int) -> String {
        t("另有 \(n) 项发现已按基线或忽略规则接受(见 JSON 报告)。", "\(n) more finding(s) accepted by a baseline or suppression (see the JSON report).")
    }

    func severity(_ s: Severity) -> String {
        switch s {
        case .high: t("高", "high")
        case .medium: t("中", "medium")
        case .low: t("低", "low")
        case .info: t("提示", "info")
        }
    }

    func level(_ l: RiskScore.Level) -> String {
        switch l {
        case .high: t("高风险", "HIGH")
        case .medium: t("中风险", "MEDIUM")
        case .low: t("低风险", "LOW")
        case .none: t("未见风险", "NONE")
        }
    }
}

extension Labels {
    /// A family's name for readers, from families.yml; a family not there shows its id.
    func family(_ id: String) -> String {
        families.family(id)?.name[language] ?? id
    }
}
