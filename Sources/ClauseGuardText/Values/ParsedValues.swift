import Foundation

/// Values parsed so far in one contract: rules and clause frames meet the same "30%" or "提前三十日" many times, and
/// the parsers work on characters, so each distinct text is parsed once. One per contract, never shared between
/// threads (a class so the analysis passes one reference around).
public final class ParsedValues {
    fileprivate struct Key: Hashable { var kind: PlaceholderKind; var text: UTF8Key }
    private var known: [Key: ExtractedValue?] = [:]

    /// Room for a contract's distinct values from the start: growing the table a step at a time cost as much as the
    /// lookups.
    public init() { known.reserveCapacity(64) }

    public func value(_ kind: PlaceholderKind, _ text: String) -> ExtractedValue? {
        let key = Key(kind: kind, text: UTF8Key(text))
        if let value = known[key] { return value }
        let value: ExtractedValue?
        if let shared = RunParses.shared.value(key) {
            value = shared
        } else {
            value = Placeholders.parse(kind, text)
            RunParses.shared.store(key, value)
        }
        known[key] = value
        return value
    }
}

/// Values parsed in the whole run, behind a lock: contracts of one kind write the same periods and rates ("30日",
/// "5%"), and parsing them again for every contract was a tenth of reading clause frames. Parsing depends on the
/// text alone, so what a contract gets never depends on the contracts before it; the table stops growing at a bound.
private final class RunParses: @unchecked Sendable {
    static let shared = RunParses()
    private static let limit = 1 << 16
    private let lock = NSLock()
    private var parsed: [ParsedValues.Key: ExtractedValue?] = [:]

    /// The value parsed before (`.some(nil)` when the text did not parse), or nil when this text was never parsed.
    func value(_ key: ParsedValues.Key) -> ExtractedValue?? {
        lock.lock()
        defer { lock.unlock() }
        return parsed[key]
    }

    func store(_ key: ParsedValues.Key, _ value: ExtractedValue?) {
        lock.lock()
        defer { lock.unlock() }
        if parsed.count < Self.limit { parsed[key] = value }
    }
}
