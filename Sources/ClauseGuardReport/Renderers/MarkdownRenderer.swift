import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// A Markdown report (for a pull request comment or a wiki): summary table, family matrix, then each contract.
public struct MarkdownRenderer: ReportRenderer, Sendable {
    public var options: RenderOptions
    public init(options: RenderOptions) { self.options = options }

    public func render(_ report: BatchReport) throws -> String {
        var out = top(report, rows: report.contracts.map(ContractRow.init))
        for contract in report.contracts { out += section(contract) }
        return out
    }

    /// The title, settings, summary table and family matrix.
    func top(_ report: BatchReport, rows: [ContractRow]) -> String {
        let l = Labels(options.batchLanguage(of: rows.map(\.language)), families: options.families)
        var out = "# ClauseGuard\n\n"
        let settings = report.settings.reportLines(l)
        if !settings.isEmpty { out += settings.map { "> " + cell(l.own($0)) + "\n>\n" }.joined().dropLast(2) + "\n\n" }
        out += "| \(l.contract) | \(l.risk) | \(l.score) | \(l.severity(.high)) | \(l.severity(.medium)) | \(l.severity(.low)) | \(l.missingShort) |\n|---|---|---|---|---|---|---|\n"
        for c in rows {
            if let error = c.error { out += "| \(cell(c.path)) | \(l.unreadable) | | | | | \(cell(error)) |\n"; continue }
            out += "| \(cell(c.path)) | \(l.level(c.risk)) | \(c.score) | \(c.matches(.high)) | \(c.matches(.medium)) | \(c.matches(.low)) | \(c.missingCount) |\n"
        }
        let matrix = FamilyMatrix(rows: rows)
        if rows.count > 1, !matrix.families.isEmpty {
            out += "\n## \(l.matrixHeader)\n\n| \(l.contract) | " + matrix.families.map { inline(l.family($0)) }.joined(separator: " | ") + " |\n|---|" + String(repeating: "---|", count: matrix.families.count) + "\n"
            for row in matrix.rows {
                out += "| \(cell(row.path)) | " + row.cells.map { $0.symbol }.joined(separator: " | ") + " |\n"
            }
            out += "\n\(l.own(l.matrixLegend))\n"
        }
        return out
    }

    /// One readable contract's section (nothing for an unreadable one: the table says why).
    func section(_ contract: ContractReport) -> String {
        guard contract.error == nil else { return "" }
        let language = options.language(for: contract)
        let lc = Labels(language, families: options.families)
        var out = "\n## \(cell(contract.path)) — \(lc.level(contract.risk.level))\n\n"
        if let notRead = contract.notRead { out += "> ⚠ \(inline(notRead))\n\n" }
        out += keyTerms(contract, lc)
        // Our own words go through `own` (Chinese punctuation in a Chinese report) before they are escaped.
        let own = { (s: String) in self.inline(lc.own(s)) }
        let id = { (f: Finding) in lc.showsRuleIDs(verbose: self.options.verbose) ? " `\(f.ruleID.visibleControls)`" : "" }
        for clause in contract.clauseFindings {
            let finding = clause.primary
            out += "- **[\(lc.severity(finding.severity))] \(own(finding.message[language]))**\(id(finding))\n"
            for other in clause.others {
                out += "  - \(own(lc.alsoFlagged + ": "))[\(lc.severity(other.severity))] \(own(other.message[language]))\(id(other))\n"
            }
            if let location = finding.location {
                let whereabouts = language != .zh ? " (¶\(location.paragraph))" : lc.whereabouts(location, verbose: options.verbose)
                out += "  - \(own(lc.clause + ": "))\(inline(lc.cite(location)))\(own(whereabouts))\n"
                out += "  - > \(highlight(location.excerpt, location.highlights))\n"
            }
            if !lc.values(finding.values).isEmpty {
                out += "  - " + own("\(lc.values): " + lc.values(finding.values).map { "\($0.name) = \($0.value)" }.joined(separator: ", ")) + "\n"
            }
            for note in finding.notes { out += "  - ⚠ \(inline(NoteWording.say(note, in: language)))\n" }
            let why = finding.explanation[language]
            if !why.isEmpty { out += "  - \(own("\(lc.why): " + why))\n" }
            let advice = finding.advice[language]
            if !advice.isEmpty { out += "  - \(own("\(lc.ask): " + advice))\n" }
        }
        if !contract.missingProtections.isEmpty {
            out += "\n**\(own(lc.missingHeader))**\n\n"
            for finding in contract.missingProtections {
                let place = finding.place.map { own((language == .zh ? "" : " ") + "(\(lc.belongsIn): \(lc.cite(place: $0)))") } ?? ""
                out += "- [\(lc.severity(finding.severity))] \(own(finding.title[language]))\(place) — \(own(finding.advice[language]))\n"
            }
        }
        if !contract.suppressed.isEmpty { out += "\n\(own(lc.suppressed(contract.suppressed.count)))\n" }
        return out
    }

    private func keyTerms(_ contract: ContractReport, _ l: Labels) -> String {
        guard contract.parties != nil else { return "" }
        let k = KeyTermLines(language: l.language)
        let own = { (s: String) in self.inline(l.own(s)) }
        var out = ""
        if let parties = k.parties(contract.parties) { out += "**\(own(k.partiesTitle + ":"))** \(own(parties))\n\n" }
        out += "### \(k.header)\n\n"
        let groups = k.groups(contract.keyTerms)
        if groups.isEmpty { out += "\(k.none)\n" }
        for group in groups {
            out += "- **\(group.title)**\n"
            for term in group.terms {
                out += "  - \(own(term.summary))" + clause(term.clause, l) + "\n"
                for item in term.items { out += "    - \(own(item.summary))" + clause(item.clause, l) + "\n" }
            }
        }
        return out + "\n"
    }

    private func clause(_ clause: String, _ l: Labels) -> String {
        clause.isEmpty ? "" : l.language == .zh ? "（\(inline(clause))）" : " (\(inline(clause)))"
    }

    private func count(_ c: ContractReport, _ s: Severity) -> Int { c.matchFindings.filter { $0.severity == s }.count }

    /// Markdown control characters in contract text are escaped so a clause cannot inject links or HTML; terminal
    /// controls are shown visibly.
    private func inline(_ s: String) -> String {
        var out = ""
        for ch in s.visibleControls {
            if "\\`*_[]<>#|!".contains(ch) { out.append("\\") }
            out.append(ch == "\n" ? " " : ch)
        }
        return out
    }
    private func cell(_ s: String) -> String { inline(s) }

    private func highlight(_ text: String, _ spans: [TextSpan]) -> String {
        Highlighter.highlight(text, spans, escape: inline) { "**\($0)**" }
    }
}
