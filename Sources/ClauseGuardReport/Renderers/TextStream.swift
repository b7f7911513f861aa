/// The text report, streamed: each contract's part spilled, then the settings lines (in the batch's language),
/// the parts, and the batch summary; the bytes equal `TextRenderer`'s.
struct TextStream: SpillingFormat {
    let renderer: TextRenderer

    func part(_ contract: ContractReport) -> [UInt8] { Array((renderer.renderContract(contract) + "\n").utf8) }
    func row(_ contract: ContractReport) -> ContractRow { ContractRow(contract) }
    func top(_ batch: BatchReport, rows: [ContractRow]) -> String { renderer.top(batch, rows: rows) }
    func bottom(_ batch: BatchReport, rows: [ContractRow]) -> String { renderer.bottom(batch, rows: rows) }
}
