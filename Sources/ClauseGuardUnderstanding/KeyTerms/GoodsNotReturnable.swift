/// "non-returnable/non-cancelable components", "reasonable non-refundable expenses incurred": in English the words of
/// no refund describing goods or costs one side pays for are no fee the other side forfeits.
enum GoodsNotReturnable {
    private static let words = ["non-refundable", "nonrefundable", "non-returnable", "nonreturnable"]
    private static let alsoNot = ["non-cancelable", "non-cancellable", "noncancelable", "noncancellable"]
    private static let things: Set<String> = ["components", "component", "parts", "materials", "inventory", "goods", "products",
                                              "items", "expenses", "costs", "commitments", "orders", "stock", "supplies"]

    /// Whether the sentence's words of no refund are all attributes of goods or costs (at least one of them).
    static func only(in sentence: String) -> Bool {
        let lower = sentence.lowercased()
        var seen = false
        for word in words {
            var from = lower.startIndex
            while let hit = lower.range(of: word, range: from..<lower.endIndex) {
                from = hit.upperBound
                var rest = lower[hit.upperBound...].drop { $0 == " " || $0 == "/" || $0 == "," }
                for other in alsoNot where rest.hasPrefix(other) { rest = rest.dropFirst(other.count).drop { $0 == " " } }
                if rest.hasPrefix("and ") { rest = rest.dropFirst(4) }
                for other in alsoNot where rest.hasPrefix(other) { rest = rest.dropFirst(other.count).drop { $0 == " " } }
                let next = rest.prefix { $0.isLetter }
                guard things.contains(String(next)) else { return false }
                seen = true
            }
        }
        return seen
    }
}
