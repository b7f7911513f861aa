import ClauseGuardText
import ClauseGuardUnderstanding

/// The lawyer's key-terms matrix: one row per contract with who the parties are and each key term's values (who
/// may terminate and why, notice days, penalty rate, floor and cap, renewal), so 200 contracts compare in one sheet.
/// Streams one row per contract. Cells hold values, not prose, so they sort and filter.
public struct KeyTermsCSVRenderer: ReportRenderer, ReportStream {
    public init() {}

    static let header = [
        "file", "risk", "client", "provider", "roles_from",
        "auto_renewal", "renewal_term_days", "non_renewal_notice_days",
        "client_may_terminate", "provider_may_terminate", "either_may_terminate", "client_barred_from_terminating",
        "termination_notice_days", "penalty_payers", "penalty_percent", "penalty_base", "penalty_floor", "penalty_cap",
        "per_day_penalty", "fees_forfeited", "notice_days", "key_terms", "notRead", "error",
    ]

    public func render(_ report: BatchReport) throws -> String {
        begin() + report.contracts.map { String(decoding: contract($0, first: false), as: UTF8.self) }.joined()
    }

    public func begin() -> String { "\u{FEFF}" + CSVRenderer.line(Self.header) }
    public func end(_ batch: BatchReport) throws -> String { "" }

    public func contract(_ contract: ContractReport, first: Bool) -> [UInt8] {
        Array(CSVRenderer.line(row(contract)).utf8)
    }

    func row(_ c: ContractReport) -> [String] {
        if let error = c.error { return [c.path] + Array(repeating: "", count: Self.header.count - 3) + [c.notRead ?? "", error] }
        let terms = c.keyTerms
        func names(_ role: FrameRole) -> String { c.parties?.parties(in: role).map(\.label).joined(separator: "; ") ?? "" }
        func days(_ d: DurationValue?) -> String? { d.map { number($0.days) + ($0.businessDays ? " business" : "") } }
        let renewals = terms.filter { $0.family == .auto_renewal }
        let terminations = terms.filter { $0.family == .termination }
        func rights(_ role: FrameRole) -> String {
            let triggers = terminations.filter { $0.party?.role == role && $0.modality != .prohibition }
                .map { $0.trigger?.rawValue ?? "unstated" }
            return unique(triggers).joined(separator: "; ")
        }
        let penalties = terms.filter { $0.family == .penalty && !$0.forfeiture }
        let priced = penalties.first { $0.values.percent != nil }
        let notices = terms.filter { $0.family == .notice }
        return [
            c.path, c.risk.level.rawValue, names(.client), names(.provider), c.parties?.source.rawValue ?? "",
            renewals.isEmpty ? "" : (renewals.contains { $0.automatic == true } ? "yes" : "no"),
            renewals.compactMap { days($0.values.period) }.first ?? "",
            notices.filter { $0.purpose == .non_renewal }.compactMap { days($0.values.notice) }.first ?? "",
            rights(.client), rights(.provider), rights(.either),
            terminations.contains { $0.party?.role == .client && $0.modality == .prohibition } ? "yes" : "",
            unique(terminations.compactMap { days($0.values.notice) } + notices.filter { $0.purpose == .termination }.compactMap { days($0.values.notice) }).joined(separator: "; "),
            unique(penalties.compactMap { $0.party?.role?.rawValue }).joined(separator: "; "),
            priced?.values.percent.map(number) ?? "", priced?.values.base?.rawValue ?? "",
            penalties.compactMap { $0.values.floor.map(money) }.first ?? "", penalties.compactMap { $0.values.cap.map(money) }.first ?? "",
            penalties.contains { $0.values.perDay } ? "yes" : "",
            terms.contains { $0.forfeiture } ? "yes" : "",
            unique(notices.compactMap { days($0.values.notice) }).joined(separator: "; "),
            String(terms.count), c.notRead ?? "", "",
        ]
    }

    private func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }

    private func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
    private func money(_ m: MoneyValue) -> String { "\(m.currency) \(number(m.amount))" }
}
