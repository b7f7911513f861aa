/// A format made only of lines per contract (no header, no summary): rendered whole or streamed one contract at a
/// time, the same bytes either way. A conforming format writes `lines(for:)`; the rest comes from here.
public protocol LineReport: ReportRenderer, ReportStream {
    func lines(for contract: ContractReport) -> String
}

extension LineReport {
    public func render(_ report: BatchReport) throws -> String { report.contracts.map(lines(for:)).joined() }
    public func begin() -> String { "" }
    public func contract(_ contract: ContractReport, first: Bool) -> [UInt8] { Array(lines(for: contract).utf8) }
    public func end(_ batch: BatchReport) throws -> String { "" }
}
