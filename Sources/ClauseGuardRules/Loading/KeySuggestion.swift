/// "Did you mean …?" for a misspelt key, shared by every YAML file ClauseGuard reads (rule files, the config,
/// the ignore file), so a typo gets the same help wherever it is made.
public enum KeySuggestion {
    /// ` (did you mean 'fail_on'?)` when a known key is within two edits of `key` (the closest, ties by name),
    /// else "".
    public static func hint(for key: String, in known: some Sequence<String>) -> String {
        closest(to: key, in: known).map { " (did you mean '\($0)'?)" } ?? ""
    }

    public static func closest(to key: String, in known: some Sequence<String>) -> String? {
        known.map { (editDistance($0, key), $0) }.filter { $0.0 <= 2 }.min { $0 < $1 }?.1
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
