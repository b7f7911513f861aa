import ClauseGuardText
import ClauseGuardUnderstanding

/// The frames a rule is about: `frame: { actor: provider, modality: right, action: terminate, trigger: at_will }`.
/// Each field lists the values it accepts (one value or a list); a field left out accepts anything.
public struct FrameSelector: Sendable, Hashable {
    public var actors: Set<FrameRole>?
    /// `none` in the file: no party named ("解除本合同须提前60日书面通知").
    public var acceptsNoActor = false
    public var modalities: Set<Modality>?
    /// `none` in the file: a statement without a modal (违约金为…).
    public var acceptsNoModality = false
    public var actions: Set<FrameAction>?
    public var triggers: Set<Trigger>?
    /// `none` in the file: no trigger stated.
    public var acceptsNoTrigger = false
    public var negated: Bool?
    /// `automatic: true`: a renewal that happens by itself (自动续约, 视为续签, "renews automatically").
    public var automatic: Bool?

    public init() {}

    public func matches(_ frame: ClauseFrame) -> Bool { matches(frame.shape) }

    public func matches(_ frame: FrameShape) -> Bool {
        // Members are found by comparing, not hashing: the sets hold a few cases each, and these String-backed enums
        // hash their raw values (it was a hundred thousand string hashes a batch).
        if let actors {
            if let role = frame.role { guard actors.contains(where: { $0 == role }) else { return false } } else if !acceptsNoActor { return false }
        }
        if let modalities {
            if let m = frame.modality { guard modalities.contains(where: { $0 == m }) else { return false } } else if !acceptsNoModality { return false }
        }
        if let actions, !actions.contains(where: { $0 == frame.action }) { return false }
        if let triggers {
            if let t = frame.trigger { guard triggers.contains(where: { $0 == t }) else { return false } } else if !acceptsNoTrigger { return false }
        }
        // A negated frame ("not as a penalty", 无需支付违约金) says the opposite: only `negated: true` selects it.
        if frame.negated != (negated ?? false) { return false }
        if let automatic, frame.automatic != automatic { return false }
        return true
    }

    /// The values a frame gives a rule's messages and conditions, by name.
    public static let captures: [String: PlaceholderKind] = [
        "actor": .party, "counterparty": .party, "client": .party, "provider": .party,
        "notice": .duration, "period": .duration, "percent": .percent, "amount": .money, "floor": .money, "cap": .money,
    ]
}
