/// Words of a sentence that speaks about the one before it (lexicon `back_reference:`): 前述解除权仅由乙方享有, "The
/// foregoing right is exercisable by Harbourline alone". Drafting puts the rule first, neutral ("一方可提前十五日通知
/// 对方解除本合同"), and who holds it after; read alone, the first sentence is mutual and the second grants nothing.
public struct BackReferenceCues: Sendable {
    /// What points back (前述, 上述, 该项, "the foregoing", "such").
    public var words: [String] = []
    /// Right before a party, giving it alone what was pointed at (仅由, 只能由, "only by").
    public var onlyBefore: [String] = []
    /// Right after a party (独享, "alone", "only").
    public var onlyAfter: [String] = []

    public init() {}

    public var isEmpty: Bool { words.isEmpty || (onlyBefore.isEmpty && onlyAfter.isEmpty) }
}
