import Testing
import Foundation
@testable import ClauseGuardText

/// Every placeholder kind is one registered type, and every part of the pipeline reaches it through the registry:
/// a new kind is covered here by its case in `PlaceholderKind` and its line in `ValueKinds.all`.
@Suite struct ValueKindRegistryTests {
    @Test func everyKindHasExactlyOneRegisteredType() {
        #expect(ValueKinds.all.map { $0.kind.rawValue }.sorted() == PlaceholderKind.allCases.map(\.rawValue).sorted())
        for kind in PlaceholderKind.allCases { #expect(ValueKinds.type(of: kind).kind == kind) }
    }

    @Test(arguments: PlaceholderKind.allCases)
    func eachKindsPatternCompilesAndItsFieldsAreNamed(_ kind: PlaceholderKind) throws {
        let type = ValueKinds.type(of: kind)
        let regex = try PCRERegex(type.pattern, caseInsensitive: true)
        #expect(regex.captureCount == 0, "a fragment has no capturing groups")
        #expect(Placeholders.pattern(for: kind) == type.pattern)
        #expect(!type.fieldNames.isEmpty && Set(type.fieldNames).count == type.fieldNames.count)
        #expect(ExtractedValue.defaultField(for: kind) == type.fieldNames[0])
    }

    /// One value of each kind through the registry: parse, fields, display, and JSON both ways with the same keys.
    @Test(arguments: [
        (PlaceholderKind.duration, "15个工作日", "15 business days", "15个工作日", ["business", "days", "text", "type", "unit", "value"]),
        (.money, "1.5万元", "RMB 15,000", "15,000元", ["amount", "currency", "text", "type"]),
        (.percent, "30%", "30%", "30%", ["percent", "text", "type"]),
        (.number, "一百二十", "120", "120", ["text", "type", "value"]),
        (.party, "乙方", "Party B (provider)", "乙方", ["label", "role", "text", "type"]),
        (.date, "8月20日", "--08-20", "8月20日", ["day", "month", "text", "type"]),
    ])
    func eachKindParsesDisplaysAndWritesItsFields(_ kind: PlaceholderKind, _ text: String, _ en: String, _ zh: String,
                                                   _ keys: [String]) throws {
        let value = try #require(Placeholders.parse(kind, text))
        #expect(value.kind == kind)
        #expect(value.display(in: .en) == en && value.display(in: .zh) == zh)
        for name in ExtractedValue.fieldNames(for: kind) where !(kind == .date && ["year", "time"].contains(name)) {
            #expect(value.field(name) != nil, "\(kind).\(name)")
        }
        #expect(value.field("nonexistent") == nil)
        #expect(value.field(nil) == value.field(ExtractedValue.defaultField(for: kind)))
        let data = try JSONEncoder().encode(value)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.keys.sorted() == keys)
        #expect(try JSONDecoder().decode(ExtractedValue.self, from: data) == value)
        #expect(value != ExtractedValue.number(-1))
    }
}
