import ClauseGuardText
import ClauseGuardUnderstanding

/// A contract's frame sentences in the rules' view (normalised, Traditional as Simplified, role words as letters),
/// sliced from the blocks' view the pattern rules read: every frame rule reads the sentences of the frames it selects,
/// and normalising each again per rule was a tenth of the frame rules' cost.
struct FrameSentences {
    let canonical: [NormalizedText]
    let sentences: SentenceSplits

    /// The frame's sentence, or nil when no sentence of its block maps back to the frame's span (a table row read
    /// whole, a sentence the view split otherwise): the caller normalises it itself.
    func sentence(of frame: ClauseFrame) -> String? {
        guard frame.blockIndex < canonical.count else { return nil }
        return sentences.sentence(of: frame.blockIndex, in: canonical[frame.blockIndex], original: frame.sentence.start..<frame.sentence.end)
    }

    /// A whole block in the rules' view.
    func block(_ index: Int) -> String { canonical[index].text }
}
