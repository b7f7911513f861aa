/// Each block's sentences (`SentenceSplitter.split` of its normalised text), split on first need and kept: the
/// frames and the rule units of one contract read the same sentences, and each used to split every block itself.
/// One per contract and worker (not shared between threads).
public final class SentenceSplits {
    private let texts: [String]
    private var splits: [[Range<Int>]?]

    public init(_ texts: [String]) {
        self.texts = texts
        splits = Array(repeating: nil, count: texts.count)
    }

    /// The sentences of block `block` as UTF-8 ranges of its text.
    public subscript(block: Int) -> [Range<Int>] {
        if let split = splits[block] { return split }
        let split = SentenceSplitter.split(texts[block])
        splits[block] = split
        return split
    }
}
