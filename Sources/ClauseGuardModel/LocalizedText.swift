/// Text in Chinese and English.
public struct LocalizedText: Sendable, Codable, Hashable {
    public var zh: String
    public var en: String
    public init(zh: String = "", en: String = "") { self.zh = zh; self.en = en }
    public func text(chinese: Bool) -> String {
        let preferred = chinese ? zh : en
        return preferred.isEmpty ? (chinese ? en : zh) : preferred
    }
    public var isEmpty: Bool { zh.isEmpty && en.isEmpty }
}
