import ClauseGuardText

/// A penalty owed under another clause and set off against a deposit or fees ("乙方应向甲方支付的违约金、赔偿款，甲方可从
/// 履约保证金中扣除"; "甲方应付的违约金，乙方有权从应付款项中直接扣除"; "The Client may deduct any delay payments due
/// under clause 3.3 from the Charges") says how the penalty is collected, not which penalty applies. A sentence that
/// states the sum as well ("乙方应支付的违约金为合同总额的10%，甲方可从保证金中扣除") still sets one.
enum PenaltySetOff {
    /// 违约金 named as what a party owes (a relative clause: 应支付的违约金, 您该付的托管费、提成或滞纳金; sums in arrears:
    /// 欠付租金、赔偿金或违约金), not imposed by the sentence: the verb, then the penalty within a few characters of the same
    /// sub-clause.
    private static let owedVerbs = ["支付的", "应付的", "该付的", "承担的", "支付之",
                                    // 乙方欠付租金、赔偿金或违约金的，甲方有权从押金中直接扣除: sums in arrears.
                                    "欠付", "拖欠"].map { Array($0.utf8) }
    private static let owedPenalties = ["违约金", "滞纳金", "罚款", "赔偿金"].map { Array($0.utf8) }
    private static let owedList = Array("应付违约金、".utf8)
    private static let owedReach = 10 * 3
    private static let comma = Array("，".utf8)
    private static let setOff = ["扣除", "抵扣", "扣减", "冲抵", "抵销", "抵消", "直接扣"].map { Array($0.utf8) }
    /// In English the sum is owed "under" another clause ("any delay payments due under clause 3.3") and deducted or set
    /// off ("The Client may deduct … from any Charges").
    private static let owedInEnglish = [" due under ", " owed under ", " owing under ", " payable under ", " owed by ", " owing by "]
        .map { Array($0.utf8) }
    private static let setOffInEnglish = ["deduct", "set off", "set-off", "offset", "Deduct", "Set off", "Offset"].map { Array($0.utf8) }

    /// Byte searches (memmem): the caller asks only for a penalty without a stated sum, on every such frame.
    static func collectsAPenaltyOwed(_ reading: String) -> Bool {
        var text = reading
        return text.withUTF8 { bytes in
            if let end = owedPenaltyEnd(bytes), setOff.contains(where: { bytes.firstOffset(of: $0, from: end) != nil }) { return true }
            if takesAPenaltyFromAFund(bytes) { return true }
            return owedInEnglish.contains { bytes.firstOffset(of: $0) != nil } && setOffInEnglish.contains { bytes.firstOffset(of: $0) != nil }
        }
    }

    /// 甲方有权从履约保证金中直接扣除应付款项及违约金 / 从应付款项中扣减乙方应承担的赔偿金额: a penalty taken out of a
    /// deposit or fees (从…扣除), named among other sums or as owed, within a few characters of the same sub-clause. Not
    /// the penalty alone (乙方违约的，甲方有权从履约押金中直接扣除违约金): the sentence sets that one.
    private static func takesAPenaltyFromAFund(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let at = bytes.firstOffset(of: fromWord, from: from) {
            let comma = bytes.firstOffset(of: comma, from: at) ?? bytes.count
            for verb in setOff {
                guard let taken = bytes.firstOffset(of: verb, from: at), taken < comma else { continue }
                let start = taken + verb.count, limit = min(comma, start + takenReach)
                for word in owedPenalties {
                    guard let penalty = bytes.firstOffset(of: word, from: start), penalty + word.count <= limit else { continue }
                    let between = UnsafeBufferPointer(rebasing: bytes[start..<penalty])
                    if amongOrOwed.contains(where: { between.firstOffset(of: $0) != nil }) { return true }
                }
            }
            from = at + fromWord.count
        }
        return false
    }
    private static let fromWord = Array("从".utf8)
    private static let amongOrOwed = ["及", "、", "和", "应承担的", "应付的", "应支付的"].map { Array($0.utf8) }
    /// 扣减乙方依本合同应承担的赔偿金: the sums taken, up to 16 characters.
    private static let takenReach = 16 * 3

    /// Where the first penalty named as owed ends: after a relative clause's verb within `owedReach` bytes and before
    /// the sub-clause's comma, or "应付违约金、" heading a list of sums owed.
    private static func owedPenaltyEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let at = bytes.firstOffset(of: owedList) { return at + owedList.count }
        for verb in owedVerbs {
            var from = 0
            while let at = bytes.firstOffset(of: verb, from: from) {
                let start = at + verb.count
                let comma = bytes.firstOffset(of: comma, from: start) ?? bytes.count
                let limit = min(comma, start + owedReach)
                let ends = owedPenalties.compactMap { word in bytes.firstOffset(of: word, from: start).flatMap { $0 + word.count <= limit ? $0 + word.count : nil } }
                if let end = ends.min() { return end }
                from = start
            }
        }
        return nil
    }
}
