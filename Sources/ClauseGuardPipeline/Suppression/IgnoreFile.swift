import Foundation
import Yams
import ClauseGuardModel
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
///
/// Mistakes are errors with the file and line (an unknown key such as `reasn:`, a date that does not exist), never
/// silently ignored: a typo in an exception must not widen or narrow it unseen.
public struct IgnoreFile: Sendable {
    public struct Entry: Decodable, Sendable {
        public var rule: String?
        public var fingerprint: String?
        public var clause: String?
        public var file: String?
        public var reason: String
        public var expires: String?
        /// The parsed expiry date; set by `load`.
        var expiryDay: CalendarDay?
        /// Line of the entry in the ignore file.
        public var line = 0

        enum CodingKeys: String, CodingKey, CaseIterable { case rule, fingerprint, clause, file, reason, expires }
    }

    public static let fileName = ".clauseguardignore.yml"

    public var path: String
    public var entries: [Entry]
    /// Entries past their expiry date, reported as warnings.
    public var expired: [Entry]

    public struct LoadError: Error, CustomStringConvertible { public var description: String }

    public static func load(path: String, today: CalendarDay = .today()) throws -> IgnoreFile {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot read ignore file (missing, unreadable or not UTF-8)")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) }
        catch { throw LoadError(description: "\(path): bad ignore file: \(ErrorText.clipped(String(describing: error)))") }
        guard let root else { return IgnoreFile(path: path, entries: [], expired: []) }
        guard let items = root.sequence else {
            throw LoadError(description: "\(path):\(line(root)): an ignore file is a list of entries ('- rule: …' with a 'reason')")
        }
        var all: [Entry] = []
        for (index, item) in items.enumerated() {
            all.append(try entry(item, number: index + 1, path: path))
        }
        let live = all.filter { $0.expiryDay.map { $0 >= today } ?? true }
        return IgnoreFile(path: path, entries: live, expired: all.filter { $0.expiryDay.map { $0 < today } ?? false })
    }

    private static func entry(_ item: Node, number: Int, path: String) throws -> Entry {
        let at = "\(path):\(line(item))"
        guard let mapping = item.mapping else { throw LoadError(description: "\(at): entry \(number) is not a mapping of keys") }
        let known = Entry.CodingKeys.allCases.map(\.rawValue)
        for (key, _) in mapping where !known.contains(key.string ?? "") {
            let name = key.string ?? "?"
            let hint = KeySuggestion.hint(for: name, in: known)
            throw LoadError(description: "\(path):\(line(key)): unknown key '\(ErrorText.clipped(name, limit: 40))'"
                            + (hint.isEmpty ? " (known: \(known.joined(separator: ", ")))" : hint))
        }
        for (key, value) in mapping where value.scalar == nil {
            throw LoadError(description: "\(path):\(line(value)): entry \(number): '\(key.string ?? "?")' must be a text, not \(value.sequence != nil ? "a list" : "a mapping")")
        }
        var entry: Entry
        do { entry = try YAMLDecoder().decode(Entry.self, from: item) }
        catch { throw LoadError(description: "\(at): entry \(number): \(describe(error))") }
        entry.line = line(item)
        if entry.rule == nil && entry.fingerprint == nil {
            throw LoadError(description: "\(at): entry \(number) needs 'rule' or 'fingerprint'")
        }
        if let expires = entry.expires {
            guard let day = CalendarDay(expires) else {
                throw LoadError(description: "\(at): entry \(number): 'expires' must be a real date YYYY-MM-DD, not '\(ErrorText.clipped(expires, limit: 40))'")
            }
            entry.expiryDay = day
        }
        return entry
    }

    private static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    private static func describe(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: "missing '\(key.stringValue)'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' must be text"
        default: ErrorText.clipped(String(describing: error))
        }
    }

    /// Found upward from the working folder, within the project (see `UpwardSearch`).
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
}

/// A calendar date without time, compared as a date (not as text, where "2026-9-30" sorts after "2026-12-31").
public struct CalendarDay: Comparable, Sendable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int

    /// Parses `YYYY-M-D` (one or two digits for month and day); nil unless the date exists.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    public static func today() -> CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
