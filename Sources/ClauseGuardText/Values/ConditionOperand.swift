/// A value a rule condition compares against: `notice.days > 30`, `party == 乙方`.
public enum ConditionOperand: Sendable, Hashable {
    case number(Double)
    case string(String)
}
