import Rainbow
import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// The merchant's report: per contract a risk level, findings by severity with clause, quoted words, values,
/// why it hurts and what to ask for, then the protections the contract lacks; a batch ends with a summary table.
/// Every string from a contract, a file name or a rule file is passed through `visibleControls` before it is
/// styled, so only our own colour codes reach the terminal.
public struct TextRenderer: ReportRenderer, Sendable {
    public var options: RenderOptions
    public init(options: RenderOptions) { self.options = options }

    public func render(_ report: BatchReport) throws -> String {
        let rows = report.contracts.map(ContractRow.init)
        var out = top(report, rows: rows)
        for contract in report.contracts { out += renderContract(contract) + "\n" }
        return out + bottom(report, rows: rows)
    }

    /// The settings lines, in the batch's language.
    func top(_ report: BatchReport, rows: [ContractRow]) -> String {
        var out = ""
        let l = Labels(options.batchLanguage(of: rows.map(\.language)))
        for line in report.settings.reportLines(l) { out += paint(l.own(line), .yellow) + "\n" }
        return out.isEmpty ? out : out + "\n"
    }

    /// The summary of a batch (more than one contract, or an unreadable one).
    func bottom(_ report: BatchReport, rows: [ContractRow]) -> String {
        rows.count > 1 || rows.contains(where: { $0.error != nil }) ? summary(report, rows: rows) : ""
    }

    func renderContract(_ contract: ContractReport) -> String {
        let language = options.language(for: contract)
        let l = Labels(language, families: options.families)
        var out = bold("━━ \(contract.path.visibleControls)") + "\n"
        if let error = contract.error {
            return out + paint(l.own("  \(l.unreadable): ") + error.visibleControls, .red) + "\n"
        }
        let level = l.level(contract.risk.level)
        var risk = "  \(l.risk): \(paint(level, colour(for: contract.risk.level))) (\(l.score) \(contract.risk.score))"
        let counts = Severity.allCases.reversed().compactMap { s -> String? in
            guard let n = contract.risk.counts[s.rawValue], n > 0 else { return nil }
            return "\(n) \(l.severity(s))"
        }
        if !counts.isEmpty { risk += " · " + counts.joined(separator: ", ") }
        out += l.own(risk) + "\n"
        if let notRead = contract.notRead { out += paint("  ⚠ \(notRead.visibleControls)", .yellow) + "\n" }
        for warning in contract.warnings { out += paint("  ⚠ \(warning.visibleControls)", .yellow) + "\n" }
        out += keyTerms(contract, l)

        let clauses = contract.clauseFindings
        if clauses.isEmpty { out += "\n  \(l.noFindings)\n" }
        for (n, clause) in clauses.enumerated() {
            out += "\n" + renderFinding(clause.primary, number: n + 1, labels: l)
            for other in clause.others {
                out += l.own("     \(l.alsoFlagged): [\(paint(l.severity(other.severity), colour(for: other.severity)))] \(other.message[language].visibleControls)") + ruleID(other, l) + "\n"
            }
        }
        let missing = contract.missingProtections
        if !missing.isEmpty {
            out += "\n  " + bold(l.own(l.missingHeader)) + "\n"
            for finding in missing {
                out += l.own("  • [\(paint(l.severity(finding.severity), colour(for: finding.severity)))] \(finding.title[language].visibleControls)") + "\n"
                if let place = finding.place { out += l.own("      \(l.belongsIn): ") + l.cite(place: place).visibleControls + "\n" }
                let advice = finding.advice[language].visibleControls
                if !advice.isEmpty { out += l.own("      \(l.ask): \(advice)") + "\n" }
            }
        }
        if !contract.suppressed.isEmpty {
            out += "\n  \(l.own(l.suppressed(contract.suppressed.count)))\n"
        }
        return out
    }

    private func keyTerms(_ contract: ContractReport, _ l: Labels) -> String {
        let k = KeyTermLines(language: l.language)
        var out = ""
        if let parties = k.parties(contract.parties) { out += l.own("  \(k.partiesTitle): \(parties.visibleControls)") + "\n" }
        guard contract.parties != nil else { return out }
        out += "\n  " + bold(k.header) + "\n"
        let groups = k.groups(contract.keyTerms)
        if groups.isEmpty { out += "    \(k.none)\n" }
        for group in groups {
            out += l.own("    \(group.title):") + "\n"
            for term in group.terms {
                out += "      • " + keyTerm(term, l) + "\n"
                for item in term.items { out += "        – " + keyTerm(item, l) + "\n" }
            }
        }
        return out
    }

    private func keyTerm(_ term: KeyTermLines.Line, _ l: Labels) -> String {
        let clause = term.clause.isEmpty ? "" : dim(term.clause.visibleControls, l)
        return l.own(term.summary.visibleControls) + (clause.isEmpty || (l.language == .zh && !options.colour) ? clause : clause.prefixedBySpace)
    }

    private func renderFinding(_ finding: Finding, number: Int, labels l: Labels) -> String {
        let language = l.language
        var out = "  \(number). [\(paint(l.severity(finding.severity).uppercased(), colour(for: finding.severity)))] "
        out = l.own(out + bold(finding.message[language].visibleControls)) + ruleID(finding, l) + "\n"
        if let location = finding.location {
            let whereabouts = l.whereabouts(location, verbose: options.verbose)
            out += l.own("     \(l.clause): ") + l.cite(location).visibleControls + (whereabouts.isEmpty || l.language == .zh ? l.own(whereabouts) : " " + whereabouts) + "\n"
            out += "     “\(highlight(location.excerpt, location.highlights))”\n"
        }
        if !finding.values.isEmpty {
            let values = l.values(finding.values).map { "\($0.name) = \($0.value)".visibleControls }
            if !values.isEmpty { out += l.own("     \(l.values): \(values.joined(separator: ", "))") + "\n" }
        }
        for note in finding.notes { out += paint("     ⚠ \(NoteWording.say(note, in: language).visibleControls)", .yellow) + "\n" }
        let why = finding.explanation[language].visibleControls
        if !why.isEmpty { out += l.own("     \(l.why): \(why)") + "\n" }
        let advice = finding.advice[language].visibleControls
        if !advice.isEmpty { out += l.own("     \(l.ask): \(advice)") + "\n" }
        return out
    }

    /// The rule's id after its message, where the report shows ids (`Labels.showsRuleIDs`).
    private func ruleID(_ finding: Finding, _ l: Labels) -> String {
        l.showsRuleIDs(verbose: options.verbose) ? "  " + dim(finding.ruleID.visibleControls, l) : ""
    }

    private func summary(_ report: BatchReport, rows contracts: [ContractRow]) -> String {
        let l = Labels(options.batchLanguage(of: contracts.map(\.language)), families: options.families)
        var rows: [[String]] = [[l.contract, l.risk, l.severity(.high), l.severity(.medium), l.severity(.low), l.missingShort]]
        for contract in contracts {
            if contract.error != nil {
                rows.append([contract.path, l.unreadable, "-", "-", "-", "-"])
                continue
            }
            rows.append([contract.path, l.level(contract.risk),
                         String(contract.matches(.high)), String(contract.matches(.medium)), String(contract.matches(.low)),
                         String(contract.missingCount)])
        }
        var out = bold(l.summaryHeader) + "\n" + TextTable.render(rows) + "\n"
        let matrix = FamilyMatrix(rows: contracts)
        if !matrix.families.isEmpty {
            let header = [l.contract] + matrix.families.map(l.family)
            let body = matrix.rows.map { [$0.path] + $0.cells.map(\.symbol) }
            out += "\n" + bold(l.matrixHeader) + "\n" + TextTable.render([header] + body) + "\n" + l.own(l.matrixLegend) + "\n\n"
        }
        let s = report.summary
        out += l.own("\(s.contracts) \(l.contracts), \(s.unreadable) \(l.unreadable), \(s.findings) \(l.findings), \(s.suppressed) \(l.suppressedShort)")
        if !report.skipped.isEmpty {
            out += l.own("; " + l.skipped + ": " + report.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \(l.skipReason($0.key).visibleControls)" }.joined(separator: ", "))
        }
        return out + "\n"
    }

    // MARK: - Styling

    private func highlight(_ text: String, _ spans: [TextSpan]) -> String {
        Highlighter.highlight(text, spans, escape: \.visibleControls) { options.colour ? $0.red.bold.underline : "【\($0)】" }
    }

    private func paint(_ s: String, _ c: NamedColor) -> String { options.colour ? s.applyingColor(c) : s }
    private func bold(_ s: String) -> String { options.colour ? s.bold : s }
    /// Dimmed text is bracketed when not coloured, in full-width brackets in a Chinese report.
    private func dim(_ s: String, _ l: Labels) -> String { options.colour ? s.dim : l.language == .zh ? "（\(s)）" : "(\(s))" }

    private func colour(for severity: Severity) -> NamedColor {
        switch severity {
        case .high: .red
        case .medium: .yellow
        case .low: .cyan
        case .info: .default
        }
    }
    private func colour(for level: RiskScore.Level) -> NamedColor {
        switch level {
        case .high: .red
        case .medium: .yellow
        case .low: .cyan
        case .none: .green
        }
    }
}

/// Column-aligned plain table (CJK characters count double width); cells hold file names, so controls are shown.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        let rows = rows.map { $0.map(\.visibleControls) }
        guard let header = rows.first else { return "" }
        var widths = Array(repeating: 0, count: header.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], width(cell)) } }
        return rows.map { row in
            row.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - width(cell)) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    static func width(_ s: String) -> Int { ColumnWidth.of(s) }
}

extension String {
    var prefixedBySpace: String { " " + self }

    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
