/// In Chinese 解聘 / 解雇 / 辞退 / 开除 end a contract when the contract's other party is the one dismissed (甲方可以辞退乙方);
/// a board dismissing a manager (总经理…经董事会决定可随时解聘) or a company laying off staff (乙方人员…提出解雇) is a
/// personnel decision under the contract, not its end.
extension SentenceReading {
    private static let personnelVerbs = ["解聘", "解雇", "辞退", "开除"].map { Array($0.utf8) }
    private static let staff = ["总经理", "经理", "高级管理", "管理人员", "董事", "人员", "合营企业", "合资企业"].map { Array($0.utf8) }

    /// Whether the termination word of `hit` dismisses staff rather than ending the contract (Chinese only).
    func dismissesStaff(_ hit: LexiconHit) -> Bool {
        chinese && Self.personnelVerbs.contains { equals(hit.start..<hit.end, $0) } && Self.staff.contains { holds($0, in: 0..<bytes.count) }
    }
}
