import ClauseGuardModel
import ClauseGuardText

/// What one sentence lets whom do: "乙方有权随时解除本合同" → actor 乙方 (provider), right, terminate, at will.
public struct ClauseFrame: Sendable, Codable, Hashable {
    public var blockIndex: Int
    /// The sentence in the block's original text (UTF-8 offsets).
    public var sentence: TextSpan
    /// Who may / must / must not; nil when the sentence names nobody (本合同自动续约).
    public var actor: FrameActor?
    /// nil for a statement without a modal (违约金为合同总额的20%).
    public var modality: Modality?
    public var action: FrameAction
    public var trigger: Trigger?
    /// The condition as written (乙方逾期付款超过15日的 / if Customer fails to pay).
    public var cause: String?
    public var counterparty: FrameActor?
    /// A negation right before the action (不续约, "not renew").
    public var negated: Bool
    /// The exception as written (除…外 / unless …).
    public var exception: String?
    public var values: FrameValues
    /// renew: the contract renews itself (自动续约, 视为续签, "shall automatically renew") unless someone objects.
    public var automatic: Bool = false
    /// For an item of a list ("下列情形之一的，甲方有权解除：(一)…"): the block of the lead-in it inherits from.
    public var leadIn: Int?
    /// For a sentence in an article whose heading names termination (四、合同签订与解除：): the heading's block.
    public var heading: Int?

    public init(blockIndex: Int, sentence: TextSpan, actor: FrameActor?, modality: Modality?, action: FrameAction,
                trigger: Trigger? = nil, cause: String? = nil, counterparty: FrameActor? = nil, negated: Bool = false,
                exception: String? = nil, values: FrameValues = FrameValues(), leadIn: Int? = nil) {
        self.blockIndex = blockIndex; self.sentence = sentence; self.actor = actor; self.modality = modality
        self.action = action; self.trigger = trigger; self.cause = cause; self.counterparty = counterparty
        self.negated = negated; self.exception = exception; self.values = values; self.leadIn = leadIn
    }
}

/// A party as a sentence names it, with the side the contract puts it on.
public struct FrameActor: Sendable, Codable, Hashable {
    /// As written: 甲方, 服务方, either party, Inktomi.
    public var text: String
    public var role: FrameRole?
    public init(text: String, role: FrameRole?) { self.text = text; self.role = role }
}

/// The values a clause states, by what they are.
public struct FrameValues: Sendable, Codable, Hashable {
    /// 30 for "30%".
    public var percent: Double?
    /// What the percentage is of.
    public var base: PenaltyBase?
    /// A fixed amount (违约金5000元).
    public var amount: MoneyValue?
    /// 最低5000元 / not less than $5,000.
    public var floor: MoneyValue?
    /// 最高不超过… / capped at.
    public var cap: MoneyValue?
    /// A rate per day of delay (每日万分之五, 0.1% per day).
    public var perDay: Bool = false
    /// The advance notice (提前30日, 30 days' prior notice).
    public var notice: DurationValue?
    /// An advance notice whose length the template leaves blank (提前＿＿天).
    public var noticeUnstated: Bool = false
    /// Another period the clause states (a renewal term, a deadline).
    public var period: DurationValue?
    /// Notice must be written (书面 / in writing).
    public var written: Bool = false

    public init() {}

    public var isEmpty: Bool {
        percent == nil && base == nil && amount == nil && floor == nil && cap == nil && !perDay && notice == nil && !noticeUnstated && period == nil && !written
    }
}
