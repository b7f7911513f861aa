import ArgumentParser
import ClauseGuardModel
import ClauseGuardIngest

/// `scan -`: the contract on standard input, scanned beside any files and folders given, under the name
/// `--stdin-name` gives it (in every report format, baselines and ignore-file globs).
struct StandardInputArguments {
    static let marker = "-"
    static let defaultName = "<stdin>"

    /// The path arguments without `-`.
    let paths: [String]
    /// The name standard input goes by, when `-` was given.
    let name: String?
    /// Whether `-` came first, so the piped contract is reported first.
    private let first: Bool

    init(arguments: [String], name: String?) throws {
        let dashes = arguments.filter { $0 == Self.marker }.count
        if dashes > 1 { throw ValidationError("'-' (standard input) can be given only once") }
        if dashes == 0, let name { throw ValidationError("--stdin-name \(ErrorText.clipped(name)) needs '-' among the paths (scan - reads standard input)") }
        if let name, name.isEmpty || name.contains("\n") { throw ValidationError("--stdin-name must be a non-empty name on one line") }
        paths = arguments.filter { $0 != Self.marker }
        self.name = dashes == 1 ? (name ?? Self.defaultName) : nil
        first = arguments.first == Self.marker
    }

    /// The files to scan: those discovered in `paths` plus standard input's entry in argument order (first or last).
    func files(_ discovered: [String]) throws -> [String] {
        guard let name else { return discovered }
        if discovered.contains(name) {
            throw ValidationError("--stdin-name \(ErrorText.clipped(name)) is also a file of this scan; give standard input another name")
        }
        return first ? [name] + discovered : discovered + [name]
    }
}
