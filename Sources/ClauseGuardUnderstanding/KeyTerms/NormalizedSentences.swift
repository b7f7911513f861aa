import ClauseGuardText

/// A frame's sentence as the frames read it: the slice of its block's normalised text whose original range is the
/// frame's. Normalising each key term's sentence again cost a fifth of building the key terms; a frame whose span
/// is no sentence of its block (a table row taken whole) gets nil, and its caller normalises it.
struct NormalizedSentences {
    let normalized: [NormalizedText]
    let sentences: SentenceSplits

    func normalized(_ frame: ClauseFrame) -> String? {
        guard frame.blockIndex < normalized.count else { return nil }
        let text = normalized[frame.blockIndex]
        // A block holds a few sentences: walking them is cheaper than a table of them.
        let span = frame.sentence.start..<frame.sentence.end
        return sentences[frame.blockIndex].first { text.originalRange(of: $0) == span }.map { text.text.utf8Slice($0) }
    }
}
