/// 托管费用一经支付，概不退还 / 已支付的服务费在任何情况下均不予退还 / 无论经营情况如何，均不予退还: a fee that is never refunded,
/// whatever happens, is a price term, not a sum lost for leaving or for a default. It is a forfeiture (the merchant's
/// exit cost) once the sentence ties it to an exit, a cancellation or a default (服务费一经支付，因委托方原因中途解约的，概不退还),
/// and a deposit kept is always one (a deposit is paid to be returned).
enum FeesNeverRefunded {
    /// Words that make the refusal unconditional.
    private static let always = ["一经支付", "一经缴纳", "一经交纳", "一经收取", "任何情况下", "无论"]
    /// Words that tie the refusal to a leaving, a cancellation or a default (besides the lexicon's exit words); 无论何种原因
    /// (for whatever reason the contract ends) is the exit in other words.
    private static let sanction = ["取消", "撤销", "撤播", "改期", "违约", "违反", "毁约", "中途", "提前", "何种原因", "保证金", "押金",
                                   "定金", "订金"]

    /// Whether the sentence (its normalised reading) refuses a refund of fees unconditionally, with no exit
    /// (`exitNamed`), cancellation, default or deposit in it.
    static func only(in reading: String, exitNamed: Bool) -> Bool {
        guard !exitNamed, always.contains(where: reading.contains) else { return false }
        return !sanction.contains(where: reading.contains)
    }
}
