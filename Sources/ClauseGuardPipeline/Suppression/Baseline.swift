import Foundation
import ClauseGuardRules
import ClauseGuardReport

/// Known findings a template repository has accepted: `--write-baseline FILE` records them, `--baseline FILE`
/// accepts them so CI fails only on new ones. Identity is the contract's path relative to the scanned folder
/// plus the finding's fingerprint (rule id + normalised clause text): renumbering or editing other clauses does
/// not break it, and accepting `clientA/合同.docx` says nothing about `clientB/合同.docx`.
public struct Baseline: Codable, Sendable {
    public struct Entry: Codable, Sendable, Hashable {
        /// The contract's path relative to the folder that was scanned (its file name when named directly).
        public var file: String
        public var ruleID: String
        public var fingerprint: String
        public var clause: String?
    }

    /// 2.0: files keyed by relative path (1.0 used the bare file name, which let one client's acceptance cover
    /// another's contract of the same name).
    public static let currentSchemaVersion = "2.0"

    public var schemaVersion = Baseline.currentSchemaVersion
    public var entries: [Entry]
    /// Entry identities, for a constant-time lookup per finding.
    private var identities: Set<String> = []

    enum CodingKeys: String, CodingKey { case schemaVersion, entries }

    public struct LoadError: Error, CustomStringConvertible { public var description: String }

    public init() { entries = [] }

    /// Records every finding of a contract (suppressed ones too, so accepting stays stable) under `file`, its
    /// path relative to the scanned folder.
    public mutating func add(_ contract: ContractReport, file: String) {
        entries += (contract.findings + contract.suppressed).map {
            Entry(file: file, ruleID: $0.ruleID, fingerprint: $0.fingerprint, clause: $0.location?.clause)
        }
    }

    public static func load(path: String) throws -> Baseline {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var baseline = try JSONDecoder().decode(Baseline.self, from: data)
        guard baseline.schemaVersion == currentSchemaVersion else {
            throw LoadError(description: "baseline schema \(baseline.schemaVersion) keys contracts by file name only, which can accept findings in another folder's contract of the same name; write it again with --write-baseline")
        }
        baseline.identities = Set(baseline.entries.map(\.identity))
        return baseline
    }

    /// The baseline as JSON, entries sorted so the file is the same for the same findings.
    public func encoded() throws -> Data {
        var sorted = self
        sorted.entries.sort { ($0.file, $0.ruleID, $0.fingerprint) < ($1.file, $1.ruleID, $1.fingerprint) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(sorted) + Data("\n".utf8)
    }

    /// A suppression for `finding` in the contract keyed `file` (relative to the scanned folder), if accepted.
    public func reason(for finding: Finding, file: String) -> String? {
        let key = Entry(file: file, ruleID: finding.ruleID, fingerprint: finding.fingerprint, clause: nil)
        return identities.contains(key.identity) ? "baseline" : nil
    }
}

extension Baseline.Entry {
    var identity: String { "\(file)\u{0}\(ruleID)\u{0}\(fingerprint)" }
}
