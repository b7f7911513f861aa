import Foundation

/// A progress line with counts and an ETA on a terminal; nothing when stderr is not a TTY.
/// `@unchecked Sendable`: the only mutable state, `lastDraw`, is only touched with `lock` held, which also keeps
/// two workers from drawing at once (a lock held while drawing, not only while reading the state).
final class ProgressReporter: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    var update: @Sendable (Int) -> Void { { [self] done in draw(done) } }

    private func draw(_ done: Int) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = String(format: "\r%@ %d/%d  %.0f files/s  ETA %.0fs ", bar, done, total, Double(done) / max(elapsed, 0.001), eta)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
