import Testing
import ClauseGuardUnderstanding

/// A termination cause as the key terms show it: the condition, without the clause's number or the list's `;`, and
/// without the main clause a sentence runs on into.
@Suite struct KeyTermWordingTests {
    @Test(arguments: [
        ("运营目标未能实现的,乙方不承担任何责任,甲方不得以此为由要求退还或减免服务费", "运营目标未能实现的"),
        ("11.1有下列情形之一的", "有下列情形之一的"),
        ("(1)甲方逾期支付任何款项超过七日的;", "甲方逾期支付任何款项超过七日的"),
        ("(3)甲方的商品存在质量问题或被平台处罚,影响乙方正常运营的", "甲方的商品存在质量问题或被平台处罚,影响乙方正常运营的"),
        ("11.2未经乙方书面同意", "未经乙方书面同意"),
        ("第十六条甲方因店铺停业无法继续经营的", "甲方因店铺停业无法继续经营的"),
        ("第三方违约的", "第三方违约的"),
        ("the other party commits a material breach", "the other party commits a material breach"),
        ("2026年到期的", "2026年到期的"),
    ])
    func causeIsTheCondition(_ pair: (String, String)) {
        #expect(KeyTermWording.cause(pair.0) == pair.1)
    }
}
