/// What a rule's frame selector reads of a frame, without its text: plain values, so a batch of selectors can test a
/// contract's frames without copying them (a `ClauseFrame` copy retains and releases each of its strings).
public struct FrameShape: Sendable, Equatable {
    public var role: FrameRole?
    public var modality: Modality?
    public var action: FrameAction
    public var trigger: Trigger?
    public var negated: Bool
    public var automatic: Bool

    public init(role: FrameRole?, modality: Modality?, action: FrameAction, trigger: Trigger?, negated: Bool, automatic: Bool) {
        self.role = role
        self.modality = modality
        self.action = action
        self.trigger = trigger
        self.negated = negated
        self.automatic = automatic
    }
}

extension ClauseFrame {
    public var shape: FrameShape {
        FrameShape(role: actor?.role, modality: modality, action: action, trigger: trigger, negated: negated, automatic: automatic)
    }
}
