import ClauseGuardText

/// A supplementary agreement that quotes the wording it replaces (双方同意将原合同约定的“店铺货款直接进入甲方支付宝账户”
/// 调整为：“…”) is read without the replaced words: they are no longer the contract, and a rule that saw them would take
/// the old term (货款直接进入甲方账户) for the new one. The quote reads "原约定"; the new wording stays, and a finding still
/// quotes the sentence as written.
enum SupersededWording {
    private static let open = Array("“".utf8), close = Array("”".utf8)
    /// What turns the quote before it into the old wording: "…”调整为 / 修改为 / 变更为 / 改为".
    private static let changes = ["调整为", "修改为", "变更为", "更改为", "修订为", "改为", "替换为", "更新为"].map { Array($0.utf8) }
    /// The sentence names the old contract before the quote (原合同 / 原协议 / 原约定 / 原条款 / 原第…条), not 原因 or 原告.
    private static let old = ["原合同", "原协议", "原约定", "原条款", "原第", "原规定", "原内容", "原文"].map { Array($0.utf8) }
    /// Only wording, not a term's name (将“服务费”调整为…): a replaced clause is longer than this many bytes.
    private static let minimumQuote = 18
    private static let replacement = "原约定"

    static func removed(from text: NormalizedText) -> NormalizedText {
        // Most texts quote nothing that is changed.
        guard text.text.has("”") else { return text }
        let bytes = Array(text.text.utf8)
        var ranges: [Range<Int>] = []
        var i = 0
        while let start = bytes.withUnsafeBufferPointer({ $0.firstOffset(of: open, from: i) }) {
            guard let end = bytes.withUnsafeBufferPointer({ $0.firstOffset(of: close, from: start + open.count) }) else { break }
            let after = end + close.count
            i = after
            guard end - start - open.count >= minimumQuote,
                  changes.contains(where: { bytes.starts(with: $0, at: after) }),
                  namesTheOldContract(bytes, before: start) else { continue }
            ranges.append(start..<after)
        }
        return ranges.isEmpty ? text : text.replacing(ranges: ranges, with: replacement)
    }

    /// Whether 原 stands in the sentence before `offset` (back to 。 or a line's start).
    private static func namesTheOldContract(_ bytes: [UInt8], before offset: Int) -> Bool {
        var j = offset - 1
        while j >= 0 {
            if bytes[j] == 0x0A || bytes[j] == 0x82 && j >= 2 && bytes[j - 1] == 0x80 && bytes[j - 2] == 0xE3 { return false }
            if old.contains(where: { j + $0.count <= offset && bytes.starts(with: $0, at: j) }) { return true }
            j -= 1
        }
        return false
    }
}
