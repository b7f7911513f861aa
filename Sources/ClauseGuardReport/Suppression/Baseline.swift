import Foundation
import ClauseGuardRules

/// Known findings a template repository has accepted: `--write-baseline FILE` records them, `--baseline FILE`
/// accepts them so CI fails only on new ones. Identity is the file name plus the finding's fingerprint
/// (rule id + normalised clause text), so renumbering or editing other clauses does not break it.
public struct Baseline: Codable, Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        public var file: String
        public var ruleID: String
        public var fingerprint: String
        public var clause: String?
    }

    public var schemaVersion = "1.0"
    public var entries: [Entry]

    public init() { entries = [] }

    public init(report: BatchReport) {
        self.init()
        report.contracts.forEach { add($0) }
    }

    /// Records every finding of a contract (suppressed ones too, so accepting stays stable).
    public mutating func add(_ contract: ContractReport) {
        entries += (contract.findings + contract.suppressed).map {
            Entry(file: Self.fileName(contract.path), ruleID: $0.ruleID, fingerprint: $0.fingerprint, clause: $0.location?.clause)
        }
    }

    public static func load(path: String) throws -> Baseline {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(Baseline.self, from: data)
    }

    public func write(to path: String) throws {
        var sorted = self
        sorted.entries.sort { ($0.file, $0.ruleID, $0.fingerprint) < ($1.file, $1.ruleID, $1.fingerprint) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try (encoder.encode(sorted) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
    }

    /// A suppression for `finding` in the contract at `path`, if the baseline has it.
    public func reason(for finding: Finding, in path: String) -> String? {
        let key = Entry(file: Self.fileName(path), ruleID: finding.ruleID, fingerprint: finding.fingerprint, clause: nil)
        return lookup.contains(key.identity) ? "baseline" : nil
    }

    private var lookup: Set<String> { Set(entries.map(\.identity)) }

    static func fileName(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }
}

extension Baseline.Entry {
    var identity: String { "\(file)\u{0}\(ruleID)\u{0}\(fingerprint)" }
}
