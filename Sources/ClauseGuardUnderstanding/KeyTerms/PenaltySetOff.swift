/// A penalty owed under another clause and set off against a deposit or fees ("乙方应向甲方支付的违约金、赔偿款，甲方可从
/// 履约保证金中扣除"; "甲方应付的违约金，乙方有权从应付款项中直接扣除"; "The Client may deduct any delay payments due
/// under clause 3.3 from the Charges") says how the penalty is collected, not which penalty applies. A sentence that
/// states the sum as well ("乙方应支付的违约金为合同总额的10%，甲方可从保证金中扣除") still sets one.
enum PenaltySetOff {
    /// 违约金 named as what a party owes (a relative clause: 应支付的违约金), not imposed by the sentence.
    private static let owed = ["支付的违约金", "应付的违约金", "承担的违约金", "支付之违约金", "应付违约金、"]
    private static let setOff = ["扣除", "抵扣", "扣减", "冲抵", "抵销", "抵消", "直接扣"]

    /// In English the sum is owed "under" another clause ("any delay payments due under clause 3.3") and deducted or set
    /// off ("The Client may deduct … from any Charges").
    private static let owedInEnglish = [" due under ", " owed under ", " owing under ", " payable under ", " owed by ", " owing by "]
    private static let setOffInEnglish = ["deduct", "set off", "set-off", "offset"]

    static func collectsAPenaltyOwed(_ reading: String, _ values: FrameValues) -> Bool {
        guard values.percent == nil, values.amount == nil, values.floor == nil, values.base == nil else { return false }
        if let named = owed.lazy.compactMap({ reading.firstRange(of: $0) }).first {
            let rest = reading[named.upperBound...]
            return setOff.contains { rest.firstRange(of: $0) != nil }
        }
        let lower = reading.lowercased()
        return owedInEnglish.contains { lower.firstRange(of: $0) != nil } && setOffInEnglish.contains { lower.firstRange(of: $0) != nil }
    }
}
