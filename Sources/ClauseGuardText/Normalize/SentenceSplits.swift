/// Each block's sentences (`SentenceSplitter.split` of its normalised text), split on first need and kept: the
/// frames and the rule units of one contract read the same sentences, and each used to split every block itself.
/// One per contract and worker (not shared between threads).
public final class SentenceSplits {
    private let texts: [String]
    private var splits: [[Range<Int>]?]
    /// Where a block's split is the same as another set's (see `init(_:reusing:)`).
    private let shared: SentenceSplits?

    public init(_ texts: [String]) {
        self.texts = texts
        splits = Array(repeating: nil, count: texts.count)
        shared = nil
    }

    /// The sentences of `texts`, a view of `other`'s texts with words rewritten (委托方 read as 甲方): a block whose text
    /// kept its UTF-8 length is split where `other` split it (once for both), one whose length changed is split anew
    /// (the old ranges would cut its sentences mid-word).
    public init(_ texts: [String], reusing other: SentenceSplits) {
        self.texts = texts
        splits = Array(repeating: nil, count: texts.count)
        shared = other
    }

    /// The sentences of block `block` as UTF-8 ranges of its text.
    public subscript(block: Int) -> [Range<Int>] {
        if let split = splits[block] { return split }
        if let shared, shared.texts[block].utf8.count == texts[block].utf8.count { return shared[block] }
        let split = SentenceSplitter.split(texts[block])
        splits[block] = split
        return split
    }

    /// The sentence of block `block` whose original range is `span`, cut from `normalized` (that block's normalised
    /// text, the one these splits were made of); nil when no sentence maps back to exactly that range (a table row
    /// read whole), and the caller normalises the original itself. A block holds a few sentences: walking them is
    /// cheaper than a table of them.
    public func sentence(of block: Int, in normalized: NormalizedText, original span: Range<Int>) -> String? {
        self[block].first { normalized.originalRange(of: $0) == span }.map { normalized.text.utf8Slice($0) }
    }
}
