import Foundation

/// Per-file scan times collected from the workers for `scan --timings`, written as `path<TAB>milliseconds`
/// lines in completion order (benchmarks compute p50/p99 from it).
final class TimingLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func record(_ path: String, _ seconds: Double) {
        let line = "\(path)\t\(String(format: "%.3f", seconds * 1000))\n"
        lock.lock(); defer { lock.unlock() }
        lines.append(line)
    }

    func write(to path: String) throws {
        lock.lock(); defer { lock.unlock() }
        do {
            try Data(lines.joined().utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            printError("clauseguard: cannot write timings to \(path): \(error.localizedDescription)")
            throw ExitStatus.usage
        }
    }
}
