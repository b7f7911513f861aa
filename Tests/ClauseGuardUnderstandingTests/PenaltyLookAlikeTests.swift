import Testing
@testable import ClauseGuardUnderstanding

/// Sentences that name a penalty the contract does not set: a fine the platform imposes, an indemnity listing what was
/// paid to others, a service credit in time, a cap on penalties set elsewhere, damages on top of the penalty agreed
/// elsewhere, a fee never refunded whatever happens, a penalty owed elsewhere and set off. A penalty the sentence sets
/// beside such words is still one.
@Suite struct PenaltyLookAlikeTests {
    private func penalties(_ sentence: String) -> [KeyTerm] {
        PackageLexicons.understand(["甲方(委托方)：某店", "乙方(服务方)：某公司", sentence]).keyTerms.filter { $0.family == .penalty }
    }

    @Test(arguments: [
        "甲方店铺因违反平台政策而被亚马逊或速卖通处以的罚款、扣款、冻结资金，由甲方自行承担，与乙方无关。",
        "店铺在运营期间因违反平台规则被处以的罚款，由造成违规的一方承担。",
        "因乙方操作违反平台规则导致平台扣除店铺保证金或处以罚款的，相应款项由乙方承担。",
        "因乙方操作违反平台规则被平台扣除的保证金、罚款，由乙方承担。",
        "快手平台依其规则对违规方作出的罚款、扣除保证金等处罚，由违规方自行承担。",
        "因乙方违反食品安全法律法规被行政机关处以罚款的，由乙方自行承担。",
        "因乙方违规导致抖音平台扣除甲方店铺保证金或对甲方作出罚款处理的，乙方应全额赔偿甲方被扣除的款项。",
        "乙方对因其过错给甲方造成损失的赔偿总额，不超过本协议项下甲方已支付托管费总额的二倍，但乙方故意或有重大过失的除外。",
        "用户违反本协议给平台造成损失的，应赔偿平台的全部损失，包括但不限于平台向第三方支付的赔偿、罚款及合理的律师费用。",
        "系统月度可用率低于99.5%的，服务商应按附件二约定的比例向用户补偿服务时长。",
        "乙方在本合同项下应支付的违约金总额累计不超过年度服务费总额的百分之四十。",
        "甲方违反本合同约定的，除应承担本合同约定的违约金外，还应赔偿乙方由此遭受的全部损失。",
        // A fine the platform imposes under its own rules, and who bears it.
        "因乙方上架的商品违规导致店铺被平台扣分、罚款的，相关罚款由乙方自行承担。",
        "抖音平台依据平台规则对店铺作出的扣款、罚款等处罚，由造成违规的一方承担。",
        // A service credit as a longer subscription, a sum the contract says is no penalty, and a platform's sanction.
        "5.2 月度可用率低于99.5%的，乙方按附件二以延长订阅时长的方式向甲方提供补偿，该补偿为甲方的唯一救济。",
        // A fee cut as the provider's only answer; samples kept after a show are things, not money.
        "甲方未按约定提供服务的，经乙方书面催告后十日内仍未改正的，甲方应减免当月基础服务费的百分之十作为补偿。",
        "直播所需样品由乙方在开播前五日寄送至甲方指定地址，直播结束后样品不予退还。",
        "因乙方原因导致平台向甲方扣款的，乙方应向甲方全额补偿该等扣款，该补偿不以违约金论。",
        "天猫对店铺作出的扣分、降权、罚款，由甲方自行承担。",
        "平台依其规则对店铺作出的扣款、罚款，由造成违规的一方承担。",
        // A penalty owed under another clause, set off against a deposit or fees.
        "乙方应向甲方支付的违约金、赔偿金，甲方有权从履约保证金中直接扣除。",
        "甲方应付的违约金，乙方可从当期应退款项中抵扣。",
        "甲方逾期付款超过十日的，乙方有权从履约保证金中直接扣除应付款项及违约金。",
        "乙方有权从应付甲方的款项中直接扣减甲方依本合同应承担的赔偿金额。",
        // A fee never refunded whatever happens is a price term, not a sum lost for leaving.
        "店铺装修费一经支付，概不退还。",
        "乙方已收取的年度服务费在任何情况下均不予退还。",
        "基础服务费无论店铺销售额多少，均不予退还。",
    ])
    func noPenaltyIsSet(sentence: String) {
        #expect(penalties(sentence).isEmpty, "\(sentence)")
    }

    @Test(arguments: [
        "乙方逾期交付的，每逾期一日应按合同总额的千分之一向甲方支付违约金。",
        "甲方提前解约的，应向乙方支付违约金人民币八千元；违约金不足以弥补损失的，还应赔偿差额。",
        // The same refusal tied to leaving, a cancellation or a default, or a deposit kept, is the cost of it.
        "服务费一经支付，甲方中途终止合作的，概不退还。",
        "直播坑位费一经支付，甲方取消已确认场次的，不予退还。",
        "履约保证金一经缴纳，甲方违约的，不予退还。",
        // A set-off that states the sum sets the penalty too.
        "乙方应支付的违约金为合同总额的10%，甲方可从履约保证金中扣除。",
    ])
    func aPenaltySetBesideThemIsStillOne(sentence: String) {
        #expect(!penalties(sentence).isEmpty, "\(sentence)")
    }

    /// A cap over breach and damages together, a platform's ticket whoever pays it, and late charges owed and taken from
    /// the deposit (您该付的…滞纳金…从保证金里直接扣) set no penalty.
    @Test(arguments: [
        "7.5 乙方承担的全部违约及赔偿责任，以甲方已支付的当年SEO年度服务费的20%为限。",
        "拼多多平台自己对店铺开的罚单（比如延迟发货罚款、虚假宣传罚款），是乙方操作失误造成的，由乙方来出；是商品造成的，由甲方来出。",
        "甲方该付的托管费、提成或滞纳金到期没付的，乙方从保证金里直接扣，扣完后甲方要在7天内补足。",
    ])
    func capsTicketsAndChargesSetOff(sentence: String) {
        #expect(penalties(sentence).isEmpty, "\(sentence)")
    }

    /// Sums in arrears taken from the deposit (欠付租金、赔偿金或违约金的…从押金中直接扣除) and a platform's fines set no
    /// penalty; goods kept past the end at double the rent (双倍支付设备占用费) are one.
    @Test func arrearsPlatformFinesAndDoubleRent() {
        #expect(penalties("乙方欠付租金、赔偿金或违约金的，甲方有权从押金中直接扣除，并通知乙方在7日内补足押金。").isEmpty)
        #expect(penalties("因平台规则变化、平台系统故障或平台处罚导致的罚款及损失，由甲方自行承担。").isEmpty)
        #expect(!penalties("甲方未按约定时间返还设备的，逾期期间按本合同约定租金标准的双倍支付设备占用费。").isEmpty)
    }

    /// A fine the platform or an authority levied, passed on (平台据此扣收的保证金或罚款由乙方承担, 赔偿甲方因此支付的罚款), a cap on
    /// compensation (单次最多赔到当月托管服务费的两倍) and a deposit drawn on for penalties set elsewhere set no penalty.
    @Test func finesPassedOnCapsAndDrawingsOnADeposit() {
        #expect(penalties("（四）因乙方客服违规导致店铺被平台扣分的，平台据此扣收的保证金或罚款由乙方承担。").isEmpty)
        #expect(penalties("主播在直播中作出虚假宣传，导致甲方被市场监督管理部门处罚的，乙方应赔偿甲方因此支付的罚款及其他直接损失。").isEmpty)
        #expect(penalties("因为乙方操作失误导致亏钱的，损失乙方来担，单次最多赔到当月托管服务费的两倍。").isEmpty)
        #expect(penalties("乙方出现违约行为的，甲方有权从品牌保证金中直接扣除违约金、罚款、货款及其他应付款项。").isEmpty)
        // Near miss: twice the monthly fee as the penalty itself.
        #expect(!penalties("乙方违约的，按当月服务费的两倍支付违约金。").isEmpty)
        // The platform's deductions and fines, borne by a party, in other words.
        // Near miss: a deduction by the platform with a sum added on top is a penalty.
        #expect(!penalties("因乙方工作人员违规导致甲方被平台扣除保证金、支付罚款的，乙方应全额补偿甲方，并另行向甲方支付违约金人民币壹万元。").isEmpty)
        #expect(penalties("因乙方运营操作违规导致平台对目标店铺作出扣分、限流或罚款处理的，乙方应承担平台罚款金额并协助甲方申诉。").isEmpty)
        // An early-termination handling fee (提前终止手续费) is the price of leaving.
        #expect(!penalties("甲方申请提前终止本合同的，应按未到期服务费的百分之三向乙方支付提前终止手续费。").isEmpty)
    }

    /// The fees of the term left, paid on leaving (应向乙方支付剩余期限的全部服务费, 剩余服务费照付), are the price of leaving;
    /// lifted (无需支付) or barred (乙方不得另行收取…剩余服务期费用) they are none.
    @Test func theRestOfTheTermsFeesPaidOnLeaving() {
        #expect(!penalties("甲方提前解除合同的，应向乙方支付剩余期限的全部服务费。").isEmpty)
        #expect(!penalties("甲方提前解约的，剩余服务费照付。").isEmpty)
        #expect(penalties("甲方提前解除合同的，无需支付剩余期限的服务费。").isEmpty)
        #expect(penalties("本合同解除的，甲方应支付截至解除生效日已实际提供服务对应的基础服务费，乙方不得另行收取解约费或剩余服务期费用。").isEmpty)
    }

    /// A penalty set in one part of a sentence while another passes on an authority's fine (行政处罚) is still set; a
    /// sentence whose only penalty words are the fine's sets none. A sum not yet refunded (应退未退金额) is the base of a
    /// late-refund penalty, not a negation of it.
    @Test func aPenaltyBesideAFinePassedOnAndALateRefund() {
        let leak = penalties("乙方泄露甲方客户信息的，应向甲方支付违约金人民币20,000元；导致甲方受到行政处罚的，乙方还应赔偿甲方因此支付的罚款。")
        #expect(leak.first?.values.amount?.amount == 20_000)
        #expect(penalties("因乙方原因导致甲方受到行政处罚的，乙方应赔偿甲方因此支付的罚款；甲方有权解除本合同。").isEmpty)
        #expect(!penalties("乙方逾期退还保证金的，每逾期一日，按应退未退金额的千分之一向甲方支付违约金。").isEmpty)
        #expect(penalties("代理商未按约定比例返还返点的，除补足差额外，还应按应返未返金额的百分之十支付违约金。").first?.values.percent == 10)
        // A second duty joined by 并: the platform's deduction passed on, and a penalty of its own.
        #expect(penalties("乙方违规操作导致店铺被平台处罚的，乙方应承担平台扣除的全部款项，并按当月托管费的50%向甲方支付违约金。").first?.values.percent == 50)
        #expect(penalties("乙方违规操作导致店铺被平台处罚的，乙方应承担平台扣除的全部款项，并配合甲方申诉。").isEmpty)
        // Staying on after a lease, priced as a penalty under another name.
        #expect(penalties("甲方逾期腾退的，每逾期一日，应按日租金的两倍向乙方支付房屋占用费。").first?.values.percent == 200)
    }
}
