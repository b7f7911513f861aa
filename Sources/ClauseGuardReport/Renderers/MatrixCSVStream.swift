/// The matrix CSV, streamed: its columns are the families of the whole batch, so each contract's row is kept
/// (not the contract) and the file is written at the end; the bytes equal `MatrixCSVRenderer`'s.
struct MatrixCSVStream: SpillingFormat {
    let renderer = MatrixCSVRenderer()

    func part(_ contract: ContractReport) -> [UInt8] { [] }
    func row(_ contract: ContractReport) -> ContractRow { ContractRow(contract) }
    func top(_ batch: BatchReport, rows: [ContractRow]) -> String { renderer.render(rows) }
    func bottom(_ batch: BatchReport, rows: [ContractRow]) -> String { "" }
}
