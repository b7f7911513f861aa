import CLibXML2

/// The namespace declarations in scope during a SAX parse, innermost last. Only attribute *values* that name
/// prefixes need it (`mc:Choice Requires="wps w14"`, `mc:Ignorable`): element and attribute names arrive
/// already resolved by libxml2.
final class NamespaceScope {
    /// prefix → its bindings, innermost last (a lookup is one hash, however many namespaces a hostile file declares).
    private var bindings: [String: [String]] = [:]
    /// The prefixes declared, innermost last, with the depth of the element declaring them.
    private var declared: [(depth: Int, prefix: String)] = []
    private var depth = 0

    /// An element starts; `namespaces` holds `count` (prefix, URI) pairs it declares (libxml2's layout).
    @inline(__always)
    func enter(_ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
        depth += 1
        guard count > 0, let namespaces else { return }
        for i in 0..<count {
            let prefix = namespaces[2 * i].map { String(cString: $0) } ?? ""
            let uri = namespaces[2 * i + 1].map { String(cString: $0) } ?? ""
            bindings[prefix, default: []].append(uri)
            declared.append((depth, prefix))
        }
    }

    /// The element that `enter` opened ends: its declarations go out of scope.
    @inline(__always)
    func leave() {
        while let last = declared.last, last.depth == depth {
            declared.removeLast()
            bindings[last.prefix]?.removeLast()
        }
        depth -= 1
    }

    /// The URI bound to `prefix` (`""` = the default namespace) at the current element, or nil if undeclared.
    func namespace(forPrefix prefix: String) -> String? {
        if prefix == "xml" { return "http://www.w3.org/XML/1998/namespace" }
        return bindings[prefix]?.last
    }
}
