import Testing
import ClauseGuardModel
@testable import ClauseGuardUnderstanding

/// A sentence's frames found in its block's run answer what a table of every sentence's frames answered.
@Suite struct BlockRunsTests {
    private func expectSameSiblings(_ frames: [ClauseFrame]) {
        let runs = BlockRuns(frames)
        for (position, frame) in frames.enumerated() {
            let expected = frames.filter { $0.blockIndex == frame.blockIndex && $0.sentence.start == frame.sentence.start }
            let siblings = runs.siblings(of: position, in: frames)
            #expect(siblings.actions == Set(expected.map(\.action)), "actions of frame \(position)")
            for action in FrameAction.allCases {
                #expect(siblings.contains { $0.action == action } == expected.contains { $0.action == action })
                #expect(siblings.contains { $0.action == action && $0.automatic } == expected.contains { $0.action == action && $0.automatic })
            }
        }
    }

    @Test func contractFrames() {
        let u = PackageLexicons.understand([
            "甲方：某店", "乙方：某服务公司",
            "有下列情形之一的，乙方有权解除本合同：", "(一)甲方逾期付款超过15日的；", "(二)甲方违反保密义务的。",
            "乙方可随时解除本合同，并提前30日书面通知甲方。本合同期满自动续约一年。",
            "按下表向甲方支付违约金：", "提前解除 | 剩余服务费的30%",
            "Provider may terminate this Agreement without cause upon thirty (30) days' prior written notice.",
        ])
        #expect(!u.frames.isEmpty)
        expectSameSiblings(u.frames)
    }

    /// A table row's frame spans its whole block (start 0) and comes after the block's later sentences.
    @Test func sentenceFramesApartInTheirRun() {
        func frame(_ block: Int, _ start: Int, _ action: FrameAction, automatic: Bool = false) -> ClauseFrame {
            var f = ClauseFrame(blockIndex: block, sentence: TextSpan(start: start, end: start + 5), actor: nil, modality: nil, action: action)
            f.automatic = automatic
            return f
        }
        expectSameSiblings([frame(0, 0, .terminate), frame(1, 0, .renew), frame(1, 12, .notify), frame(1, 0, .pay_penalty, automatic: true),
                            frame(2, 0, .renew, automatic: true), frame(3, 4, .terminate), frame(3, 4, .renew)])
    }
}
