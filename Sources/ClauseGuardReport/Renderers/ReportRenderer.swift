import ClauseGuardRules

/// One renderer per output format, as in SwiftLint's reporters.
public protocol ReportRenderer {
    func render(_ report: BatchReport) throws -> String
}

public struct RenderOptions: Sendable {
    /// Report language: "zh" or "en"; nil = each contract's own language.
    public var language: String?
    /// Colour with ANSI escapes (text format on a terminal).
    public var colour: Bool
    /// Findings at or above this severity fail (junit, exit code).
    public var failOn: Severity
    public init(language: String? = nil, colour: Bool = false, failOn: Severity = .high) {
        self.language = language; self.colour = colour; self.failOn = failOn
    }

    /// Whether to speak Chinese for a contract.
    public func chinese(for contract: ContractReport) -> Bool {
        if let language { return language == "zh" }
        return contract.languages.first == "zh"
    }
}
