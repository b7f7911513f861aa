/// The HTML report, streamed: the contracts' sections spilled, then the head, chart, index and matrix, then the
/// sections; the bytes equal `HTMLRenderer`'s. A section's anchor and its path as shown (relative to the folder
/// all the contracts share) are known only at the end, so they are spilled as the control bytes `anchor` and
/// `path`, which escaped text never holds (controls are shown visibly), and filled in as the spill is copied.
struct HTMLStream: SpillingFormat {
    let renderer: HTMLRenderer
    private static let anchor: UInt8 = 0x01, path: UInt8 = 0x02

    func part(_ contract: ContractReport) -> [UInt8] {
        let marker = String(UnicodeScalar(Self.path))
        var shownError = ""
        if let error = contract.error {
            shownError = error.hasPrefix(contract.path + ": ") ? marker + escape(String(error.dropFirst(contract.path.count))) : escape(error)
        }
        let section = renderer.contractSection(contract, anchor: String(UnicodeScalar(Self.anchor)), shownPath: marker, shownError: shownError)
        return Array(section.utf8)
    }

    func row(_ contract: ContractReport) -> HTMLRenderer.Row { HTMLRenderer.Row(contract) }

    func top(_ batch: BatchReport, rows: [HTMLRenderer.Row]) -> String { renderer.top(batch, rows: rows, frame: renderer.frame(rows)) }

    func bottom(_ batch: BatchReport, rows: [HTMLRenderer.Row]) -> String { HTMLRenderer.bottom }

    /// Each section starts with its anchor marker: the n-th one becomes n, and the path markers after it the
    /// n-th contract's path as shown.
    func copy(_ spill: SpillFile?, batch: BatchReport, rows: [HTMLRenderer.Row], to output: ReportSink) throws {
        guard let spill else { return }
        let frame = renderer.frame(rows)
        var section = -1
        var shownPath: [UInt8] = []
        try spill.read { chunk in
            var start = 0
            for (i, byte) in chunk.enumerated() where byte == Self.anchor || byte == Self.path {
                if i > start { output.write(Array(chunk[start..<i])) }
                start = i + 1
                if byte == Self.anchor {
                    section += 1
                    shownPath = Array(escape(frame.path(rows[section].contract.path)).utf8)
                    output.write(String(section))
                } else {
                    output.write(shownPath)
                }
            }
            if start < chunk.count { output.write(Array(chunk[start...])) }
        }
    }
}
