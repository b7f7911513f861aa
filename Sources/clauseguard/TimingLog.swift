import Foundation
import Synchronization

/// Per-file scan times collected from the workers for `scan --timings`, written as `path<TAB>milliseconds`
/// lines in completion order (benchmarks compute p50/p99 from it).
final class TimingLog: Sendable {
    private let lines = Mutex<[String]>([])

    func record(_ path: String, _ seconds: Double) {
        let line = "\(path)\t\(String(format: "%.3f", seconds * 1000))\n"
        lines.withLock { $0.append(line) }
    }

    var text: String { lines.withLock { $0.joined() } }
}

/// Set once an output could not be written; read by the workers so a full disk stops the scan early.
final class WriteFailure: Sendable {
    private let failed = Atomic<Bool>(false)

    func set() { failed.store(true, ordering: .relaxed) }

    @Sendable func isSet() -> Bool { failed.load(ordering: .relaxed) }
}
