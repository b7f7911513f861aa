/// Which side a party or a frame's actor is on.
public enum FrameRole: String, Sendable, Codable, CaseIterable, Hashable {
    /// The merchant / customer: pays, owns the store.
    case client
    /// The operator / vendor: delivers the service.
    case provider
    /// Both parties together (双方, each party).
    case both
    /// Whichever party (任何一方, either party, the breaching party).
    case either
}

/// What a sentence says its actor may, must or must not do.
public enum Modality: String, Sendable, Codable, CaseIterable, Hashable {
    /// 有权 / 可以 / may / is entitled to.
    case right
    /// 应 / 须 / shall / must.
    case duty
    /// 不得 / 无权 / shall not / may not.
    case prohibition
    /// 不承担 / 不予退还 / not liable / non-refundable: something the actor is excused from.
    case exclusion
}

/// What the clause is about doing.
public enum FrameAction: String, Sendable, Codable, CaseIterable, Hashable {
    case terminate, pay_penalty, refund, no_refund, notify, renew, deduct, suspend, change_price, access_store,
         delete_data, hand_over, assign, publicise, indemnify
}

/// When the action may happen.
public enum Trigger: String, Sendable, Codable, CaseIterable, Hashable {
    /// 随时 / 无需理由 / for convenience / without cause.
    case at_will
    /// 违约 / 逾期 / breach / insolvency: the cause is in `ClauseFrame.cause`.
    case for_cause
    /// 期满 / on expiry.
    case expiry
    /// 未达到业绩目标 / missed target.
    case missed_target
    /// 双方协商一致 / 经对方书面同意 / by mutual agreement: ending needs both parties' consent, so it is no one's exit.
    case by_agreement
}
