import ClauseGuardText

/// A condition on the values a rule extracted, e.g. `notice.days > 30 and party == 乙方`.
///
/// Syntax: comparisons `==` `!=` `>` `>=` `<` `<=` between a value reference (`name` or `name.field`), a number,
/// a parameter (`$max_notice_days`) or a string (`乙方`, `"Party B"`, `provider`); `and`, `or`, `not`, parentheses;
/// a bare reference is true when the value was extracted. A condition that references a value a match did not
/// capture is false for that match.
public indirect enum Condition: Sendable, Hashable {
    case compare(Operand, Comparison, Operand)
    case exists(Reference)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)

    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case equal = "==", notEqual = "!=", greaterOrEqual = ">=", lessOrEqual = "<=", greater = ">", less = "<"
    }

    public enum Operand: Sendable, Hashable {
        case reference(Reference)
        case number(Double)
        case string(String)
        case parameter(String)
    }

    public struct Reference: Sendable, Hashable, CustomStringConvertible {
        public var name: String
        public var field: String?
        public var description: String { field.map { "\(name).\($0)" } ?? name }
    }

    /// Every value reference in the condition, for load-time checks.
    public var references: [Reference] {
        switch self {
        case .compare(let a, _, let b):
            return [a, b].compactMap { if case .reference(let r) = $0 { r } else { nil } }
        case .exists(let r): return [r]
        case .and(let a, let b), .or(let a, let b): return a.references + b.references
        case .not(let c): return c.references
        }
    }

    /// Every `$parameter` in the condition.
    public var parameters: [String] {
        switch self {
        case .compare(let a, _, let b):
            return [a, b].compactMap { if case .parameter(let p) = $0 { p } else { nil } }
        case .exists: return []
        case .and(let a, let b), .or(let a, let b): return a.parameters + b.parameters
        case .not(let c): return c.parameters
        }
    }

    public func evaluate(_ values: [String: ExtractedValue], parameters: [String: Double]) -> Bool {
        switch self {
        case .exists(let reference):
            return resolve(.reference(reference), values, parameters) != nil
        case .and(let a, let b):
            return a.evaluate(values, parameters: parameters) && b.evaluate(values, parameters: parameters)
        case .or(let a, let b):
            return a.evaluate(values, parameters: parameters) || b.evaluate(values, parameters: parameters)
        case .not(let c):
            return !c.evaluate(values, parameters: parameters)
        case .compare(let lhs, let op, let rhs):
            guard let a = resolve(lhs, values, parameters), let b = resolve(rhs, values, parameters) else { return false }
            switch (a, b) {
            case (.number(let x), .number(let y)): return compare(x, op, y)
            case (.string(let x), .string(let y)):
                let (l, r) = (x.lowercased(), y.lowercased())
                switch op {
                case .equal: return l == r
                case .notEqual: return l != r
                default: return compare(l, op, r)
                }
            default:
                return op == .notEqual
            }
        }
    }

    private func resolve(_ operand: Operand, _ values: [String: ExtractedValue], _ parameters: [String: Double]) -> ConditionOperand? {
        switch operand {
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .parameter(let p): return parameters[p].map { .number($0) }
        case .reference(let r): return values[r.name]?.field(r.field)
        }
    }

    private func compare<T: Comparable>(_ a: T, _ op: Comparison, _ b: T) -> Bool {
        switch op {
        case .equal: a == b
        case .notEqual: a != b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        case .less: a < b
        case .lessOrEqual: a <= b
        }
    }
}
