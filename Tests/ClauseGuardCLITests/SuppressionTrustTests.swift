import Testing
import Foundation

/// Accepting a finding must accept exactly that finding: not another client's contract of the same name, not
/// forever because a date was misspelt; and a large baseline must not make the scan quadratic.
@Suite struct SuppressionTrustTests {
    private func clients() throws -> URL {
        let root = try CLIRunner.temporaryFolder()
        for client in ["clientA", "clientB"] {
            let folder = root.appendingPathComponent("contracts/\(client)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(OutputSafetyTests.contract.utf8).write(to: folder.appendingPathComponent("合同.txt"))
        }
        return root
    }

    @Test func baselineAcceptsOneClientsContractNotAnotherOfTheSameName() throws {
        let root = try clients()
        let accepted = root.appendingPathComponent("accept-A")
        try FileManager.default.createDirectory(at: accepted.appendingPathComponent("clientA"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("contracts/clientA/合同.txt").path,
                                         toPath: accepted.appendingPathComponent("clientA/合同.txt").path)
        // Accept clientA's findings only (a baseline written from a folder holding only clientA).
        let write = try CLIRunner.run(["scan", "accept-A", "--write-baseline", "baseline.json", "-q"], in: root)
        #expect(write.status == 1)
        let baseline = try String(contentsOf: root.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(baseline.contains("\"file\" : \"clientA/合同.txt\""))

        let run = try CLIRunner.run(["scan", "contracts", "--baseline", "baseline.json", "--format", "json"], in: root)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let contracts = json["contracts"] as! [[String: Any]]
        let a = try #require(contracts.first { ($0["path"] as? String)?.contains("clientA") == true })
        let b = try #require(contracts.first { ($0["path"] as? String)?.contains("clientB") == true })
        #expect((a["findings"] as! [[String: Any]]).allSatisfy { $0["severity"] as? String != "high" })
        #expect((b["findings"] as! [[String: Any]]).contains { $0["severity"] as? String == "high" }, "clientB was never reviewed")
        #expect((b["suppressed"] as? [[String: Any]] ?? []).isEmpty)
        #expect(run.status == 1)
    }

    @Test func aBaselineKeyedByFileNameOnlyIsRefused() throws {
        let root = try clients()
        let legacy = #"{"schemaVersion": "1.0", "entries": [{"file": "合同.txt", "ruleID": "penalty.percentage-of-remaining-fees", "fingerprint": "x"}]}"#
        try Data(legacy.utf8).write(to: root.appendingPathComponent("old.json"))
        let run = try CLIRunner.run(["scan", "contracts", "--baseline", "old.json"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--write-baseline"))
    }

    @Test func rewritingTheBaselineItReadIsAllowedAndAtomic() throws {
        let root = try clients()
        #expect(try CLIRunner.run(["scan", "contracts", "--write-baseline", "b.json", "-q"], in: root).status == 1)
        let again = try CLIRunner.run(["scan", "contracts", "--baseline", "b.json", "--write-baseline", "b.json", "-q"], in: root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("b.json")))) != nil)
    }

    /// 5,000 entries: each finding used to rebuild the whole set (38 s for 4,950 entries). Bounded well below that;
    /// the figure is in BENCHMARKS.md.
    @Test func aLargeBaselineIsLookedUpNotScanned() throws {
        let root = try clients()
        var entries: [String] = []
        for n in 0..<5_000 {
            entries.append(#"{"file": "clientA/x\#(n).txt", "ruleID": "penalty.x", "fingerprint": "\#(n)"}"#)
        }
        try Data(#"{"schemaVersion": "2.0", "entries": [\#(entries.joined(separator: ","))]}"#.utf8)
            .write(to: root.appendingPathComponent("big.json"))
        let contracts = root.appendingPathComponent("contracts/clientA")
        let text = Data(String(repeating: OutputSafetyTests.contract + "\n", count: 20).utf8)
        for n in 0..<50 { try text.write(to: contracts.appendingPathComponent("c\(n).txt")) }
        // Against a peer in the same run (no baseline): a lookup costs no more than the scan itself.
        let plainStart = Date()
        #expect(try CLIRunner.run(["scan", "contracts", "--format", "json", "-q"], in: root).status == 1)
        let plain = Date().timeIntervalSince(plainStart)
        let start = Date()
        let run = try CLIRunner.run(["scan", "contracts", "--baseline", "big.json", "--format", "json", "-q"], in: root)
        let withBaseline = Date().timeIntervalSince(start)
        #expect(run.status == 1)
        #expect(withBaseline < 3 * plain + 2, "\(withBaseline) s with a 5,000-entry baseline, \(plain) s without")
    }

    @Test func ignoreExpiryIsADateNotText() throws {
        let root = try clients()
        // 2020-9-30 sorted after "2020-12-31" as text and never expired.
        try Data("- rule: penalty\n  reason: old exception\n  expires: 2020-9-30\n".utf8)
            .write(to: root.appendingPathComponent(".clauseguardignore.yml"))
        let run = try CLIRunner.run(["scan", "contracts", "--format", "json"], in: root)
        #expect(run.stderr.contains(":1: ignore entry for penalty expired on 2020-9-30"), "\(run.stderr)")
        #expect(run.stdout.contains("\"family\" : \"penalty\""))
    }

    @Test func impossibleDatesAndUnknownKeysAreErrorsWithTheirLine() throws {
        let root = try clients()
        let cases = [
            ("- rule: penalty\n  reason: x\n  expires: 2026-13-45\n", ":1: entry 1: 'expires' must be a real date"),
            ("- rule: penalty\n  reason: x\n- rule: notice\n  reasn: typo\n", ":4: unknown key 'reasn'"),
            ("- rule: penalty\n  reason: x\n  expires: 2027-02-29\n", "'expires' must be a real date"),
        ]
        for (content, expected) in cases {
            try Data(content.utf8).write(to: root.appendingPathComponent(".clauseguardignore.yml"))
            let run = try CLIRunner.run(["scan", "contracts"], in: root)
            #expect(run.status == 2, "\(content)")
            #expect(run.stderr.contains(expected), "\(run.stderr)")
        }
    }
}
