import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// How our own words and the clause citations read in the human-readable reports' language.
extension Labels {
    /// Our own text (labels, the rules' messages, key-term summaries) with Chinese punctuation in a Chinese report;
    /// never given a quote from the contract.
    func own(_ text: String) -> String { language == .zh ? ChinesePunctuation.fullWidth(text) : text }

    /// The clause a finding is in, as a lawyer cites it.
    func cite(_ location: FindingLocation) -> String {
        LawyerCitation.cite(location, preamble: preamble, language: language)
    }

    /// A missing protection's place (`第十一条 合同的解除与终止`), cited like a clause.
    func cite(place: String) -> String { LawyerCitation.cite([place], language: language) }

    /// Where in the contract the text is, after its citation: nothing for the body; the paragraph number and the
    /// part for a verbose report (for tools that count paragraphs); `(表格)` for a table in a Chinese report,
    /// `(paragraph 42, table)` in an English one.
    func whereabouts(_ location: FindingLocation, verbose: Bool) -> String {
        let part = partName(location.part)
        if language == .zh && !verbose { return part.map { "(\($0))" } ?? "" }
        return "(\(paragraph) \(location.paragraph)" + (part.map { ", \($0)" } ?? "") + ")"
    }

    private func partName(_ part: PartKind) -> String? {
        switch part {
        case .body: nil
        case .tableCell: t("表格", "table")
        case .textBox: t("文本框", "text box")
        case .header: t("页眉", "header")
        case .footer: t("页脚", "footer")
        case .footnote: t("脚注", "footnote")
        case .endnote: t("尾注", "endnote")
        case .comment: t("批注", "comment")
        }
    }

    /// A rule's id is for someone configuring the tool: an English report shows it, a Chinese one only when verbose.
    func showsRuleIDs(verbose: Bool) -> Bool { verbose || language != .zh }
}

extension Labels {
    /// Why files were skipped, as discovery names them (the JSON's `skipped` keys), in a Chinese report's words.
    func skipReason(_ reason: String) -> String {
        guard language == .zh else { return reason }
        return Self.chineseSkipReasons[reason] ?? reason
    }

    private static let chineseSkipReasons = [
        "ClauseGuard report": "ClauseGuard 报告", "Office lock file": "Office 锁定文件", "excluded folder": "排除的文件夹",
        "excluded": "已排除", "hidden": "隐藏文件", "link outside the scanned folder": "指向扫描文件夹之外的链接",
        "not included": "未包含", "symlink loop": "符号链接循环", "unreadable folder": "无法读取的文件夹",
        "not a contract file": "非合同文件", "broken link": "失效链接",
    ]
}
