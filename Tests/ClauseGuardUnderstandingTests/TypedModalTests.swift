import Testing
import ClauseGuardUnderstanding

/// 有全 is 有权 typed by pinyin (yǒuquán), and contracts keep it as written: it grants the right; its compounds
/// (具有全国, 有全部) grant nothing.
@Suite struct TypedModalTests {
    private let parties = ["甲方（委托方）：杭州某某商贸有限公司", "乙方（服务方）：广州某某网络科技有限公司", "甲方委托乙方运营其天猫店铺。"]

    @Test func youquanTypedAsYouQuanIsARight() throws {
        let u = PackageLexicons.understand(parties + ["乙方有全根据自身经营安排随时解除本合同，无需说明理由。"])
        let frame = try #require(u.frames.first { $0.action == .terminate })
        #expect(frame.modality == .right)
        #expect(frame.actor?.role == .provider)
        #expect(frame.trigger == .at_will)
        let compound = PackageLexicons.understand(parties + ["乙方具有全国范围内的独家代理资格，本合同终止时乙方应办理注销手续。"])
        #expect(!compound.frames.contains { $0.modality == .right })
    }
}
