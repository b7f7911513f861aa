import Testing
import ClauseGuardUnderstanding

/// A right used "when" something happens (乙方可以在系统维护时中断服务) is tied to that occasion, not an exit at will;
/// 在任何时候 still says "at any time".
@Suite struct OccasionTriggerTests {
    private let parties = ["甲方（委托方）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司", "甲方委托乙方运营其天猫店铺。"]

    @Test func aRightUsedOnAnOccasionIsNotAtWill() throws {
        let u = PackageLexicons.understand(parties + ["乙方可以在系统维护时中断服务。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.trigger == .for_cause)
        #expect(frame.cause == "系统维护")
    }

    @Test func atAnyTimeStaysAtWill() throws {
        let u = PackageLexicons.understand(parties + ["乙方可以在任何时候解除本合同。"])
        #expect(u.frames.first { $0.action == .terminate }?.trigger == .at_will)
        let bare = PackageLexicons.understand(parties + ["乙方可以解除本合同。"])
        #expect(bare.frames.first { $0.action == .terminate }?.trigger == .at_will)
    }

    /// 需要 as a noun (自身经营调整需要, 发展需要) is the ground of a right, not a duty.
    @Test func itsOwnNeedsAreNoDuty() throws {
        for sentence in ["乙方可基于自身经营调整需要解除本合同。", "乙方可基于自身发展需要解除本合同。"] {
            let frame = try #require(PackageLexicons.understand(parties + [sentence]).frames.first { $0.action == .terminate }, "\(sentence)")
            #expect(frame.modality == .right, "\(sentence)")
        }
    }
}
