import Testing
import Foundation

/// Each sample contract has a golden file of expected findings (rule id, clause, extracted values), so a change in
/// the rules or in ingestion that moves, adds or drops a finding is seen. After an intended change, regenerate with
/// `UPDATE_GOLDEN=1 swift test --filter GoldenSampleTests` and review the diff.
@Suite(.serialized) struct GoldenSampleTests {
    static let samples: [String] = {
        let dir = CLIRunner.packageRoot.appendingPathComponent("SampleContracts")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    static func goldenURL(_ sample: String) -> URL {
        CLIRunner.packageRoot.appendingPathComponent("Tests/Golden/\(sample).findings.txt")
    }

    /// One line per party (label, role, where the role came from), per key term (family, clause, summary) and per
    /// finding (severity, rule, clause citation, values) — stable and readable in a diff.
    static func summarize(_ json: String) throws -> String {
        let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let contract = (report["contracts"] as! [[String: Any]])[0]
        if let error = contract["error"] as? String { return "error: \(error)\n" }
        var lines: [String] = []
        if let map = contract["parties"] as? [String: Any] {
            for party in map["parties"] as? [[String: Any]] ?? [] {
                let evidence = (party["evidence"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
                lines.append("party \(party["label"] as! String) = \(party["role"] as? String ?? "?") (\(Array(Set(evidence)).sorted().joined(separator: ",")))")
            }
        }
        for term in contract["keyTerms"] as? [[String: Any]] ?? [] {
            let location = term["location"] as! [String: Any]
            let clause = (location["clause"] as? String).map { $0.isEmpty ? "(preamble)" : $0 } ?? "?"
            let summary = (term["summary"] as! [String: String])["en"]!
            lines.append("keyterm \(term["family"] as! String) @ \(clause) | \(summary)")
        }
        for (key, label) in [("findings", ""), ("suppressed", "suppressed ")] {
            for finding in contract[key] as! [[String: Any]] {
                let location = finding["location"] as? [String: Any]
                let clause = (location?["clause"] as? String).map { $0.isEmpty ? "(preamble)" : $0 } ?? "(missing)"
                let values = (finding["values"] as? [String: [String: Any]] ?? [:]).sorted { $0.key < $1.key }
                    .map { "\($0.key)=\($0.value["text"] as? String ?? "?")" }.joined(separator: " ")
                lines.append("\(label)\(finding["severity"] as! String) \(finding["ruleID"] as! String) @ \(clause)\(values.isEmpty ? "" : " | " + values)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func everySampleHasAGoldenFile() {
        #expect(Self.samples.count >= 8)
        for sample in Self.samples {
            #expect(FileManager.default.fileExists(atPath: Self.goldenURL(sample).path) || ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil,
                    "no golden file for \(sample)")
        }
    }

    @Test(arguments: GoldenSampleTests.samples)
    func findingsMatchTheGoldenFile(_ sample: String) throws {
        let path = CLIRunner.packageRoot.appendingPathComponent("SampleContracts/\(sample)").path
        let run = try CLIRunner.run(["scan", path, "--format", "json", "--lang", "en"])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let actual = try Self.summarize(run.stdout)
        let golden = Self.goldenURL(sample)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try Data(actual.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "findings for \(sample) changed; if intended, regenerate with UPDATE_GOLDEN=1")
    }
}
