import Testing
import ClauseGuardUnderstanding

/// A negation before the action that lifts a step on the way to it (无需通知, 不经甲方同意, 无须说明理由) leaves the action
/// standing: "乙方有权无需通知立即解除本合同" is the provider's exit, the worst wording, not a negated one.
@Suite struct NegationScopeTests {
    private let parties = ["甲方(委托方)：某店", "乙方(服务方)：某公司"]

    @Test(arguments: ["乙方有权无需通知立即解除本合同。", "乙方有权不经甲方同意解除本合同。", "乙方可无须说明理由解除本合同。"])
    func liftedStepLeavesTheRight(sentence: String) throws {
        let u = PackageLexicons.understand(parties + [sentence])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.negated == false)
        #expect(frame.actor?.role == .provider)
        #expect(u.keyTerms.contains { $0.family == .termination && $0.party?.role == .provider })
    }

    @Test func negatedNoticeStaysNegated() throws {
        let u = PackageLexicons.understand(parties + ["乙方可以不通知甲方。"])
        let frame = try #require(u.frames.first { $0.action == .notify })
        #expect(frame.negated)
    }

    @Test func negatedActionStaysNegated() throws {
        let u = PackageLexicons.understand(parties + ["本合同期满后不自动续期。"])
        #expect(u.frames.first { $0.action == .renew }?.negated == true)
    }

    /// 需 inside 需求 (a need) is no duty: the bar before it (不得以…不满足需求为由要求解除) still governs the ending.
    @Test func aNeedIsNoDuty() throws {
        let u = PackageLexicons.understand(parties + ["除本合同另有约定外，甲方不得以系统功能不满足需求为由要求解除本合同。"])
        #expect(try #require(u.frames.first { $0.action == .terminate }).modality == .prohibition)
    }
}

/// A right the actor reserves (乙方保留随时终止服务的权利) is a right to act at will.
@Suite struct ReservedRightTests {
    @Test func reservedRightToTerminate() throws {
        let u = PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", "乙方保留随时终止服务的权利。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.modality == .right)
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger == .at_will)
    }
}
