import Testing
import Foundation
import ClauseGuardReport
import ClauseGuardTestSupport

/// Issue 17: `--format jsonl`, `--shard I/N`, `--files-from` and `merge`. N workers with the same arguments cover
/// every file exactly once, and merging their outputs gives, byte for byte and with the same exit code, the report
/// one run over all the files writes.
@Suite(.serialized) struct ShardAndMergeTests {
    static let penalty = """
    第八条 违约责任
    1. 甲方中途解约的，已支付的服务费不予退还。
    2. 甲方提前解约的，应支付剩余服务费的30%作为违约金，最低不低于人民币伍仟元整。
    """
    static let renewal = """
    SERVICES AGREEMENT
    1. This Agreement shall automatically renew for successive one-year terms unless either Party gives notice at least 90 days before expiry.
    2. Fees paid are non-refundable, including upon early termination by the Customer.
    """
    static let clean = "合作协议\n双方友好合作。\n"

    /// A folder `in` of 13 contracts in sub-folders: Chinese and English text, a Word file, a clean one, and two
    /// that cannot be read (junk named .docx, an empty file), so unreadable files travel through shards too.
    private func corpus(unreadable: Bool = true) throws -> URL {
        let dir = try TestFolder.make("shards")
        let input = dir.appendingPathComponent("in")
        for sub in ["zh", "en", "en/old"] {
            try FileManager.default.createDirectory(at: input.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        var files: [String: String] = ["clean.txt": Self.clean]
        for i in 1...4 { files["zh/合同\(i).txt"] = Self.penalty + "\n3. 通知期为\(i * 10)日。" }
        for i in 1...4 { files["en/contract-\(i).txt"] = Self.renewal + "\n3. Notice period: \(i * 15) days." }
        files["en/old/contract.md"] = Self.renewal
        if unreadable {
            files["zh/broken.docx"] = "not a zip"
            files["en/empty.txt"] = ""
        }
        for (name, text) in files { try Data(text.utf8).write(to: input.appendingPathComponent(name)) }
        let word = DocxBuilder(body: W.para("第八条 违约责任") + W.para("甲方提前解约的，应支付剩余服务费的30%作为违约金，最低不低于人民币伍仟元整。"))
        try FileManager.default.copyItem(atPath: try word.write(), toPath: input.appendingPathComponent("zh/word.docx").path)
        return dir
    }

    private func run(_ arguments: [String], in dir: URL, stdin: Data? = nil) throws -> CLIRunner.Result {
        guard let stdin else { return try CLIRunner.run(arguments + ["-q"], in: dir) }
        // CLIRunner has no standard input; the same run with a pipe for it.
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments + ["-q"]
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["CLAUSEGUARD_RULES"] = CLIRunner.packageRoot.appendingPathComponent("Rules").path
        env["NO_COLOR"] = "1"
        process.environment = env
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(stdin)
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Writes shards 1/N…N/N of `in` to `shard-I.jsonl` and returns their names.
    private func shards(_ n: Int, in dir: URL, options: [String] = []) throws -> [String] {
        try (1...n).map { i in
            let name = "shard-\(i)-of-\(n).jsonl"
            let result = try run(["scan", "in", "--format", "jsonl", "--shard", "\(i)/\(n)", "-o", name] + options, in: dir)
            #expect([0, 1, 3].contains(result.status), "\(result.stderr)")
            return name
        }
    }

    private func lines(_ name: String, in dir: URL) throws -> [String] {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test(arguments: [1, 2, 7]) func shardsTogetherAreTheFullRunEachFileOnce(n: Int) throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = try run(["scan", "in", "--format", "jsonl"], in: dir)
        #expect(full.status == 3, "\(full.stderr)")
        let fullLines = full.stdout.split(separator: "\n").map(String.init)
        #expect(fullLines.count == 14)
        var pieces: [String] = []
        for (i, name) in try shards(n, in: dir).enumerated() {
            let shard = try lines(name, in: dir)
            let header = try object(try #require(shard.first))
            #expect(header["shard"] as? String == "\(i + 1)/\(n)")
            #expect(header["files"] as? Int == shard.count - 1)
            #expect(header["total"] as? Int == 13)
            pieces += shard.dropFirst()
        }
        #expect(pieces.count == 13)
        #expect(Set(pieces) == Set(fullLines.dropFirst()))
        let paths = try pieces.map { try object($0)["path"] as? String ?? "" }
        #expect(Set(paths).count == 13)
        if n == 7 { #expect(try shards(7, in: dir).filter { try lines($0, in: dir).count > 1 }.count > 2) }
    }

    @Test func mergeIsByteIdenticalToOneRunInEveryFormatWithItsExitCode() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = try shards(3, in: dir)
        for format in ReportFormat.allCases {
            let one = try run(["scan", "in", "--format", format.rawValue, "-o", "one.\(format.rawValue)"], in: dir)
            // Shards in any order on the command line.
            let merged = try run(["merge", names[2], names[0], names[1], "--format", format.rawValue, "-o", "merged.\(format.rawValue)"], in: dir)
            #expect(merged.status == one.status, "\(format): \(merged.stderr)")
            #expect(one.status == 3)
            let a = try Data(contentsOf: dir.appendingPathComponent("one.\(format.rawValue)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("merged.\(format.rawValue)"))
            #expect(!a.isEmpty && a == b, "\(format) differs after merge")
        }
    }

    @Test func mergeExitCodeFollowsFailOnAsOneRun() throws {
        let dir = try corpus(unreadable: false)
        defer { try? FileManager.default.removeItem(at: dir) }
        for options in [[], ["--fail-on", "info"], ["--min-severity", "high", "--as", "provider"]] {
            let names = try shards(2, in: dir, options: options)
            let one = try run(["scan", "in", "--format", "sarif"] + options, in: dir)
            let merged = try run(["merge", "--format", "sarif"] + names, in: dir)
            #expect(merged.status == one.status, "\(options): \(merged.stderr)")
            #expect(merged.stdout == one.stdout)
        }
        // A clean run exits 0 both ways.
        try Data("Meeting notes. We had lunch.\n".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let clean = try run(["scan", "notes.txt", "--format", "jsonl", "-o", "clean.jsonl"], in: dir)
        #expect(clean.status == 0)
        #expect(try run(["merge", "clean.jsonl"], in: dir).status == 0)
    }

    @Test func jsonlLinesAreTheJSONReportsContractsAfterAHeader() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let jsonl = try run(["scan", "in", "--format", "jsonl"], in: dir).stdout.split(separator: "\n").map(String.init)
        let json = try object(try run(["scan", "in", "--format", "json"], in: dir).stdout)
        let header = try object(jsonl[0])
        let tool = try #require(header["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "clauseguard" && tool["version"] != nil && tool["rulePack"] != nil)
        #expect(header["schemaVersion"] as? String == json["schemaVersion"] as? String)
        let contracts = try #require(json["contracts"] as? [[String: Any]])
        #expect(jsonl.count == contracts.count + 1)
        for (i, line) in jsonl.dropFirst().enumerated() {
            var contract = try object(line)
            #expect(contract.removeValue(forKey: "position") as? Int == i)
            #expect(NSDictionary(dictionary: contract).isEqual(to: contracts[i]), "line \(i + 2)")
        }
        #expect(jsonl.dropFirst().filter { $0.contains("\"error\":") }.count == 2)
    }

    @Test func filesFromReadsAListFromStandardInput() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = "in/clean.txt\n\n   \nin/en\r\nin/missing.txt\n"
        let listed = try run(["scan", "--files-from", "-", "--format", "jsonl"], in: dir, stdin: Data(list.utf8))
        let direct = try run(["scan", "in/clean.txt", "in/en", "in/missing.txt", "--format", "jsonl"], in: dir)
        #expect(listed.status == 3, "\(listed.stderr)")
        #expect(listed.stdout == direct.stdout)
        let missing = try listed.stdout.split(separator: "\n").map { try object(String($0)) }.filter { $0["path"] as? String == "in/missing.txt" }
        #expect(missing.count == 1 && missing.first?["error"] != nil)
        // A list file, with --shard: the shards of a listed run are its shards.
        try Data(list.utf8).write(to: dir.appendingPathComponent("list.txt"))
        let parts = try (1...2).map { try run(["scan", "--files-from", "list.txt", "--shard", "\($0)/2", "--format", "jsonl"], in: dir).stdout }
        let pieces = parts.flatMap { $0.split(separator: "\n").dropFirst() }
        #expect(Set(pieces) == Set(direct.stdout.split(separator: "\n").dropFirst()))
    }

    @Test(arguments: ["0/3", "4/3", "2/0", "x", "1/2/3", "-1/2"]) func badShardIsAUsageError(spec: String) throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["scan", "in", "--shard=\(spec)"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--shard \(spec):"), "\(result.stderr)")
    }

    @Test func badJSONLLineNamesTheFileAndLine() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = try shards(2, in: dir)
        var broken = try lines(names[1], in: dir)
        try #require(broken.count >= 3)
        broken[2] = "{\"path\": \"in/x.txt\", \"findings\": [oops"
        try Data((broken.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("broken.jsonl"))
        let result = try run(["merge", names[0], "broken.jsonl", "-o", "out.txt"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.jsonl:3: not a contract line"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.txt").path))
    }

    @Test func mergeRefusesShardsThatDoNotMakeOneRun() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = try shards(2, in: dir)
        var other = try lines(names[1], in: dir)
        other[0] = other[0].replacingOccurrences(of: "\"rulePack\":\"", with: "\"rulePack\":\"0ther")
        try Data((other.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("other-pack.jsonl"))
        let pack = try run(["merge", names[0], "other-pack.jsonl"], in: dir)
        #expect(pack.status == 2)
        #expect(pack.stderr.contains("other-pack.jsonl") && pack.stderr.contains("rule pack"), "\(pack.stderr)")

        let missing = try run(["merge", names[0]], in: dir)
        #expect(missing.status == 2 && missing.stderr.contains("missing shard 2/2"), "\(missing.stderr)")

        let cut = try lines(names[1], in: dir).dropLast()
        try Data((cut.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("cut.jsonl"))
        let truncated = try run(["merge", names[0], "cut.jsonl"], in: dir)
        #expect(truncated.status == 2 && truncated.stderr.contains("cut.jsonl:") && truncated.stderr.contains("cut off"), "\(truncated.stderr)")
    }
}
