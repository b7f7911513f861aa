/// JUnit XML, streamed: the suites spilled with each one's counts kept, then the opening tag with the totals, the
/// suites and the closing tag; the bytes equal `JUnitRenderer`'s.
struct JUnitStream: SpillingFormat {
    let renderer: JUnitRenderer

    func part(_ contract: ContractReport) -> [UInt8] { Array(renderer.suite(contract).utf8) }
    func row(_ contract: ContractReport) -> JUnitRenderer.Counts { renderer.counts(contract) }
    func top(_ batch: BatchReport, rows: [JUnitRenderer.Counts]) -> String { renderer.top(rows) }
    func bottom(_ batch: BatchReport, rows: [JUnitRenderer.Counts]) -> String { renderer.bottom }
}
