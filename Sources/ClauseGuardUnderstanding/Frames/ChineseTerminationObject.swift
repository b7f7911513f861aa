/// In Chinese 解聘 / 解雇 / 辞退 / 开除 end a contract when the contract's other party is the one dismissed (甲方可以辞退乙方);
/// a board dismissing a manager (总经理…经董事会决定可随时解聘) or a company laying off staff (乙方人员…提出解雇) is a
/// personnel decision under the contract, not its end. A bare 取消 ends the contract, or a part of its service, only
/// when its object in the same sub-clause is that service, the cooperation or the contract (乙方有权取消该站点的代运营
/// 服务, 单独取消视频号部分的服务), or a session or slot the contract books (取消已确认的直播场次, 取消排期: a service under it)
/// unless the sentence says the contract goes on (该取消不影响本合同其余条款的效力); 取消订单, 取消优惠 cancel something under
/// the contract. A bare 收回 ends a part of the service when what is taken back is its operation (收回唯品会店铺的运营
/// 权限) or the premises let (提前收回该商铺), not a sub-account (收回子账号权限), keys, money or goods.
extension SentenceReading {
    private static let personnelVerbs = ["解聘", "解雇", "辞退", "开除"].map { Array($0.utf8) }
    private static let staff = ["总经理", "经理", "高级管理", "管理人员", "董事", "人员", "合营企业", "合资企业"].map { Array($0.utf8) }

    private static let cancel = Array("取消".utf8), order = Array("订单".utf8)
    private static let takeBack = Array("收回".utf8), subAccount = Array("子账号".utf8)
    private static let operation = ["运营权限", "操作权限", "投放权限", "运营权", "代运营",
                                    // A landlord taking back the premises it let (提前收回该商铺, 收回出租的房屋), not their keys.
                                    "商铺", "房屋", "铺位", "门面", "场地", "柜台", "厂房", "租赁物"].map { Array($0.utf8) }
    private static let keys = Array("钥匙".utf8)
    /// (取消该投放单: an insertion order under a framework is a service of it, as "cancel this Insertion Order" is.)
    private static let cancelledWholes = ["服务", "合作", "委托", "合同", "协议", "订阅", "投放单"].map { Array($0.utf8) }
    private static let cancelledParts = ["订单", "订货", "场次", "批次", "排期", "计划", "直播", "活动", "优惠", "资格", "不"].map { Array($0.utf8) }
    private static let bookedSessions = ["场次", "排期", "档期", "直播", "专场", "演出"].map { Array($0.utf8) }
    /// The contract goes on after the cancelling: what was cancelled was not a service it is for.
    private static let contractGoesOn = ["不影响本合同", "不影响本协议", "不影响本框架", "不影响合同", "不影响协议", "其余条款继续", "其他条款继续",
                                         "其余部分", "其他部分", "其余场次", "其他场次"].map { Array($0.utf8) }
    /// How far a bare 取消's or 收回's object may run: 取消饿了么平台的代运营服务 is 12 characters.
    private static let cancelledObjectReach = 16 * 3

    /// Whether the termination word of `hit` dismisses staff or cancels something other than the contract or its
    /// service, rather than ending the contract (Chinese only).
    func endsAnotherThingInChinese(_ hit: LexiconHit) -> Bool {
        guard chinese else { return false }
        if equals(hit.start..<hit.end, Self.cancel) {
            // The service must come before any other thing the words may cancel, and before a 不 that makes 取消 a
            // noun (取消订单不影响本框架合同的效力, 该取消不影响本合同其余部分).
            let reach = objectEnd(after: hit)
            if Self.bookedSessions.contains(where: { holds($0, in: hit.end..<reach) }), !holds(Self.order, in: hit.end..<reach) {
                return Self.contractGoesOn.contains { holds($0, in: 0..<bytes.count) }
            }
            guard let whole = Self.cancelledWholes.compactMap({ bytes[hit.end..<reach].firstRange(of: $0)?.lowerBound }).min() else { return true }
            return Self.cancelledParts.contains { holds($0, in: hit.end..<whole) }
        }
        if equals(hit.start..<hit.end, Self.takeBack) {
            // 收回唯品会店铺的运营权限: the operation of a store or a service ends; a sub-account, money or goods taken back
            // end nothing.
            let reach = objectEnd(after: hit)
            return !Self.operation.contains { holds($0, in: hit.end..<reach) } || holds(Self.subAccount, in: hit.end..<reach)
                || holds(Self.keys, in: hit.end..<reach)
        }
        return Self.personnelVerbs.contains { equals(hit.start..<hit.end, $0) } && Self.staff.contains { holds($0, in: 0..<bytes.count) }
    }

    /// Where a bare verb's object ends: the sub-clause's end, at most `cancelledObjectReach` bytes on.
    private func objectEnd(after hit: LexiconHit) -> Int { min(segmentEnd(hit.end), hit.end + Self.cancelledObjectReach) }
}
