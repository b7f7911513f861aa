import ClauseGuardText

/// A frame's sentence as the frames read it: the slice of its block's normalised text whose original range is the
/// frame's. Normalising each key term's sentence again cost a fifth of building the key terms; a frame whose span
/// is no sentence of its block (a table row taken whole) gets nil, and its caller normalises it.
struct NormalizedSentences {
    let normalized: [NormalizedText]
    let sentences: SentenceSplits

    func normalized(_ frame: ClauseFrame) -> String? {
        guard frame.blockIndex < normalized.count else { return nil }
        return sentences.sentence(of: frame.blockIndex, in: normalized[frame.blockIndex], original: frame.sentence.start..<frame.sentence.end)
    }
}
