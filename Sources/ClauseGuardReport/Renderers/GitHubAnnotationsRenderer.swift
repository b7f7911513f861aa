import ClauseGuardModel
import ClauseGuardRules

/// GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`): annotations on the pull request
/// and the run summary, for repositories without code scanning. high → error, medium → warning, low and info →
/// notice; an unreadable file is an error, content not read a warning. `line` is the paragraph number (Word
/// files have no lines; GitHub shows it in the annotation).
public struct GitHubAnnotationsRenderer: LineReport {
    public var options: RenderOptions
    public init(options: RenderOptions) { self.options = options }

    public func lines(for contract: ContractReport) -> String {
        let file = Self.property(contract.path)
        if let error = contract.error { return "::error file=\(file),title=unreadable::\(Self.data(error))\n" }
        let language = options.language(for: contract)
        var out = contract.notRead.map { "::warning file=\(file),title=not read::\(Self.data($0))\n" } ?? ""
        for finding in contract.findings {
            let level = switch finding.severity {
            case .high: "error"
            case .medium: "warning"
            case .low, .info: "notice"
            }
            let line = finding.location.map { ",line=\($0.paragraph)" } ?? ""
            let text = (finding.kind == .match ? finding.message : finding.title)[language]
            let clause = finding.location.map { $0.citation.isEmpty ? "" : " (\($0.citation))" } ?? ""
            out += "::\(level) file=\(file)\(line),title=\(Self.property(finding.ruleID))::\(Self.data(text + clause))\n"
        }
        return out
    }

    /// Escaping from GitHub's toolkit (`escapeData`): a message may not hold %, CR or LF raw.
    static func data(_ text: String) -> String {
        text.visibleControls.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// `escapeProperty`: also `:` and `,`, which separate properties.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
