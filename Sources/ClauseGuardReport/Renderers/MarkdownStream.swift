/// The Markdown report, streamed: the contracts' sections spilled, then the summary table and family matrix,
/// then the sections; the bytes equal `MarkdownRenderer`'s.
struct MarkdownStream: SpillingFormat {
    let renderer: MarkdownRenderer

    func part(_ contract: ContractReport) -> [UInt8] { Array(renderer.section(contract).utf8) }
    func row(_ contract: ContractReport) -> ContractRow { ContractRow(contract) }
    func top(_ batch: BatchReport, rows: [ContractRow]) -> String { renderer.top(batch, rows: rows) }
    func bottom(_ batch: BatchReport, rows: [ContractRow]) -> String { "" }
}
