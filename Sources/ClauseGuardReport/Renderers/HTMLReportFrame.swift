import Foundation
import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// What makes the HTML report something a lawyer can send: a title, the date, the ClauseGuard and rule-pack
/// versions, a short disclaimer, contract paths without the reviewer's own folders, and print CSS that keeps every
/// column of the matrix on a landscape page.
struct HTMLReportFrame {
    let labels: Labels
    let title: String
    /// Paths as shown: relative to the working folder, or to the folder all the contracts share.
    private let shown: [String: String]

    init(paths: [String], options: RenderOptions, labels: Labels, workingFolder: String = FileManager.default.currentDirectoryPath) {
        self.labels = labels
        title = options.title.flatMap { $0.isEmpty ? nil : $0 } ?? labels.say("ClauseGuard 合同风险报告", "ClauseGuard contract review")
        shown = Self.displayPaths(paths, workingFolder: workingFolder)
    }

    func path(_ path: String) -> String { shown[path] ?? path }

    /// A read error as shown: it starts with the contract's path, shown like the other paths.
    func error(_ message: String, of path: String) -> String {
        guard message.hasPrefix(path + ": ") else { return message }
        return self.path(path) + message.dropFirst(path.count)
    }

    /// The date, from SOURCE_DATE_EPOCH when set (reproducible builds of a report), else today (UTC).
    static func date(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? Date().timeIntervalSince1970
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    /// The lines under the title: date and versions, then the disclaimer.
    func header(_ report: BatchReport) -> String {
        var versions = "ClauseGuard \(report.tool.version)"
        if let pack = report.tool.rulePack { versions += " · " + labels.say("规则包", "rule pack") + " \(pack)" }
        versions += " · \(report.tool.rules) " + labels.say("条规则", "rules")
        return "<p class=\"meta\">\(labels.say("生成日期", "Date")): \(Self.date()) · \(escape(versions))</p>\n"
            + "<p class=\"disclaimer\">\(escape(disclaimer))</p>\n"
    }

    var disclaimer: String {
        labels.say("本报告由 ClauseGuard 按规则自动生成，只指出值得注意的条款，可能遗漏或误报，不构成法律意见；签约前请咨询律师。",
                 "Generated automatically by ClauseGuard from its rules. It points out clauses worth a look, may miss or misjudge some, and is not legal advice; consult a lawyer before signing.")
    }

    /// The side the risk is judged from, in the report's language.
    func perspective(_ value: String) -> String {
        switch value {
        case "client": labels.say("客户方(商家)", "client (merchant)")
        case "provider": labels.say("服务方", "provider")
        case "both": labels.say("双方", "both parties")
        default: value
        }
    }

    static func displayPaths(_ paths: [String], workingFolder: String) -> [String: String] {
        let folder = (workingFolder as NSString).standardizingPath
        let root = folder.hasSuffix("/") ? folder : folder + "/"
        var out: [String: String] = [:]
        var outside: [String] = []
        for path in paths {
            if path.hasPrefix("/") {
                let standard = (path as NSString).standardizingPath
                if standard.hasPrefix(root) { out[path] = String(standard.dropFirst(root.count)) } else { outside.append(path) }
            } else {
                var relative = path
                while relative.hasPrefix("./") { relative.removeFirst(2) }
                out[path] = relative
            }
        }
        // Contracts outside the working folder: named below the folder they share (the scanned root).
        let parents = outside.map { ($0 as NSString).deletingLastPathComponent.split(separator: "/").map(String.init) }
        var common = parents.first ?? []
        for parent in parents.dropFirst() {
            common = Array(zip(common, parent).prefix { $0 == $1 }.map(\.0))
        }
        for path in outside {
            let parts = path.split(separator: "/").map(String.init)
            out[path] = parts.dropFirst(common.count).joined(separator: "/")
        }
        return out
    }

    /// Screen: the matrix scrolls sideways when it is wider than the page. Print: landscape pages, the matrix
    /// squeezed to the page width with its family headers turned upright so no column is cut off, headers repeated
    /// on each page, a finding never split across pages.
    static let css = """
    .disclaimer{font-size:.85em;color:#555;border-left:3px solid #bbb;padding-left:.6em}
    .matrix-wrap{overflow-x:auto}table.matrix th{overflow-wrap:anywhere}table.matrix td{text-align:center}
    table.matrix td:first-child{text-align:left;overflow-wrap:anywhere}
    @page{size:A4 landscape;margin:12mm}
    @media print{
    body{max-width:none;margin:0;padding:0;font-size:10pt}
    .matrix-wrap{overflow:visible}
    table{page-break-inside:auto}thead{display:table-header-group}tr,article.finding{page-break-inside:avoid}
    table.matrix{table-layout:fixed;width:100%;font-size:8pt}
    table.matrix th,table.matrix td{padding:1px 2px}
    table.matrix th:first-child,table.matrix td:first-child{width:24%}
    table.matrix thead th:not(:first-child){writing-mode:vertical-rl;white-space:nowrap;vertical-align:bottom;text-align:left;height:8em}
    }
    """
}

extension Labels {
    func say(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
}
