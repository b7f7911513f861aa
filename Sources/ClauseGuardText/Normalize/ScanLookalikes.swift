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
            out = out.replacing(["曰"], with: "日") { bytes, word in !(scalar(before: word.lowerBound, in: bytes).map(figures.contains) ?? false) }
        }
        if out.text.has("己") {
            out = out.replacing(["己"], with: "已") { bytes, word in
                scalar(before: word.lowerBound, in: bytes) == "自" || !(scalar(at: word.upperBound, in: bytes).map(afterAlready.contains) ?? false)
            }
        }
        return out
    }

    private static func scalar(before end: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, start < end else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first
    }

    private static func scalar(at start: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        guard start < bytes.count else { return nil }
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first
    }
}
