/// Hong Kong and Taiwan legal usage written in Simplified characters ("倘客户于合约期届满前终止本合约…毋须事先通知",
/// "立契约书人…得终止本契约"), read as the mainland wording the rules and lexicons are written in: a 合约 is a 合同, 毋须
/// is 无须, 倘 is 如, 余下 is 剩余, 申索 is 索赔. Traditional texts get the same after `t2s`; a Simplified text gets it only
/// when it holds one of the markers, so mainland contracts pay a few byte searches. Each word is as long as the one it
/// replaces (or maps back as a whole), so reports quote the contract's own words.
enum HongKongLegalWording {
    /// The Hong Kong word and the mainland one, longer words first where one holds another.
    static let words: [(word: String, replacement: String)] = [
        ("合约", "合同"), ("按金", "押金"), ("毋须", "无须"), ("毋需", "无需"), ("余下", "剩余"), ("一次过", "一次性"),
        ("申索", "索赔"), ("倘若", "如果"), ("倘", "如"), ("悉数", "全部"), ("缴付", "支付"), ("缴清", "付清"), ("订明", "约定"),
        ("营运", "运营"), ("登入", "登录"),
    ]

    /// Words a mainland contract seldom writes; 契约 (Taiwan's word) also brings in `TaiwanWording`. One pass over a
    /// text looks for all of them (a search per word was 1 % of a scan).
    private static let markers = LiteralAutomaton(literals: ["合约", "契约", "毋须", "毋需", "按金", "倘", "申索", "一次过", "惟"].map { Array($0.utf8) })

    /// 惟 opens an exception (惟该赔偿金额不得少于…: "but"); 惟一 and 惟有 are other words.
    private static let notButBefore: Set<Unicode.Scalar> = Set("一有独".unicodeScalars)

    static func applied(to text: NormalizedText) -> NormalizedText {
        var string = text.text
        guard string.withUTF8(markers.occurs) else { return text }
        var out = text.text.has("契约") ? TaiwanWording.applied(to: text) : text
        out = out.replacing(table: words)
        guard out.text.has("惟") else { return out }
        return out.replacing(["惟"], with: "但") { bytes, word in
            ScalarNeighbours.at(word.upperBound, in: bytes).map(notButBefore.contains) ?? false
        }
    }
}
