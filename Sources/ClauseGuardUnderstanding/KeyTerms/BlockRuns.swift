/// Where each block's frames start and end in a contract's frames (`DocumentFrames` appends a block's frames together,
/// in block order), so the frames of one sentence are found by looking through its block's few frames.
struct BlockRuns {
    /// For each frame, the end of its block's run (the start is found the same way backwards).
    private let runEnd: [Int]
    private let runStart: [Int]

    init(_ frames: [ClauseFrame]) {
        var start = [Int](repeating: 0, count: frames.count), end = [Int](repeating: 0, count: frames.count)
        var i = 0
        while i < frames.count {
            var j = i + 1
            while j < frames.count, frames[j].blockIndex == frames[i].blockIndex { j += 1 }
            for k in i..<j { start[k] = i; end[k] = j }
            i = j
        }
        runStart = start
        runEnd = end
    }

    /// The frames of the sentence of `frames[position]` (same block, same start), in order.
    func siblings(of position: Int, in frames: [ClauseFrame]) -> Siblings {
        Siblings(frames: frames, run: runStart[position]..<runEnd[position], start: frames[position].sentence.start,
                 block: frames[position].blockIndex)
    }

    /// A sentence's frames, read in place.
    struct Siblings {
        let frames: [ClauseFrame]
        let run: Range<Int>
        let start: Int
        let block: Int

        func contains(where predicate: (ClauseFrame) -> Bool) -> Bool {
            for k in run where frames[k].sentence.start == start && frames[k].blockIndex == block && predicate(frames[k]) { return true }
            return false
        }

        var actions: Set<FrameAction> {
            var out: Set<FrameAction> = []
            for k in run where frames[k].sentence.start == start && frames[k].blockIndex == block { out.insert(frames[k].action) }
            return out
        }
    }
}
