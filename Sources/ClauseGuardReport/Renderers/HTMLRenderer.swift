import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// One self-contained HTML file a lawyer can send to a client: inline CSS and SVG, no script, no network
/// (a Content-Security-Policy forbids both), every piece of contract text escaped.
public struct HTMLRenderer: ReportRenderer, Sendable {
    public var options: RenderOptions
    public init(options: RenderOptions) { self.options = options }

    public func render(_ report: BatchReport) throws -> String {
        let rows = report.contracts.map(Row.init)
        let frame = frame(rows)
        var out = top(report, rows: rows, frame: frame)
        for (n, contract) in report.contracts.enumerated() {
            out += contractSection(contract, anchor: String(n), shownPath: escape(frame.path(contract.path)),
                                   shownError: contract.error.map { escape(frame.error($0, of: contract.path)) } ?? "")
        }
        return out + Self.bottom
    }

    /// What the top of the report needs of one contract: its summary row and its findings per family and severity.
    struct Row: Sendable {
        var contract: ContractRow
        var findings: [String: [Severity: Int]]

        init(_ contract: ContractReport) {
            self.contract = ContractRow(contract)
            var findings: [String: [Severity: Int]] = [:]
            for finding in contract.findings { findings[finding.family, default: [:]][finding.severity, default: 0] += 1 }
            self.findings = findings
        }
    }

    func frame(_ rows: [Row]) -> HTMLReportFrame {
        HTMLReportFrame(paths: rows.map(\.contract.path), options: options,
                        labels: Labels(options.batchLanguage(of: rows.map(\.contract.language)), families: options.families))
    }

    /// Everything before the contracts' sections: the head, title, meta lines, chart, index and matrix.
    func top(_ report: BatchReport, rows: [Row], frame: HTMLReportFrame) -> String {
        let l = frame.labels
        var body = "<h1>\(escape(frame.title))</h1>\n"
        body += frame.header(report)
        body += "<p class=\"meta\">\(report.summary.contracts) \(l.contracts) · \(report.summary.findings) \(l.findings) · \(report.summary.unreadable) \(l.unreadable) · \(l.perspectiveLabel): \(escape(frame.perspective(report.perspective)))</p>\n"
        for line in report.settings.reportLines(l) { body += "<p class=\"meta settings\">\(escape(l.own(line)))</p>\n" }
        body += "<section><h2>\(l.familyChart)</h2>\n\(familyChart(rows, labels: l))</section>\n"
        body += index(rows.map(\.contract), labels: l, frame: frame)
        let matrix = FamilyMatrix(rows: rows.map(\.contract))
        if rows.count > 1, !matrix.families.isEmpty { body += matrixTable(matrix, labels: l, frame: frame) }
        return """
        <!DOCTYPE html>
        <html lang="\(l.language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(frame.title))</title>
        <style>\(Self.css)\(HTMLReportFrame.css)</style>
        </head>
        <body>

        """ + body
    }

    static let bottom = "\n</body>\n</html>\n"

    // MARK: Sections

    /// Contracts sorted by risk, most dangerous first.
    private func index(_ contracts: [ContractRow], labels l: Labels, frame: HTMLReportFrame) -> String {
        let order = contracts.enumerated().sorted { a, b in
            let ra = a.element.error == nil ? a.element.score : -1, rb = b.element.error == nil ? b.element.score : -1
            return ra != rb ? ra > rb : a.offset < b.offset
        }
        var rows = ""
        for (n, c) in order {
            let level = c.error == nil ? l.level(c.risk) : l.unreadable
            let cls = c.error == nil ? c.risk.rawValue : "error"
            rows += "<tr><td><a href=\"#c\(n)\">\(escape(frame.path(c.path)))</a></td><td><span class=\"badge \(cls)\">\(escape(level))</span></td><td>\(c.error == nil ? String(c.score) : "")</td><td>\(c.matchCount)</td><td>\(c.missingCount)</td></tr>\n"
        }
        return "<section><h2>\(l.indexHeader)</h2>\n<table class=\"index\"><thead><tr><th>\(l.contract)</th><th>\(l.risk)</th><th>\(l.score)</th><th>\(l.findingsHeader)</th><th>\(l.missingShort)</th></tr></thead><tbody>\n\(rows)</tbody></table></section>\n"
    }

    private func matrixTable(_ matrix: FamilyMatrix, labels l: Labels, frame: HTMLReportFrame) -> String {
        var out = "<section><h2>\(l.matrixHeader)</h2>\n<div class=\"matrix-wrap\"><table class=\"matrix\"><thead><tr><th>\(l.contract)</th>"
        for family in matrix.families { out += "<th>\(escape(l.family(family)))</th>" }
        out += "</tr></thead><tbody>\n"
        for row in matrix.rows {
            out += "<tr><td>\(escape(frame.path(row.path)))</td>"
            for cell in row.cells {
                let cls: String
                switch cell {
                case .risky(let s, _): cls = s.rawValue
                case .missing: cls = "missing"
                case .unreadable: cls = "error"
                case .clean: cls = "clean"
                }
                out += "<td class=\"\(cls)\">\(escape(cell.symbol))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div><p class=\"meta\">\(escape(l.own(l.matrixLegend)))</p></section>\n"
    }

    /// One contract's section; `shownPath` and `shownError` are its path and read error as shown, escaped.
    func contractSection(_ contract: ContractReport, anchor: String, shownPath: String, shownError: String) -> String {
        let language = options.language(for: contract)
        let l = Labels(language, families: options.families)
        var out = "<section class=\"contract\" id=\"c\(anchor)\"><h2>\(shownPath)</h2>\n"
        if contract.error != nil {
            return out + "<p class=\"badge error\">\(escape(l.unreadable)): \(shownError)</p></section>\n"
        }
        out += "<p><span class=\"badge \(contract.risk.level.rawValue)\">\(escape(l.level(contract.risk.level)))</span> \(l.score) \(contract.risk.score)</p>\n"
        if let notRead = contract.notRead { out += "<p class=\"warn\">⚠ \(escape(notRead))</p>\n" }
        out += keyTerms(contract, l)
        // Our own words go through `own` (Chinese punctuation in a Chinese report) before they are escaped.
        let own = { (s: String) in escape(l.own(s)) }
        let id = { (f: Finding) in l.showsRuleIDs(verbose: self.options.verbose) ? " <code>\(escape(f.ruleID))</code>" : "" }
        let colon = own(":")
        for clause in contract.clauseFindings {
            let finding = clause.primary
            out += "<article class=\"finding \(finding.severity.rawValue)\"><h3><span class=\"badge \(finding.severity.rawValue)\">\(escape(l.severity(finding.severity)))</span> \(own(finding.message[language]))\(id(finding))</h3>\n"
            for other in clause.others {
                out += "<p class=\"meta\">\(own(l.alsoFlagged + ": "))<span class=\"badge \(other.severity.rawValue)\">\(escape(l.severity(other.severity)))</span> \(own(other.message[language]))\(id(other))</p>\n"
            }
            if let location = finding.location {
                let whereabouts = language != .zh ? " · ¶\(location.paragraph)" : own(l.whereabouts(location, verbose: options.verbose))
                out += "<p class=\"clause\">\(own(l.clause + ": "))\(escape(l.cite(location)))\(whereabouts)</p>\n"
                out += "<blockquote>\(highlight(location.excerpt, location.highlights))</blockquote>\n"
            }
            if !l.values(finding.values).isEmpty {
                out += "<p>\(own(l.values + ": "))" + l.values(finding.values).map { "<b>\(own($0.name))</b> = \(own($0.value))" }.joined(separator: language == .zh ? "，" : ", ") + "</p>\n"
            }
            for note in finding.notes { out += "<p class=\"warn\">⚠ \(escape(NoteWording.say(note, in: language)))</p>\n" }
            let why = finding.explanation[language]
            if !why.isEmpty { out += "<p><b>\(escape(l.why))\(colon)</b> \(own(why))</p>\n" }
            let advice = finding.advice[language]
            if !advice.isEmpty { out += "<p class=\"advice\"><b>\(escape(l.ask))\(colon)</b> \(own(advice))</p>\n" }
            out += "</article>\n"
        }
        if !contract.missingProtections.isEmpty {
            out += "<h3>\(own(l.missingHeader))</h3><ul class=\"missing\">\n"
            for finding in contract.missingProtections {
                let place = finding.place.map { " <span class=\"meta\">\(own("(\(l.belongsIn): \(l.cite(place: $0)))"))</span>" } ?? ""
                out += "<li><span class=\"badge \(finding.severity.rawValue)\">\(escape(l.severity(finding.severity)))</span> \(own(finding.title[language]))\(place) — \(own(finding.advice[language]))</li>\n"
            }
            out += "</ul>\n"
        }
        if !contract.suppressed.isEmpty { out += "<p class=\"meta\">\(own(l.suppressed(contract.suppressed.count)))</p>\n" }
        return out + "</section>\n"
    }

    private func keyTerms(_ contract: ContractReport, _ l: Labels) -> String {
        guard contract.parties != nil else { return "" }
        let k = KeyTermLines(language: l.language)
        let own = { (s: String) in escape(l.own(s)) }
        var out = "<div class=\"keyterms\">"
        if let parties = k.parties(contract.parties) { out += "<p><b>\(own(k.partiesTitle + ":"))</b> \(own(parties))</p>\n" }
        out += "<h3>\(escape(k.header))</h3>\n"
        let groups = k.groups(contract.keyTerms)
        if groups.isEmpty { out += "<p>\(escape(k.none))</p>\n" }
        for group in groups {
            out += "<h4>\(escape(group.title))</h4><ul>\n"
            for term in group.terms {
                out += "<li>\(own(term.summary))" + clause(term.clause)
                if !term.items.isEmpty {
                    out += "<ul>\n" + term.items.map { "<li>\(own($0.summary))\(clause($0.clause))</li>\n" }.joined() + "</ul>"
                }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</div>\n"
    }

    private func clause(_ clause: String) -> String {
        clause.isEmpty ? "" : " <span class=\"meta\">\(escape(clause))</span>"
    }

    /// Horizontal bars: findings per family, stacked by severity.
    private func familyChart(_ rows: [Row], labels l: Labels) -> String {
        var counts: [String: [Severity: Int]] = [:]
        for row in rows {
            for (family, bySeverity) in row.findings { counts[family, default: [:]].merge(bySeverity, uniquingKeysWith: +) }
        }
        let families = counts.keys.sorted { (counts[$0]!.values.reduce(0, +), $1) > (counts[$1]!.values.reduce(0, +), $0) }
        guard let maxTotal = families.map({ counts[$0]!.values.reduce(0, +) }).max(), maxTotal > 0 else { return "<p>—</p>" }
        let rowHeight = 22, labelWidth = 150, barWidth = 420
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 40)\" height=\(quoted(String(families.count * rowHeight + 10))) role=\"img\">"
        for (i, family) in families.enumerated() {
            let y = i * rowHeight + 5
            svg += "<text x=\"0\" y=\"\(y + 14)\" font-size=\"12\">\(escape(l.family(family)))</text>"
            var x = labelWidth
            for severity in Severity.allCases.reversed() {
                guard let n = counts[family]![severity], n > 0 else { continue }
                let w = max(2, barWidth * n / maxTotal)
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(w)\" height=\"16\" class=\"bar \(severity.rawValue)\"><title>\(escape(l.severity(severity))): \(n)</title></rect>"
                x += w
            }
            svg += "<text x=\"\(x + 4)\" y=\"\(y + 13)\" font-size=\"11\">\(counts[family]!.values.reduce(0, +))</text>"
        }
        return svg + "</svg>"
    }

    private func quoted(_ s: String) -> String { "\"\(s)\"" }

    private func highlight(_ text: String, _ spans: [TextSpan]) -> String {
        Highlighter.highlight(text, spans, escape: escape) { "<mark>\($0)</mark>" }
    }

    static let css = """
    body{font-family:-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}
    h1{margin-bottom:0}.meta{color:#666;font-size:.9em}table{border-collapse:collapse;width:100%;margin:.5em 0}
    th,td{border:1px solid #ddd;padding:4px 8px;text-align:left}th{background:#f5f5f5}
    .badge{display:inline-block;padding:0 .5em;border-radius:3px;font-size:.85em;color:#fff;background:#888}
    .badge.high{background:#c62828}.badge.medium{background:#ef6c00}.badge.low{background:#0277bd}.badge.none{background:#2e7d32}.badge.error{background:#6a1b9a}
    .bar.high{fill:#c62828}.bar.medium{fill:#ef6c00}.bar.low{fill:#0277bd}.bar.info{fill:#999}
    td.high{background:#ffcdd2}td.medium{background:#ffe0b2}td.low{background:#b3e5fc}td.missing{background:#f3e5f5}td.error{background:#eee}
    article.finding{border-left:4px solid #888;padding:.2em 1em;margin:1em 0;background:#fafafa}
    article.high{border-color:#c62828}article.medium{border-color:#ef6c00}article.low{border-color:#0277bd}
    blockquote{margin:.5em 0;padding:.5em 1em;background:#fff;border:1px solid #eee}mark{background:#ffeb3b;padding:0 1px}
    .warn{color:#8d6e00}.advice{color:#1b5e20}code{font-size:.8em;color:#555}.clause{color:#444;font-size:.9em}
    @media print{section.contract{page-break-before:always}}
    """
}

/// HTML-escapes text: contract text must never become markup (a clause may contain `<script>`), and controls
/// (which HTML does not allow) are shown visibly.
func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.visibleControls {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(ch)
        }
    }
    return out
}
