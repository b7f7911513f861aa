import Foundation
import ClauseGuardTestSupport

/// Runs the built `clauseguard` binary, as a user would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        // The test bundle sits beside the products of the same build.
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("clauseguard")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/clauseguard")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env["CLAUSEGUARD_RULES"] = packageRoot.appendingPathComponent("Rules").path
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large report cannot fill the pipe and block.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs the binary under GNU time (`/usr/bin/time`, installed by scripts/setup.sh) and returns its exit
    /// status and peak RSS in KiB. Measured by a separate parent: a child spawned from this large test process
    /// would inherit the test process's high-water mark in its own `ru_maxrss`.
    static func runMeasuringPeakRSS(_ arguments: [String]) throws -> (status: Int32, peakKiB: Int) {
        let figures = try TestFolder.make("rss").appendingPathComponent("rss")
        let run = try run(["-f", "%M", "-o", figures.path, binary.path] + arguments, executable: URL(fileURLWithPath: "/usr/bin/time"))
        let peak = try String(contentsOf: figures, encoding: .utf8).split(separator: "\n").last.flatMap { Int($0) }
        return (run.status, peak ?? 0)
    }

    /// A fresh temporary folder (removed by the caller, or with all the others when the tests end).
    static func temporaryFolder() throws -> URL { try TestFolder.make("cli") }
}
