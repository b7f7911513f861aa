/// In Chinese 延长 / 顺延 / 延期 renew the contract unless the sentence is about extending something else: obligations
/// suspended by force majeure (合同义务应暂停和自动延长), a probation or assessment period (试用期满…不合格可延期,
/// 考核期延长; not 考核合格的…自动续展, a condition of the renewal), a delivery or
/// payment date, named before the word or as its object (延期付款, 顺延交货). Those extend a time inside the contract,
/// not its term; and 续约提醒 / 续约方案 name a paper about the renewal.
extension SentenceReading {
    private static let otherTimes = ["义务", "试用", "不可抗力", "交货", "交付期", "付款期", "履行期", "工期", "保修期", "还款", "考核期"]
        .map { Array($0.utf8) }
    /// What 延期 / 顺延 may put off right after it: an act of performance, not the contract (甲方需要延期付款的).
    private static let postponedActs = ["付款", "支付", "交货", "发货", "供货", "到货", "交付", "还款", "缴纳", "履行", "开工", "竣工", "完工", "交房", "验收", "上线"]
        .map { Array($0.utf8) }

    /// A renewal word naming a paper about the renewal (系统将自动向甲方发送续约提醒, 续约方案), not the renewal.
    private static let renewalPapers = ["提醒", "提示", "通知", "意向", "方案", "报价"].map { Array($0.utf8) }

    /// Whether the renewal word of `hit` extends a time inside the contract rather than the contract (Chinese only):
    /// the sentence names that time before the word (服务期限顺延至本协议义务履行完毕止 extends the term).
    func extendsAnotherTime(_ hit: LexiconHit) -> Bool {
        chinese && (Self.otherTimes.contains { holds($0, in: 0..<hit.start) } && !deemsTheContractRenewed(hit)
                    || Self.postponedActs.contains { starts(hit.end..<min(bytes.count, hit.end + $0.count), with: $0) }
                    || Self.renewalPapers.contains { starts(hit.end..<min(bytes.count, hit.end + $0.count), with: $0) }
                    || staysInForceBeforeExpiry(hit))
    }

    private static let inForce = Array("继续有效".utf8)
    private static let deemedContract = ["视为本合同", "视为本协议", "视为合同", "视为协议"].map { Array($0.utf8) }

    /// 双方继续履行各自义务的，视为本合同自动顺延三个月: the contract deemed renewed in the renewal word's own sub-clause; the
    /// obligations named in the condition are how the parties behave, not the time extended.
    private func deemsTheContractRenewed(_ hit: LexiconHit) -> Bool {
        let own = segmentStart(hit.start)..<hit.start
        return Self.deemedContract.contains { holds($0, in: own) } && !Self.otherTimes.contains { holds($0, in: own) }
    }

    /// 本合同继续有效 renews the contract only once its term has run out (期满后…继续有效); while the parties negotiate
    /// (协商未成之前，原合同继续有效) the contract merely stays in force.
    private func staysInForceBeforeExpiry(_ hit: LexiconHit) -> Bool {
        endsExactly(hit.start..<hit.end, with: Self.inForce) && !endsTheTerm()
    }
}
