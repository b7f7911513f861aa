/// Parses the condition syntax documented on `Condition`. Errors name the position, so a malformed
/// condition is a load error with a useful message rather than a silent false.
public struct ConditionParser {
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    private enum Token: Equatable {
        case word(String), number(Double), string(String), parameter(String), op(Condition.Comparison)
        case and, or, not, open, close, end
    }

    private var tokens: [Token] = []
    private var position = 0
    /// Names the rule captures; a bare word that is not one of them is a string literal (`party == 乙方`).
    private let captureNames: Set<String>

    public static func parse(_ source: String, captureNames: Set<String>) throws(ParseError) -> Condition {
        var parser = ConditionParser(captureNames: captureNames)
        parser.tokens = try tokenize(source)
        let condition = try parser.parseOr()
        guard parser.peek == .end else { throw ParseError(message: "unexpected \(parser.describe(parser.peek)) in condition '\(source)'") }
        return condition
    }

    private init(captureNames: Set<String>) { self.captureNames = captureNames }

    private var peek: Token { position < tokens.count ? tokens[position] : .end }
    private mutating func next() -> Token { defer { position += 1 }; return peek }

    private mutating func parseOr() throws(ParseError) -> Condition {
        var left = try parseAnd()
        while peek == .or { _ = next(); left = .or(left, try parseAnd()) }
        return left
    }

    private mutating func parseAnd() throws(ParseError) -> Condition {
        var left = try parseNot()
        while peek == .and { _ = next(); left = .and(left, try parseNot()) }
        return left
    }

    private mutating func parseNot() throws(ParseError) -> Condition {
        if peek == .not { _ = next(); return .not(try parseNot()) }
        if peek == .open {
            _ = next()
            let inner = try parseOr()
            guard next() == .close else { throw ParseError(message: "missing ')' in condition") }
            return inner
        }
        let left = try parseOperand(leftSide: true)
        guard case .op(let comparison) = peek else {
            guard case .reference(let reference) = left else {
                throw ParseError(message: "expected a comparison after \(describe(tokens[position - 1]))")
            }
            return .exists(reference)
        }
        _ = next()
        let right = try parseOperand(leftSide: false)
        return .compare(left, comparison, right)
    }

    private mutating func parseOperand(leftSide: Bool) throws(ParseError) -> Condition.Operand {
        switch next() {
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .parameter(let p): return .parameter(p)
        case .word(let w):
            let parts = w.split(separator: ".", maxSplits: 1).map(String.init)
            if captureNames.contains(parts[0]) {
                return .reference(.init(name: parts[0], field: parts.count > 1 ? parts[1] : nil))
            }
            if leftSide { throw ParseError(message: "'\(parts[0])' is not captured by any pattern of this rule") }
            return .string(w)
        case let other:
            throw ParseError(message: "expected a value but found \(describe(other))")
        }
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .word(let w): "'\(w)'"
        case .number(let n): "'\(n)'"
        case .string(let s): "\"\(s)\""
        case .parameter(let p): "'$\(p)'"
        case .op(let o): "'\(o.rawValue)'"
        case .and: "'and'"
        case .or: "'or'"
        case .not: "'not'"
        case .open: "'('"
        case .close: "')'"
        case .end: "end of condition"
        }
    }

    private static func tokenize(_ source: String) throws(ParseError) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(source)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if c == "(" { tokens.append(.open); i += 1; continue }
            if c == ")" { tokens.append(.close); i += 1; continue }
            if c == "\"" || c == "'" {
                guard let end = chars[(i + 1)...].firstIndex(of: c) else { throw ParseError(message: "unterminated string in condition '\(source)'") }
                tokens.append(.string(String(chars[(i + 1)..<end]))); i = end + 1; continue
            }
            if c == "&" && i + 1 < chars.count && chars[i + 1] == "&" { tokens.append(.and); i += 2; continue }
            if c == "|" && i + 1 < chars.count && chars[i + 1] == "|" { tokens.append(.or); i += 2; continue }
            if "=!<>".contains(c) {
                let two = i + 1 < chars.count ? String([c, chars[i + 1]]) : String(c)
                if let op = Condition.Comparison(rawValue: two) { tokens.append(.op(op)); i += 2; continue }
                if c != "=" && c != "!", let op = Condition.Comparison(rawValue: String(c)) { tokens.append(.op(op)); i += 1; continue }
                if c == "!" { tokens.append(.not); i += 1; continue }
                throw ParseError(message: "'=' is not an operator; use '==' in condition '\(source)'")
            }
            if c == "$" {
                var j = i + 1
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                guard j > i + 1 else { throw ParseError(message: "'$' must be followed by a parameter name") }
                tokens.append(.parameter(String(chars[(i + 1)..<j]))); i = j; continue
            }
            if c.isNumber || (c == "-" && i + 1 < chars.count && chars[i + 1].isNumber) {
                var j = i + 1
                while j < chars.count, chars[j].isNumber || chars[j] == "." { j += 1 }
                guard let n = Double(String(chars[i..<j])) else { throw ParseError(message: "bad number '\(String(chars[i..<j]))'") }
                tokens.append(.number(n)); i = j; continue
            }
            if c.isLetter || c == "_" {
                var j = i + 1
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" || chars[j] == "." { j += 1 }
                let word = String(chars[i..<j])
                switch word.lowercased() {
                case "and": tokens.append(.and)
                case "or": tokens.append(.or)
                case "not": tokens.append(.not)
                default: tokens.append(.word(word))
                }
                i = j; continue
            }
            throw ParseError(message: "unexpected character '\(c)' in condition '\(source)'")
        }
        return tokens
    }
}
