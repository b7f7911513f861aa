import ClauseGuardModel
import ClauseGuardRules

/// One line per finding, `path:paragraph: severity: message [rule]`, for editors, grep and pre-commit hooks (the
/// shape compilers and linters print, so editors jump to the file). An unreadable file is `path: error: reason`;
/// content that was not read, `path: warning: not read: …`. Missing protections have no paragraph. Suppressed
/// findings are left out, as in the text report.
public struct CompactRenderer: LineReport {
    public var options: RenderOptions
    public init(options: RenderOptions) { self.options = options }

    public func lines(for contract: ContractReport) -> String {
        let path = contract.path.visibleControls
        if let error = contract.error { return "\(path): error: \(error.visibleControls)\n" }
        let language = options.language(for: contract)
        var out = contract.notRead.map { "\(path): warning: \($0.visibleControls)\n" } ?? ""
        for finding in contract.findings {
            let place = finding.location.map { "\(path):\($0.paragraph)" } ?? path
            // The page goes last, so `path:paragraph: severity:` stays what editors and CI parse.
            let page = finding.location?.page.map { " (page \($0))" } ?? ""
            let text = (finding.kind == .match ? finding.message : finding.title)[language]
            out += "\(place): \(finding.severity.rawValue): \(text.visibleControls.replacingOccurrences(of: "\n", with: " ")) [\(finding.ruleID)]\(page)\n"
        }
        return out
    }
}
