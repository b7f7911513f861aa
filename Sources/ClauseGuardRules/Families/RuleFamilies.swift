import Yams
import ClauseGuardText

/// One rule family: the id rules name in `family:`, its name in each language, and what it covers.
public struct RuleFamily: Sendable, Hashable {
    public var id: String
    public var name: LocalizedText
    public var description: String
    public var origin: SourceLocation
    /// Words of the article headings this family's clauses belong under (解除, 终止, Termination): a missing
    /// protection names the contract's article that holds one of them, where the clause should be added.
    public var headings: [String]

    public init(id: String, name: LocalizedText, description: String, origin: SourceLocation, headings: [String] = []) {
        self.id = id; self.name = name; self.description = description; self.origin = origin; self.headings = headings
    }
}

/// The families a run knows, from `families.yml` (the built-in pack's `Rules/families.yml`, then one at the top of
/// any rule folder). The rule parser checks each rule's family here; reports take family names from here.
public struct RuleFamilies: Sendable {
    /// In file order, later files' new families after the earlier ones.
    public private(set) var all: [RuleFamily] = []
    private var index: [String: Int] = [:]

    public init(_ families: [RuleFamily] = []) {
        for family in families { add(family) }
    }

    /// The file a rule folder's families are in, at the folder's top.
    public static let fileNames: Set<String> = ["families.yml", "families.yaml"]

    public var isEmpty: Bool { all.isEmpty }
    public var ids: [String] { all.map(\.id) }
    public func family(_ id: String) -> RuleFamily? { index[id].map { all[$0] } }
    public func contains(_ id: String) -> Bool { index[id] != nil }

    /// Adds a family; one with an id already known replaces its names and description (the later file wins), in
    /// its first place.
    public mutating func add(_ family: RuleFamily) {
        if let i = index[family.id] { all[i] = family } else { index[family.id] = all.count; all.append(family) }
    }

    public mutating func merge(_ other: RuleFamilies) { for family in other.all { add(family) } }

    /// Parses a `families.yml`: `families:` with a list of `{id, zh, en, description}`. Problems are errors with
    /// the file and line; a broken entry is skipped, the others load.
    public static func parse(yaml: String, file: String) -> (RuleFamilies, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func error(_ node: Node?, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: node?.mark?.line ?? 1, level: .error, message: message))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic)
        } catch {
            diagnostics.append(Diagnostic(file: file, line: RuleFileParser.line(of: error), level: .error,
                                          message: "YAML syntax error: \(RuleFileParser.summary(of: error))"))
            return (RuleFamilies(), diagnostics)
        }
        guard case .mapping(let map)? = root, case .sequence(let list)? = map["families"] else {
            error(root, "a families file holds 'families:' with a list of {id, zh, en, description}")
            return (RuleFamilies(), diagnostics)
        }
        for key in map.keys where key.string != "families" { error(key, "unknown key '\(key.string ?? "?")' beside 'families'") }
        var families = RuleFamilies()
        for item in list {
            guard case .mapping(let entry) = item else { error(item, "a family is a mapping with id, zh, en and description"); continue }
            for key in entry.keys where !["id", "zh", "en", "description", "headings"].contains(key.string ?? "") {
                error(key, "unknown key '\(key.string ?? "?")' in a family (id, zh, en, description, headings)")
            }
            var headings: [String] = []
            if let node = entry["headings"] {
                if case .sequence(let words) = node, words.allSatisfy({ !($0.string ?? "").isEmpty }) {
                    headings = words.compactMap(\.string)
                } else {
                    error(node, "'headings' is a list of words")
                }
            }
            let id = entry["id"]?.string ?? ""
            guard !id.isEmpty, id.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
                error(entry["id"] ?? item, "a family needs an 'id' of lower-case letters, digits and '_'")
                continue
            }
            if let first = families.family(id) {
                error(item, "duplicate family '\(id)' (first defined at \(first.origin))")
                continue
            }
            let zh = entry["zh"]?.string ?? "", en = entry["en"]?.string ?? ""
            if zh.isEmpty || en.isEmpty { error(item, "family '\(id)' needs both its 'zh' and 'en' names"); continue }
            families.add(RuleFamily(id: id, name: LocalizedText(zh: zh, en: en), description: entry["description"]?.string ?? "",
                                    origin: SourceLocation(file: file, line: item.mark?.line ?? 1), headings: headings))
        }
        return (families, diagnostics)
    }
}
