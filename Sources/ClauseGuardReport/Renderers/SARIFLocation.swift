import Foundation

/// Where a contract is, for code scanning: a URI relative to `%SRCROOT%` (the working folder, where CI checks out
/// the repository), so alerts match across runs and machines. A path outside the working folder stays an absolute
/// `file://` URI.
struct SARIFLocation {
    static let sourceRoot = "%SRCROOT%"

    /// The working folder, with one trailing slash.
    let root: String

    init(workingFolder: String) {
        let standard = (workingFolder as NSString).standardizingPath
        root = standard.hasSuffix("/") ? standard : standard + "/"
    }

    /// `file:///path/to/work/`, as `originalUriBaseIds` gives `%SRCROOT%`.
    var rootURI: String { "file://" + Self.escaped(root) }

    func artifact(_ path: String) -> [String: Any] {
        var relative = path
        if path.hasPrefix("/") {
            let standard = (path as NSString).standardizingPath
            guard standard.hasPrefix(root) else { return ["uri": "file://" + Self.escaped(standard)] }
            relative = String(standard.dropFirst(root.count))
        }
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        return ["uri": Self.escaped(relative), "uriBaseId": Self.sourceRoot]
    }

    /// Percent-escapes what a URI path may not hold (spaces, `<`, `%`, `#`, `?`, non-ASCII stays readable per RFC 3987).
    static func escaped(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%;")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
