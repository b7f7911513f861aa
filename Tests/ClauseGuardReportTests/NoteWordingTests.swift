import Testing
@testable import ClauseGuardReport

/// A Chinese report says the notes on hidden text and tracked changes in Chinese, without `w:vanish`, and keeps the
/// contract's words in their quotes.
@Suite struct NoteWordingTests {
    @Test(arguments: [
        (NoteWording.hiddenText, "隐藏文字：打印或在屏幕上阅读合同时看不到"),
        ("tracked change by 乙方法务: deleted “10%”, inserted “30%”", "修订（乙方法务）：删除“10%”，插入“30%”"),
        ("tracked change: inserted “不予退还,且”", "修订：插入“不予退还,且”"),
        ("tracked change by A: deleted “a, inserted “b”", "修订（A）：删除“a, inserted “b”"),
    ])
    func chinese(_ pair: (String, String)) {
        #expect(NoteWording.say(pair.0, in: .zh) == pair.1)
    }

    @Test func englishIsUnchanged() {
        #expect(NoteWording.say(NoteWording.hiddenText, in: .en) == NoteWording.hiddenText)
    }
}
