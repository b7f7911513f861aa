/// Characters a scanned contract's OCR confuses with the ones meant, where the neighbours say which was meant:
/// 90曰 is 90日 (a day after a figure), 己付 / 己经 is 已付 / 已经 (already, before a verb; 自己 stays oneself). Same
/// length, so every offset keeps its place and reports quote the scan as it is.
enum ScanLookalikes {
    private static let figures: Set<Unicode.Scalar> = Set("0123456789零一二三四五六七八九十百两壹贰叁肆伍陆柒捌玖拾".unicodeScalars)
    /// What follows 已 (already) and never 自己 (oneself) in a contract.
    private static let afterAlready: Set<Unicode.Scalar> = Set("付支经收交缴发到满过完履退签".unicodeScalars)

    static func read(_ text: NormalizedText) -> NormalizedText {
        var out = text
        if out.text.has("曰") {
            out = out.replacing(["曰"], with: "日") { bytes, word in !(ScalarNeighbours.before(word.lowerBound, in: bytes).map(figures.contains) ?? false) }
        }
        if out.text.has("己") {
            out = out.replacing(["己"], with: "已") { bytes, word in
                ScalarNeighbours.before(word.lowerBound, in: bytes) == "自" || !(ScalarNeighbours.at(word.upperBound, in: bytes).map(afterAlready.contains) ?? false)
            }
        }
        return out
    }
}
