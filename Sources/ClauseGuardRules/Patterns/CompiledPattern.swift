import Foundation
import ClauseGuardText

/// A rule pattern with its typed placeholders expanded into named groups and compiled with PCRE2,
/// plus the literals a match needs (a prefilter that makes absent keywords cost nothing).
/// Immutable and shared: a class, so the matching loops pass references rather than copying its fields.
public final class CompiledPattern: Sendable {
    /// The pattern as the rule file wrote it.
    public let source: String
    /// The PCRE2 pattern after placeholder expansion.
    public let expanded: String
    public let regex: PCRERegex
    /// Placeholder names and kinds, e.g. `notice: duration`.
    public let placeholders: [String: PlaceholderKind]
    /// The literals a match needs (lower-cased when the pattern is caseless); `.any` when none could be found.
    public let prefilter: Prefilter
    /// True when the prefilter's literals must be searched for in ASCII-folded text.
    public let prefilterIsCaseless: Bool

    /// With `deferred`, the regex is compiled on its first match (for patterns checked already; see `PCRERegex`).
    public init(source: String, caseInsensitive: Bool, deferred: Bool = false) throws(PatternError) {
        self.source = source
        let expansion = try PlaceholderExpander.expand(source)
        expanded = expansion.pattern
        placeholders = expansion.placeholders
        do {
            regex = try PCRERegex(expansion.pattern, caseInsensitive: caseInsensitive, deferred: deferred)
        } catch {
            throw PatternError.badRegex(error.message, offset: error.offset)
        }
        // An inline (?i) makes the literals caseless too.
        prefilterIsCaseless = caseInsensitive || source.contains("(?i")
        prefilter = Prefilter.of(source, caseless: prefilterIsCaseless)
    }

    /// A pattern of the built-in pack as `CompiledRulePack` stored it: expanded and its prefilter found at build time,
    /// compiled on its first match.
    init(checkedSource source: String, expanded: String, caseInsensitive: Bool, placeholders: [String: PlaceholderKind],
         prefilter: Prefilter, prefilterIsCaseless: Bool) {
        self.source = source
        self.expanded = expanded
        self.placeholders = placeholders
        // A deferred regex is not compiled here, so it cannot fail here.
        regex = PCRERegex(deferred: expanded, caseInsensitive: caseInsensitive)
        self.prefilter = prefilter
        self.prefilterIsCaseless = prefilterIsCaseless
    }
}

public enum PatternError: Error, Sendable, CustomStringConvertible {
    case unknownPlaceholder(String)
    case duplicatePlaceholder(String)
    case badRegex(String, offset: Int)

    public var description: String {
        switch self {
        case .unknownPlaceholder(let p):
            "unknown placeholder {\(p)} (use one of \(PlaceholderKind.allCases.map { "{\($0.rawValue):name}" }.joined(separator: ", ")))"
        case .duplicatePlaceholder(let name): "placeholder name '\(name)' is used twice in one pattern"
        case .badRegex(let message, let offset): "bad regex at offset \(offset): \(message)"
        }
    }
}

/// Expands `{duration:notice}` into `(?<notice>…)` and leaves regex quantifiers such as `{0,20}` alone.
enum PlaceholderExpander {
    struct Expansion {
        var pattern: String
        var placeholders: [String: PlaceholderKind]
    }

    private static let placeholder = try! PCRERegex(#"(?<!\\)\{([A-Za-z_]+):([A-Za-z_][A-Za-z0-9_]*)\}"#)
    /// `{word}` or `{word:}` that looks like a placeholder but is not one of ours.
    private static let suspicious = try! PCRERegex(#"(?<!\\)\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}"#)

    static func expand(_ source: String) throws(PatternError) -> Expansion {
        var out = ""
        var names: [String: PlaceholderKind] = [:]
        var cursor = 0
        let matches = (try? placeholder.allMatches(in: source)) ?? []
        for match in matches {
            let kindText = source.utf8Slice(match.groups[1]!)
            let name = source.utf8Slice(match.groups[2]!)
            guard let kind = PlaceholderKind(rawValue: kindText) else { throw .unknownPlaceholder("\(kindText):\(name)") }
            guard names[name] == nil else { throw .duplicatePlaceholder(name) }
            names[name] = kind
            out += source.utf8Slice(cursor..<match.range.lowerBound)
            out += "(?<\(name)>\(Placeholders.pattern(for: kind)))"
            cursor = match.range.upperBound
        }
        out += source.utf8Slice(cursor..<source.utf8.count)
        // Anything left that looks like {name} or {kind:name} is a typo, not a regex quantifier.
        if let leftover = try? suspicious.firstMatch(in: out) {
            throw .unknownPlaceholder(out.utf8Slice(leftover.range).trimmingCharacters(in: CharacterSet(charactersIn: "{}")))
        }
        return Expansion(pattern: out, placeholders: names)
    }
}

