import Testing
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `-o`, `--timings` and `--write-baseline` may never do: remove a folder, write over a contract, replace a
/// device node, share a temporary file with another run, leave half a file or a temporary file behind.
/// Every path here is inside the test's own temporary folder; device nodes are made there, never the real ones.
@Suite struct OutputSafetyTests {
    static let contract = """
    网店托管服务合同
    第八条 违约责任
    1. 甲方提前解约的，应支付剩余服务费的30%作为违约金，最低不少于5000元。
    2. 合同期满未提出异议的，视为自动续约一年。
    """

    /// A folder holding `contracts/a.txt`, `contracts/b.txt`.
    private func folder() throws -> (root: URL, contracts: URL) {
        let root = try CLIRunner.temporaryFolder()
        let contracts = root.appendingPathComponent("contracts")
        try FileManager.default.createDirectory(at: contracts, withIntermediateDirectories: true)
        for name in ["a.txt", "b.txt"] {
            try Data(Self.contract.utf8).write(to: contracts.appendingPathComponent(name))
        }
        return (root, contracts)
    }

    private func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".clauseguard-") || $0.hasSuffix(".partial") }
    }

    @Test func outputNamingTheScannedFolderIsRefusedAndTheFolderKept() throws {
        let (root, contracts) = try folder()
        let run = try CLIRunner.run(["scan", "contracts", "-o", "contracts"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("contracts: is a folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: contracts.path).sorted() == ["a.txt", "b.txt"])
    }

    @Test func outputOverAnInputIsRefusedBeforeAnythingIsWritten() throws {
        let (root, contracts) = try folder()
        let original = try Data(contentsOf: contracts.appendingPathComponent("a.txt"))
        try FileManager.default.linkItem(atPath: contracts.appendingPathComponent("a.txt").path,
                                         toPath: root.appendingPathComponent("hardlink.txt").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: "contracts/b.txt")
        let attempts: [[String]] = [
            ["scan", "contracts/a.txt", "-o", "contracts/a.txt"],
            ["scan", "contracts", "-o", "contracts/a.txt"],
            ["scan", "contracts", "--timings", "contracts/a.txt"],
            ["scan", "contracts", "--write-baseline", "contracts/a.txt"],
            ["scan", "contracts", "-o", "hardlink.txt"],
            ["scan", "contracts", "-o", "link.txt"],
        ]
        for arguments in attempts {
            let run = try CLIRunner.run(arguments, in: root)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("is an input of this scan"), "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(arguments): nothing is scanned")
        }
        #expect(try Data(contentsOf: contracts.appendingPathComponent("a.txt")) == original)
        #expect(try Data(contentsOf: contracts.appendingPathComponent("b.txt")) == original)
        #expect(try leftovers(in: root).isEmpty && leftovers(in: contracts).isEmpty)
    }

    @Test func twoOutputsOnOnePathAreRefused() throws {
        let (root, _) = try folder()
        let run = try CLIRunner.run(["scan", "contracts", "-o", "r.txt", "--timings", "r.txt"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is also the path of"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("r.txt").path))
    }

    @Test func badOutputPathsFailBeforeTheScan() throws {
        let (root, _) = try folder()
        for option in ["-o", "--timings", "--write-baseline"] {
            let run = try CLIRunner.run(["scan", "contracts", option, "missing-folder/out"], in: root)
            #expect(run.status == 2, "\(option)")
            #expect(run.stderr.contains("missing-folder") && run.stderr.contains("does not exist"), "\(option): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(option): the scan never started")
        }
    }

    @Test func aFIFOIsWrittenInPlaceNeverReplaced() throws {
        let (root, _) = try folder()
        let fifo = root.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // The reader opens the FIFO in the background; the scan's open blocks until it does.
        let received = ReceivedBytes()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo.path) { received.set(handle.readDataToEndOfFile()) }
        }
        reader.start()
        let run = try CLIRunner.run(["scan", "contracts", "--format", "json", "-o", fifo.path], in: root)
        #expect(run.status == 1, "\(run.stderr)")
        for _ in 0..<200 where received.get() == nil { usleep(10_000) }
        let report = try #require(received.get())
        #expect((try? JSONSerialization.jsonObject(with: report)) != nil)
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
    }

    /// A character device made in the test's folder (making one needs root; skipped otherwise). Before the fix,
    /// `-o /dev/null` as root replaced the machine's /dev/null with a regular file.
    @Test(.enabled(if: geteuid() == 0, "making a device node needs root"))
    func aCharacterDeviceIsWrittenInPlaceAndAFullOneIsAnError() throws {
        let (root, _) = try folder()
        let null = root.appendingPathComponent("null"), full = root.appendingPathComponent("full")
        // glibc's makedev for small numbers (a macro Swift does not import): major << 8 | minor.
        #expect(mknod(null.path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        #expect(mknod(full.path, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)
        let quiet = try CLIRunner.run(["scan", "contracts", "-o", null.path], in: root)
        #expect(quiet.status == 1, "\(quiet.stderr)")
        let failed = try CLIRunner.run(["scan", "contracts", "-o", full.path], in: root)
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("No space left on device"))
        for node in [null, full] {
            var info = stat()
            #expect(lstat(node.path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "\(node.lastPathComponent) is still a device")
        }
        #expect(try leftovers(in: root).isEmpty)
    }

    @Test func anotherRunsTemporaryFileIsNeverTouched() throws {
        let (root, _) = try folder()
        // The old sink wrote every run to `<out>.partial`: a second run truncated the first one's report.
        let partial = root.appendingPathComponent("report.json.partial")
        try Data("another run's report".utf8).write(to: partial)
        let run = try CLIRunner.run(["scan", "contracts", "--format", "json", "-o", "report.json"], in: root)
        #expect(run.status == 1)
        #expect(try String(contentsOf: partial, encoding: .utf8) == "another run's report")
        let report = try Data(contentsOf: root.appendingPathComponent("report.json"))
        #expect((try? JSONSerialization.jsonObject(with: report)) != nil)
    }

    @Test func concurrentRunsOnOneOutputEndWithACompleteReport() throws {
        let (root, _) = try folder()
        let group = DispatchGroup()
        let statuses = ReceivedBytes()
        for _ in 0..<4 {
            group.enter()
            DispatchQueue.global().async {
                let run = try? CLIRunner.run(["scan", "contracts", "--format", "json", "-o", "report.json"], in: root)
                statuses.append(run?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(statuses.statuses == [1, 1, 1, 1])
        let report = try Data(contentsOf: root.appendingPathComponent("report.json"))
        #expect((try? JSONSerialization.jsonObject(with: report)) != nil)
        #expect(try leftovers(in: root).isEmpty)
    }

    /// A write that fails half-way (here a file-size limit, which fails like a full disk without needing one):
    /// one line, exit 2, the previous file unchanged, no temporary file left.
    @Test func aFailedWriteKeepsThePreviousFileAndLeavesNoTemporaryFile() throws {
        let (root, _) = try folder()
        for option in ["-o", "--write-baseline"] {
            let previous = root.appendingPathComponent("previous\(option).json")
            try Data("previous".utf8).write(to: previous)
            let command = "ulimit -f 1; exec \"$0\" scan contracts --format json \(option) \"$1\""
            let run = try CLIRunner.run(["-c", command, CLIRunner.binary.path, previous.path], in: root,
                                        executable: URL(fileURLWithPath: "/bin/sh"))
            #expect(run.status == 2, "\(option): \(run.stderr)")
            #expect(run.stderr.contains("cannot write") && run.stderr.split(separator: "\n").count == 1, "\(option): \(run.stderr)")
            #expect(try String(contentsOf: previous, encoding: .utf8) == "previous")
        }
        #expect(try leftovers(in: root).isEmpty)
    }

    @Test func writingOverAnExistingReportKeepsItsModeAndIsComplete() throws {
        let (root, _) = try folder()
        let report = root.appendingPathComponent("report.json")
        try Data("old".utf8).write(to: report)
        #expect(chmod(report.path, 0o640) == 0)
        let run = try CLIRunner.run(["scan", "contracts", "--format", "json", "-o", "report.json"], in: root)
        #expect(run.status == 1)
        #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: report))) != nil)
        var info = stat()
        #expect(stat(report.path, &info) == 0 && info.st_mode & 0o777 == 0o640)
    }

    @Test func aSignalDuringTheScanRemovesTheTemporaryFile() throws {
        let (root, contracts) = try folder()
        // Enough contracts that the scan is still running when the signal comes.
        let text = Data(String(repeating: Self.contract + "\n", count: 40).utf8)
        for n in 0..<400 { try text.write(to: contracts.appendingPathComponent("c\(n).txt")) }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["scan", "contracts", "--format", "html", "-o", "report.html", "--jobs", "1", "-q"]
        process.currentDirectoryURL = root
        process.environment = ["CLAUSEGUARD_RULES": CLIRunner.packageRoot.appendingPathComponent("Rules").path, "NO_COLOR": "1"]
        try process.run()
        var sawTemporary = false
        for _ in 0..<2000 where !sawTemporary && process.isRunning {
            sawTemporary = try !leftovers(in: root).isEmpty
            if !sawTemporary { usleep(10_000) }
        }
        process.terminate()   // SIGTERM
        process.waitUntilExit()
        #expect(sawTemporary, "the report's temporary file existed while scanning")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(try leftovers(in: root).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("report.html").path))
    }
}

/// Bytes or exit statuses handed over from another thread.
/// `@unchecked Sendable`: `data` and `received` are only touched with `lock` held.
private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var received: [Int32] = []
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data? { lock.lock(); defer { lock.unlock() }; return data }
    func append(_ status: Int32) { lock.lock(); received.append(status); lock.unlock() }
    var statuses: [Int32] { lock.lock(); defer { lock.unlock() }; return received }
}
