import ClauseGuardText

/// A finding's notes (hidden text, tracked changes) are written in English by the rules engine; a Chinese report
/// says them in Chinese, without Word's tag names, keeping the contract's words in their quotes as written.
enum NoteWording {
    static let hiddenText = "hidden text (w:vanish): not shown when the contract is printed or read on screen"

    static func say(_ note: String, in language: Language) -> String {
        guard language == .zh else { return note }
        if note == hiddenText { return "隐藏文字：打印或在屏幕上阅读合同时看不到" }
        guard note.hasPrefix("tracked change"), let change = note.range(of: ": deleted “") ?? note.range(of: ": inserted “") else { return note }
        let head = note[..<change.lowerBound]
        let author = head.hasPrefix("tracked change by ") ? String(head.dropFirst("tracked change by ".count)) : ""
        // `deleted “…”, inserted “…”`: the words in quotes are the contract's; only ours around them change.
        var body = String(note[note.index(change.lowerBound, offsetBy: 2)...])
        if body.hasPrefix("deleted “") { body = "删除“" + body.dropFirst("deleted “".count) }
        if let inserted = body.range(of: "”, inserted “", options: .backwards) { body.replaceSubrange(inserted, with: "”，插入“") }
        else if body.hasPrefix("inserted “") { body = "插入“" + body.dropFirst("inserted “".count) }
        return "修订" + (author.isEmpty ? "" : "（\(author)）") + "：" + body
    }
}
