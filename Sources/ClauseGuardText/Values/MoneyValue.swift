/// An amount of money: "人民币伍仟元整", "RMB 5,000", "$5,000.00", "1.5万元".
public struct MoneyValue: Sendable, Hashable, Codable {
    public var amount: Double
    /// ISO code: "CNY", "USD", "EUR", "HKD".
    public var currency: String

    public init(amount: Double, currency: String) {
        self.amount = amount
        self.currency = currency
    }
}
