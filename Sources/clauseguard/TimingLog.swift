import Foundation

/// Per-file scan times collected from the workers for `scan --timings`, written as `path<TAB>milliseconds`
/// lines in completion order (benchmarks compute p50/p99 from it).
/// `@unchecked Sendable`: `lines` is only touched with `lock` held (`Mutex` would need macOS 15).
final class TimingLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func record(_ path: String, _ seconds: Double) {
        let line = "\(path)\t\(String(format: "%.3f", seconds * 1000))\n"
        lock.lock(); defer { lock.unlock() }
        lines.append(line)
    }

    var text: String {
        lock.lock(); defer { lock.unlock() }
        return lines.joined()
    }
}

/// Set once an output could not be written; read by the workers so a full disk stops the scan early.
/// `@unchecked Sendable`: `failed` is only touched with `lock` held (`Atomic` would need macOS 15).
final class WriteFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var failed = false

    func set() {
        lock.lock(); defer { lock.unlock() }
        failed = true
    }

    @Sendable func isSet() -> Bool {
        lock.lock(); defer { lock.unlock() }
        return failed
    }
}
