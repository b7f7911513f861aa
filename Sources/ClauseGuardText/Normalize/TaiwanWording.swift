/// Words of Taiwan and Hong Kong contracts that OpenCC's character conversion leaves as they are, written the way the
/// Simplified contracts the rules and lexicons come from say them: a 契約 is a 合同, 營運 the 运营 of 代运营, 給付 is 支付,
/// and a party that 得 do something is one that 可 do it. Applied only to texts that looked Traditional; each rewritten
/// word maps back to the original as a whole, so reports quote the contract's own words.
enum TaiwanWording {
    /// After `t2s`: the Traditional word in Simplified characters, and the mainland word.
    static let words: [(taiwan: String, mainland: String)] = [
        ("契约", "合同"), ("营运", "运营"), ("网路", "网络"),
        ("给付", "支付"), ("日历天", "自然日"), ("迳行", "径行"), ("资讯", "信息"), ("智慧财产权", "知识产权"),
        ("预设", "默认"), ("登入", "登录"), ("系结", "绑定"), ("最佳化", "优化"), ("设定", "设置"), ("软体", "软件"),
        ("品质", "质量"), ("讯息", "信息"), ("影片", "视频"),
    ]

    /// 得 means "may" right after the party that holds the right (甲方得, 乙方（代营运公司）得, 本公司得) or an adverb of
    /// it (亦得, 并得, 仍得, 始得); 取得, 获得, 不得 and 记得 are other words.
    private static let mayFollows: Set<Unicode.Scalar> = Set("方司人者）)家亦并仍均始即皆且店".unicodeScalars)
    /// 得到, 得出, 得知…: 得 as "get", whatever comes before it.
    private static let notMayBefore: Set<Unicode.Scalar> = Set("到出知分益当力罪失".unicodeScalars)

    static func applied(to text: NormalizedText) -> NormalizedText {
        let out = text.replacing(table: words.map { ($0.taiwan, $0.mainland) })
        guard out.text.has("得") else { return out }
        return out.replacing(["得"], with: "可") { bytes, word in
            !(ScalarNeighbours.before(word.lowerBound, in: bytes).map(mayFollows.contains) ?? false)
                || (ScalarNeighbours.at(word.upperBound, in: bytes).map(notMayBefore.contains) ?? false)
        }
    }
}
