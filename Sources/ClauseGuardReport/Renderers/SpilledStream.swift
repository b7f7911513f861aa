import Foundation
import Synchronization

/// A format whose top depends on the whole batch (a summary table, the batch language, SARIF's rules, JUnit's
/// totals): each contract's part is rendered on the worker, spilled to a file in input order with a small `Row`
/// kept in memory, and at the end the top, the spilled parts and the bottom are written. The bytes equal the
/// format's renderer over the whole batch.
protocol SpillingFormat: Sendable {
    associatedtype Row: Sendable
    /// One contract's part (on a worker).
    func part(_ contract: ContractReport) -> [UInt8]
    /// What the top and bottom need of the contract (in input order).
    func row(_ contract: ContractReport) -> Row
    func top(_ batch: BatchReport, rows: [Row]) throws -> String
    func bottom(_ batch: BatchReport, rows: [Row]) throws -> String
    /// Writes the spilled parts (nil: none were spilled) to the output: as they are, unless the format fills in
    /// what only the end knows.
    func copy(_ spill: SpillFile?, batch: BatchReport, rows: [Row], to output: ReportSink) throws
}

extension SpillingFormat {
    func copy(_ spill: SpillFile?, batch: BatchReport, rows: [Row], to output: ReportSink) throws { try spill?.read { output.write($0) } }
}

final class SpilledStream<Format: SpillingFormat>: ReportStream {
    private struct State {
        var spill: SpillFile?
        var rows: [Format.Row] = []
        var failure: String?
    }

    private let format: Format
    private let folder: String
    private let state = Mutex(State())

    init(_ format: Format, spillFolder: String?) {
        self.format = format
        folder = spillFolder ?? NSTemporaryDirectory()
    }

    func begin() -> String { "" }

    func contract(_ contract: ContractReport, first: Bool) -> [UInt8] { format.part(contract) }

    func deliver(_ contract: ContractReport, part: [UInt8], to output: ReportSink) {
        let row = format.row(contract)
        state.withLock { state in
            state.rows.append(row)
            guard state.failure == nil, !part.isEmpty else { return }
            if state.spill == nil {
                do { state.spill = try SpillFile(folder: folder) } catch { state.failure = "\(error)"; return }
            }
            state.spill?.append(part)
        }
    }

    func finish(_ batch: BatchReport, to output: ReportSink) throws {
        let (spill, rows, failure) = state.withLock { state in
            defer { state = State() }
            return (state.spill, state.rows, state.failure)
        }
        if let failure { throw SpillFile.Failure(description: failure) }
        output.write(try format.top(batch, rows: rows))
        try format.copy(spill, batch: batch, rows: rows, to: output)
        output.write(try format.bottom(batch, rows: rows))
    }

    func end(_ batch: BatchReport) throws -> String {
        let buffer = ReportBuffer()
        try finish(batch, to: buffer)
        return buffer.text
    }
}
