/// The words that decide whether a frame is a key term (lexicon `key_terms:`), from every lexicon, lower-cased: a
/// penalty stated without a modal must name one (违约金, liquidated damages) or be priced and paid; indemnities and tax
/// clauses are not penalties; a renewal is about the contract's term, at its end.
public struct KeyTermCues: Sendable {
    public var penaltyWords: [String] = []
    public var payWords: [String] = []
    public var notPenalty: [String] = []
    public var termWords: [String] = []
    public var renewalCues: [String] = []

    public init() {}

    init(_ lexicons: [Lexicon]) {
        for lexicon in lexicons {
            let c = lexicon.keyTermCues
            penaltyWords += c.penaltyWords; payWords += c.payWords; notPenalty += c.notPenalty
            termWords += c.termWords; renewalCues += c.renewalCues
        }
        for path in [\KeyTermCues.penaltyWords, \.payWords, \.notPenalty, \.termWords, \.renewalCues] {
            self[keyPath: path] = self[keyPath: path].map { $0.lowercased() }
        }
    }
}
