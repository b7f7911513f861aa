import Foundation
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardReport

/// Runs the pipeline over many files in parallel: each worker reads and analyses one contract at a time and keeps
/// only its report, so memory stays bounded by the workers, not by the folder. Output order is the input order.
public struct BatchScanner: Sendable {
    public var reader: ContractReader
    public var analyzer: Analyzer
    public var minimumSeverity: Severity
    public var jobs: Int
    /// Called (from any thread) with each file's path and the seconds it took to read and analyse, e.g. for
    /// `scan --timings`; kept out of the reports so they stay byte-identical between runs.
    public var timing: (@Sendable (String, Double) -> Void)?
    /// Asked before each file; once true, no further file is started (e.g. the report can no longer be written).
    public var isCancelled: (@Sendable () -> Bool)?
    /// The name standing for standard input in the file list (`scan -`): that entry is read from the stream.
    public var standardInputName: String?

    public init(reader: ContractReader, analyzer: Analyzer, minimumSeverity: Severity = .info, jobs: Int) {
        self.reader = reader
        self.analyzer = analyzer
        self.minimumSeverity = minimumSeverity
        self.jobs = max(1, jobs)
    }

    /// Scans `files`; `progress` is called (from any thread) after each file with the number done.
    public func scan(_ files: [String], progress: (@Sendable (Int) -> Void)? = nil) -> [ContractReport] {
        // `deliver` is never called concurrently, and every call happens before `scan` returns.
        var reports: [ContractReport] = []
        scan(files, progress: progress) { reports.append($0) }
        return reports
    }

    /// Scans `files` and hands each report to `deliver` in input order as soon as it and all before it are done,
    /// then forgets it: memory holds the reports in flight, not the batch. `deliver` is never called concurrently.
    public func scan(_ files: [String], progress: (@Sendable (Int) -> Void)? = nil, deliver: @escaping (ContractReport) -> Void) {
        scan(files, progress: progress, prepare: { _, report in report }, deliver: deliver)
    }

    /// Like `scan(_:progress:deliver:)`, with a `prepare` step (given the file's index) that runs on the worker
    /// right after the file is analysed, e.g. rendering its part of a streamed report, so only `deliver` is serial.
    public func scan<Prepared: Sendable>(_ files: [String], progress: (@Sendable (Int) -> Void)? = nil,
                                         prepare: @escaping @Sendable (Int, ContractReport) -> Prepared,
                                         deliver: @escaping (Prepared) -> Void) {
        let results = ResultSlots<Prepared>(count: files.count, deliver: deliver)
        let workers = min(jobs, max(1, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while isCancelled?() != true, let i = results.claim() {
                let start = DispatchTime.now().uptimeNanoseconds
                let prepared = prepare(i, scanOne(files[i]))
                timing?(files[i], Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                let done = results.store(prepared, at: i)
                progress?(done)
            }
        }
    }

    public func scanOne(_ path: String) -> ContractReport {
        do {
            let document = path == standardInputName ? try reader.readStream(name: path) : try reader.read(path: path)
            let analysis = analyzer.analyze(document)
            var report = ContractReport(path: path, document: document, analysis: analysis, minimumSeverity: minimumSeverity)
            report.suppress(where: CommentSuppression(document: document).reason(for:))
            return report
        } catch {
            return ContractReport(path: path, error: error)
        }
    }
}

/// Work queue and the reorder buffer shared by the workers: results are delivered in input order, each slot
/// emptied once delivered. One worker at a time delivers, outside the lock, so the others keep scanning.
///
/// `@unchecked Sendable` because the compiler cannot see the locking: every stored `var` is read and written only
/// with `lock` held, and `deliver` (not `@Sendable`) is called only by the worker that set `delivering` under the
/// lock, so never by two threads at once, each handover ordered by the lock. `NSLock` rather than `Mutex`: the lock
/// guards several fields and a non-`Sendable` callback together, which `Mutex`'s single value would not express.
private final class ResultSlots<Prepared>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var nextToDeliver = 0
    private var delivering = false
    private let count: Int
    /// Results done but not yet delivered, by index: only those in flight, so memory does not grow with the batch
    /// (an array of a slot per file costs the size of a report per file: 25 MB for 100,000 files).
    private var slots: [Int: Prepared] = [:]
    private let deliver: (Prepared) -> Void

    init(count: Int, deliver: @escaping (Prepared) -> Void) {
        self.count = count
        self.deliver = deliver
    }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < count else { return nil }
        defer { next += 1 }
        return next
    }

    func store(_ result: Prepared, at index: Int) -> Int {
        lock.lock()
        slots[index] = result
        done += 1
        let finished = done
        // Whoever finds ready results and nobody delivering becomes the deliverer until none are ready.
        guard !delivering else { lock.unlock(); return finished }
        delivering = true
        while true {
            var ready: [Prepared] = []
            while let result = slots.removeValue(forKey: nextToDeliver) {
                ready.append(result)
                nextToDeliver += 1
            }
            if ready.isEmpty { break }
            lock.unlock()
            ready.forEach(deliver)
            lock.lock()
        }
        delivering = false
        lock.unlock()
        return finished
    }
}
