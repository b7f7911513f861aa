import Testing
@testable import ClauseGuardText

/// OCR's look-alike characters read as meant where the neighbours say so; the same characters elsewhere stay.
@Suite struct ScanLookalikesTests {
    @Test func aDayAfterAFigureAndAlreadyBeforeAVerb() {
        #expect(NormalizedText("须至少提前90曰以书面形式通知乙方").text.contains("提前90日"))
        #expect(NormalizedText("甲方己支付的服务费不予退还").text.contains("已支付"))
        // A capital O beside a digit and no letter is a zero.
        #expect(NormalizedText("on giving not less than sixty (6O) days written notice").text.contains("sixty (60) days"))
        #expect(NormalizedText("within 1O business days").text.contains("within 10 business"))
    }

    @Test(arguments: ["子曰学而时习之。", "甲方自己支付推广费用。", "知己知彼。", "CO2 emissions of the 1960s", "a Model 3O0X unit", "Form O5B"])
    func otherUsesStay(sentence: String) {
        #expect(NormalizedText(sentence).text == sentence)
    }
}
