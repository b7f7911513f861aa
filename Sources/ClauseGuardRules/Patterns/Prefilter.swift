/// What text must contain for a pattern to have any chance of matching, as a formula of literals:
/// `自动(续约|续期)` needs "自动"; `\b(shall|will) (renew|extend)` needs ("shall" or "will") and ("renew" or "extend").
/// The matcher evaluates it with byte searches over the whole contract and runs the regex only where it holds.
/// Conservative by construction: whatever the parser does not understand becomes `.any` (no filtering).
public indirect enum Prefilter: Equatable, Sendable, CustomStringConvertible {
    /// No requirement: the pattern may match anywhere.
    case any
    case literal(String)
    case and([Prefilter])
    case or([Prefilter])

    /// Literals shorter than this (in Unicode scalars) are too common to filter anything; ASCII needs more.
    static let minimumScalars = 2
    static let minimumASCIIScalars = 3

    /// The prefilter of a rule pattern as written (before placeholder expansion; placeholders count as `.any`).
    /// With `caseless`, literals are lower-cased ASCII and must be searched in ASCII-folded text; a literal with
    /// a non-ASCII cased letter then becomes `.any`, because that folding would miss its other case.
    public static func of(_ pattern: String, caseless: Bool) -> Prefilter {
        var parser = PrefilterParser(Array(pattern.unicodeScalars))
        guard let tree = parser.parse(), parser.atEnd else { return .any }
        return tree.adjusted(caseless: caseless || pattern.contains("(?i"))
    }

    /// Every literal the formula mentions.
    public var literals: [String] {
        switch self {
        case .any: []
        case .literal(let text): [text]
        case .and(let parts), .or(let parts): parts.flatMap(\.literals)
        }
    }

    /// Whether `text` (normalised, as the matcher sees it) satisfies the prefilter; `caseless` as in `of`.
    public func admits(_ text: String, caseless: Bool) -> Bool {
        switch self {
        case .any: true
        case .literal(let literal):
            (caseless ? String(String.UnicodeScalarView(text.unicodeScalars.map {
                $0.isASCII && $0.properties.isUppercase ? Unicode.Scalar($0.value | 0x20)! : $0
            })) : text).contains(literal)
        case .and(let parts): parts.allSatisfy { $0.admits(text, caseless: caseless) }
        case .or(let parts): parts.contains { $0.admits(text, caseless: caseless) }
        }
    }

    public var description: String {
        switch self {
        case .any: "(anything)"
        case .literal(let text): "\"\(text)\""
        case .and(let parts): parts.map { if case .or = $0 { "(\($0))" } else { "\($0)" } }.joined(separator: " AND ")
        case .or(let parts): parts.map { if case .and = $0 { "(\($0))" } else { "\($0)" } }.joined(separator: " OR ")
        }
    }

    static func allOf(_ parts: [Prefilter]) -> Prefilter {
        var flat: [Prefilter] = []
        for part in parts {
            switch part {
            case .any: continue
            case .and(let inner): flat += inner
            default: if !flat.contains(part) { flat.append(part) }
            }
        }
        return flat.isEmpty ? .any : flat.count == 1 ? flat[0] : .and(flat)
    }

    static func oneOf(_ parts: [Prefilter]) -> Prefilter {
        var flat: [Prefilter] = []
        for part in parts {
            switch part {
            case .any: return .any
            case .or(let inner): flat += inner
            default: if !flat.contains(part) { flat.append(part) }
            }
        }
        return flat.isEmpty ? .any : flat.count == 1 ? flat[0] : .or(flat)
    }

    /// Drops literals too short to help and folds case for caseless patterns.
    private func adjusted(caseless: Bool) -> Prefilter {
        switch self {
        case .any: return .any
        case .and(let parts): return Self.allOf(parts.map { $0.adjusted(caseless: caseless) })
        case .or(let parts): return Self.oneOf(parts.map { $0.adjusted(caseless: caseless) })
        case .literal(let text):
            let ascii = text.unicodeScalars.allSatisfy(\.isASCII)
            guard text.unicodeScalars.count >= (ascii ? Self.minimumASCIIScalars : Self.minimumScalars) else { return .any }
            guard caseless else { return self }
            let hasNonASCIICase = text.unicodeScalars.contains { !$0.isASCII && $0.properties.changesWhenCaseMapped }
            if hasNonASCIICase { return .any }
            return .literal(String(String.UnicodeScalarView(text.unicodeScalars.map {
                $0.isASCII && $0.properties.isUppercase ? Unicode.Scalar($0.value | 0x20)! : $0
            })))
        }
    }
}

/// A recursive-descent reader of the PCRE2 subset rule files use, producing a `Prefilter`.
/// It returns nil (no prefilter) on constructs where literals are not plain text: \Q…\E, (?x), conditionals,
/// recursion, backtracking verbs.
struct PrefilterParser {
    private let s: [Unicode.Scalar]
    private var i = 0

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    var atEnd: Bool { i >= s.count }

    mutating func parse() -> Prefilter? { alternation() }

    private mutating func alternation() -> Prefilter? {
        var branches: [Prefilter] = []
        guard let first = concatenation() else { return nil }
        branches.append(first)
        while i < s.count, s[i] == "|" {
            i += 1
            guard let next = concatenation() else { return nil }
            branches.append(next)
        }
        return Prefilter.oneOf(branches)
    }

    private enum Atom {
        case character(Unicode.Scalar)
        case node(Prefilter)
        /// Zero-width (anchors, \b, option settings): ends a literal run, requires nothing.
        case empty
    }

    private mutating func concatenation() -> Prefilter? {
        var parts: [Prefilter] = []
        var run = ""
        func flush() {
            if !run.isEmpty { parts.append(.literal(run)); run = "" }
        }
        while i < s.count, s[i] != "|", s[i] != ")" {
            guard let atom = atom() else { return nil }
            let minimum = quantifierMinimum()
            switch atom {
            case .character(let c):
                if minimum == nil {
                    run.unicodeScalars.append(c)
                } else if minimum! > 0 {
                    // "ab+" requires "ab", but what follows may come after more b's: the run ends here.
                    run.unicodeScalars.append(c); flush()
                } else {
                    flush()
                }
            case .node(let node):
                flush()
                if (minimum ?? 1) > 0 { parts.append(node) }
            case .empty:
                flush()
            }
        }
        flush()
        return Prefilter.allOf(parts)
    }

    private mutating func atom() -> Atom? {
        let c = s[i]
        switch c {
        case "\\":
            guard i + 1 < s.count else { return nil }
            let e = s[i + 1]
            i += 2
            if e == "Q" || e == "E" { return nil }
            if e.properties.isAlphabetic || ("0"..."9").contains(e) {
                // \b \B \A \z are zero-width; \d \s \w \p{…} \x{…} \k<…> and back-references match unknown text.
                if "bBAzZG".unicodeScalars.contains(e) { return .empty }
                if i < s.count, s[i] == "{" || s[i] == "<", "pPxkgN".unicodeScalars.contains(e) { skip(past: s[i] == "{" ? "}" : ">") }
                return .node(.any)
            }
            return .character(e)
        case "[":
            skipClass()
            return .node(.any)
        case ".":
            i += 1
            return .node(.any)
        case "^", "$":
            i += 1
            return .empty
        case "{":
            // A {kind:name} placeholder matches a typed value: unknown text.
            skip(past: "}")
            return .node(.any)
        case "(":
            return group()
        default:
            i += 1
            return .character(c)
        }
    }

    private mutating func group() -> Atom? {
        i += 1
        var lookaround = false
        if i < s.count, s[i] == "*" { return nil }
        if i < s.count, s[i] == "?" {
            i += 1
            guard i < s.count else { return nil }
            switch s[i] {
            case ":", ">": i += 1
            case "=", "!": lookaround = true; i += 1
            case "<" where i + 1 < s.count && (s[i + 1] == "=" || s[i + 1] == "!"): lookaround = true; i += 2
            case "<", "'", "P":
                // Named group: (?<name>…), (?'name'…), (?P<name>…).
                if s[i] == "P" {
                    i += 1
                    guard i < s.count, s[i] == "<" else { return nil }   // (?P=name), (?P>name)
                }
                skip(past: s[i] == "'" ? "'" : ">")
            case "#":
                skip(past: ")")
                return .empty
            default:
                // Option settings such as (?i) or (?i:…); (?x) changes what a literal is, so give up on it.
                var options = ""
                while i < s.count, s[i].properties.isAlphabetic || s[i] == "-" || s[i] == "^" {
                    options.unicodeScalars.append(s[i]); i += 1
                }
                guard !options.isEmpty, !options.contains("x"), i < s.count else { return nil }
                if s[i] == ")" { i += 1; return .empty }
                guard s[i] == ":" else { return nil }
                i += 1
            }
        }
        guard let inner = alternation(), i < s.count, s[i] == ")" else { return nil }
        i += 1
        return .node(lookaround ? .any : inner)
    }

    /// The minimum count of a quantifier after an atom (nil when there is none), consuming it and any lazy or
    /// possessive suffix.
    private mutating func quantifierMinimum() -> Int? {
        guard i < s.count else { return nil }
        var minimum: Int
        switch s[i] {
        case "?", "*": minimum = 0; i += 1
        case "+": minimum = 1; i += 1
        case "{":
            var j = i + 1
            var digits = ""
            while j < s.count, ("0"..."9").contains(s[j]) { digits.unicodeScalars.append(s[j]); j += 1 }
            let hasComma = j < s.count && s[j] == ","
            while j < s.count, ("0"..."9").contains(s[j]) || s[j] == "," || s[j] == " " { j += 1 }
            // Not a quantifier (e.g. a placeholder): leave it for the next atom. PCRE2 10.43 reads {,n} as {0,n}.
            guard j < s.count, s[j] == "}", j > i + 1 else { return nil }
            guard let n = Int(digits) ?? (hasComma ? 0 : nil) else { return nil }
            minimum = n
            i = j + 1
        default: return nil
        }
        if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
        return minimum
    }

    private mutating func skip(past terminator: Unicode.Scalar) {
        while i < s.count, s[i] != terminator { i += 1 }
        i = min(i + 1, s.count)
    }

    private mutating func skipClass() {
        i += 1
        if i < s.count, s[i] == "^" { i += 1 }
        if i < s.count, s[i] == "]" { i += 1 }
        while i < s.count, s[i] != "]" {
            if s[i] == "\\" { i += 1 }
            else if s[i] == "[", i + 1 < s.count, s[i + 1] == ":" {
                // POSIX class [:alpha:] inside a class.
                i += 2
                while i + 1 < s.count, !(s[i] == ":" && s[i + 1] == "]") { i += 1 }
                i += 1
            }
            i += 1
        }
        i = min(i + 1, s.count)
    }
}
