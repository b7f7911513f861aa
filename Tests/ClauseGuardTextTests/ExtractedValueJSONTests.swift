import Testing
import Foundation
@testable import ClauseGuardText

@Suite struct ExtractedValueJSONTests {
    @Test(arguments: [
        (PlaceholderKind.duration, "两个月"), (.money, "人民币伍仟元整"), (.percent, "百分之三十"),
        (.party, "乙方"), (.date, "2025年8月20日"), (.number, "一百二十"),
    ])
    func roundTripsThroughFlatJSON(_ kind: PlaceholderKind, _ text: String) throws {
        let value = try #require(Placeholders.parse(kind, text))
        let data = try JSONEncoder().encode(value)
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(object["type"] as? String == kind.rawValue)
        #expect(object["text"] as? String == value.display(in: .en))
        #expect(try JSONDecoder().decode(ExtractedValue.self, from: data) == value)
    }
}
