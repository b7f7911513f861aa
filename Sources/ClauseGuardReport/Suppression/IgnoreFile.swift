import Foundation
import Yams
import ClauseGuardRules

/// `.clauseguardignore.yml`, checked in beside the templates: accepted findings with a reason and an optional
/// expiry date. An expired entry no longer applies and is reported, so exceptions do not live forever.
///
/// ```yaml
/// - rule: penalty.minimum-floor          # a rule id or family …
///   clause: 第八条                         # … optionally limited to a clause (prefix of the citation)
///   file: templates/daiyunying-*.docx     # optional glob on the path
///   reason: 客户已书面确认接受该条款
///   expires: 2026-12-31
/// - fingerprint: 3f2a9c0d1e4b5a6f         # or one exact finding
///   reason: accepted in the 2026 review
/// ```
public struct IgnoreFile: Sendable {
    public struct Entry: Decodable, Sendable {
        public var rule: String?
        public var fingerprint: String?
        public var clause: String?
        public var file: String?
        public var reason: String
        public var expires: String?
    }

    public static let fileName = ".clauseguardignore.yml"

    public var path: String
    public var entries: [Entry]
    /// Entries past their expiry date, reported as warnings.
    public var expired: [Entry]

    public struct LoadError: Error, CustomStringConvertible { public var description: String }

    public static func load(path: String, today: String = IgnoreFile.today()) throws -> IgnoreFile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot read ignore file")
        }
        let all: [Entry]
        do { all = try YAMLDecoder().decode([Entry].self, from: text) }
        catch { throw LoadError(description: "\(path): bad ignore file: \(error)") }
        for (i, entry) in all.enumerated() where entry.rule == nil && entry.fingerprint == nil {
            throw LoadError(description: "\(path): entry \(i + 1) needs 'rule' or 'fingerprint'")
        }
        for (i, entry) in all.enumerated() {
            if let expires = entry.expires, !Self.isDate(expires) {
                throw LoadError(description: "\(path): entry \(i + 1): 'expires' must be YYYY-MM-DD, not '\(expires)'")
            }
        }
        let live = all.filter { ($0.expires ?? "9999-12-31") >= today }
        return IgnoreFile(path: path, entries: live, expired: all.filter { ($0.expires ?? "9999-12-31") < today })
    }

    /// Found upward from the working folder.
    public static func find() -> String? { UpwardSearch.find(fileName) }

    public func reason(for finding: Finding, in path: String) -> String? {
        for entry in entries {
            if let fingerprint = entry.fingerprint, fingerprint != finding.fingerprint { continue }
            if let rule = entry.rule, rule != finding.ruleID && rule != finding.family { continue }
            if let clause = entry.clause, !(finding.location?.clause.hasPrefix(clause) ?? false) { continue }
            if let glob = entry.file, fnmatch(glob, path, 0) != 0, fnmatch("*/" + glob, path, 0) != 0 { continue }
            return "ignore file: " + entry.reason
        }
        return nil
    }

    static func isDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts.allSatisfy { Int($0) != nil }
    }

    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: Date())
    }
}
