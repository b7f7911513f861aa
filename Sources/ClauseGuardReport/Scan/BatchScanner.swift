import Foundation
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules

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

    public init(reader: ContractReader, analyzer: Analyzer, minimumSeverity: Severity = .info, jobs: Int) {
        self.reader = reader
        self.analyzer = analyzer
        self.minimumSeverity = minimumSeverity
        self.jobs = max(1, jobs)
    }

    /// Scans `files`; `progress` is called (from any thread) after each file with the number done.
    public func scan(_ files: [String], progress: (@Sendable (Int) -> Void)? = nil) -> [ContractReport] {
        let collected = Collected()
        scan(files, progress: progress) { collected.reports.append($0) }
        return collected.reports
    }

    /// Scans `files` and hands each report to `deliver` in input order as soon as it and all before it are done,
    /// then forgets it: memory holds the reports in flight, not the batch. `deliver` is never called concurrently.
    public func scan(_ files: [String], progress: (@Sendable (Int) -> Void)? = nil, deliver: @escaping (ContractReport) -> Void) {
        let results = ResultSlots(count: files.count, deliver: deliver)
        let workers = min(jobs, max(1, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = results.claim() {
                let start = DispatchTime.now().uptimeNanoseconds
                let report = scanOne(files[i])
                timing?(files[i], Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                let done = results.store(report, at: i)
                progress?(done)
            }
        }
    }

    private final class Collected: @unchecked Sendable { var reports: [ContractReport] = [] }

    public func scanOne(_ path: String) -> ContractReport {
        do {
            let document = try reader.read(path: path)
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
/// emptied once delivered.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var nextToDeliver = 0
    private var slots: [ContractReport?]
    private let deliver: (ContractReport) -> Void

    init(count: Int, deliver: @escaping (ContractReport) -> Void) {
        slots = Array(repeating: nil, count: count)
        self.deliver = deliver
    }

    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        defer { next += 1 }
        return next
    }

    func store(_ report: ContractReport, at index: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        slots[index] = report
        done += 1
        while nextToDeliver < slots.count, let ready = slots[nextToDeliver] {
            slots[nextToDeliver] = nil
            nextToDeliver += 1
            deliver(ready)
        }
        return done
    }
}
