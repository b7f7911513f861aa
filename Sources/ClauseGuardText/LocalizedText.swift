/// Text in Chinese and English.
public struct LocalizedText: Sendable, Codable, Hashable {
    public var zh: String
    public var en: String
    public init(zh: String = "", en: String = "") { self.zh = zh; self.en = en }
    /// The text in `language`, or in the other language when this one is empty.
    public subscript(language: Language) -> String {
        let preferred = language == .zh ? zh : en
        return preferred.isEmpty ? (language == .zh ? en : zh) : preferred
    }
    public var isEmpty: Bool { zh.isEmpty && en.isEmpty }
}
