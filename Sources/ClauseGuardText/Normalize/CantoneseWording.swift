/// Written Cantonese of Hong Kong terms and messages ("我哋有權隨時解約，唔使講原因", "一律唔退", "冇上限") read as the
/// Mandarin the rules and lexicons are written in: 我哋 are 我们, 唔 is 不, 冇 is 没有, 俾 is 给. Applied after the
/// Traditional characters are simplified (`TraditionalChinese`), only to texts that hold a Cantonese word; each rewritten
/// word maps back to the original as a whole, so reports quote the contract's own words.
enum CantoneseWording {
    /// After `t2s` (係 has become 系, 搵 揾): the Cantonese word and the Mandarin one, longer words first where one holds another.
    static let words: [(cantonese: String, mandarin: String)] = [
        ("我哋", "我们"), ("你哋", "你们"), ("佢哋", "他们"), ("佢", "他"),
        ("唔使", "不用"), ("唔洗", "不用"), ("唔理系", "不论是"), ("唔理", "不论"), ("唔系", "不是"), ("唔", "不"),
        ("冇", "没有"),
        ("即系", "即是"), ("就系", "就是"), ("都系", "都是"), ("定系", "还是"), ("只系", "只是"), ("但系", "但是"), ("系咪", "是否"),
        ("退返", "退回"), ("交返", "交回"), ("转返", "转回"), ("扣返", "扣回"), ("俾返", "给回"), ("畀返", "给回"),
        ("咗", "了"), ("嘅", "的"), ("喺", "在"), ("啲", "些"), ("嗰", "那"), ("咩", "什么"), ("点样", "怎样"), ("几多", "多少"),
        ("边个", "哪个"), ("揾", "找"), ("攞", "拿"), ("畀", "给"), ("俾", "给"), ("嘢", "东西"), ("睇", "看"),
        ("先至", "才"), ("同埋", "以及"), ("搞掂", "搞定"),
        // 晒 after a verb is "all of it" (俾晒 pays it all, 改晒 changes them all): 完 says as much.
        ("晒", "完"),
        // Hong Kong's words for a payment, a claim filed in court, a listing taken down, an account (合约, 按金 and 一次过
        // are formal Hong Kong usage too: `HongKongLegalWording`, which runs after this, reads them).
        ("过数", "付款"), ("入禀", "起诉"), ("落架", "下架"), ("户口", "账户"),
        // A contract run to its end (完约, 合约完咗) and money held back (hold住 / hold 住 as Hong Kong writes it).
        ("完约", "合同结束"), ("完咗", "结束"), ("hold住", "扣留"), ("hold 住", "扣留"),
    ]

    /// Words only Cantonese writes: a text without any of them is left as it is (one search each).
    private static let markers = ["哋", "唔", "冇", "咗", "嘅", "喺", "俾", "畀", "佢", "啲"]

    static func applied(to text: NormalizedText) -> NormalizedText {
        guard markers.contains(where: { text.text.has($0) }) else { return text }
        return text.replacing(table: words.map { ($0.cantonese, $0.mandarin) })
    }
}
