/// Where a role word is the start of another word and names no party: 运营方案 (a plan), 服务方式 (a way of serving),
/// 客户名单 (the store's customer list), 用户数据; or names some other firm of that kind: 其他运营公司, 第三方服务商,
/// 另行委托其他代运营公司. Both the frames' party mentions and the rule view's role words skip these.
public enum RoleWordCompounds {
    /// After a word ending in 方.
    static let afterFang = ["案", "式", "法", "面", "向", "针", "位", "便", "略"].map { Array($0.utf8) }
    /// After 客户 / 用户: the store's own customers and their things, not the merchant.
    static let afterCustomer = ["名单", "数据", "资料", "信息", "订单", "评价", "隐私", "投诉", "群", "画像", "体验", "满意", "电话", "地址",
                                "退款", "退货", "咨询", "关系", "资源", "流量", "账号", "账户", "购买", "下单", "需求", "反馈", "留存"].map { Array($0.utf8) }
    /// After 咱们: "we" that takes the reader in (咱们双方, 咱们合作期间, 咱们好商量) is both sides, not the agency.
    static let afterInclusiveWe = ["双方", "俩", "两家", "两方", "合作", "商量", "好商量", "协商", "沟通", "一起", "共同", "重新", "之间"].map { Array($0.utf8) }
    /// Before a role word (with 代 between, as in 其他代运营公司): a firm other than the contract's party.
    static let beforeOther = ["其他", "其它", "别的", "别家", "另一家", "另外的", "第三方", "新的", "其他的"].map { Array($0.utf8) }
    private static let dai = Array("代".utf8)
    private static let fang = Array("方".utf8)
    private static let customers = [Array("客户".utf8), Array("用户".utf8)]
    private static let inclusiveWe = Array("咱们".utf8)

    /// Whether the role word at `word` in `bytes` is part of another word.
    public static func isCompound(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        let text = bytes[word], next = bytes[word.upperBound...]
        var before = bytes[..<word.lowerBound]
        if before.suffix(dai.count).elementsEqual(dai) { before = before.dropLast(dai.count) }
        if beforeOther.contains(where: { before.suffix($0.count).elementsEqual($0) }) { return true }
        if text.count >= fang.count, text.suffix(fang.count).elementsEqual(fang) { return afterFang.contains { next.starts(with: $0) } }
        if customers.contains(where: { text.elementsEqual($0) }) { return afterCustomer.contains { next.starts(with: $0) } }
        if text.elementsEqual(inclusiveWe) { return afterInclusiveWe.contains { next.starts(with: $0) } }
        return false
    }
}
