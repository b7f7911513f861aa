import Testing
import ClauseGuardTestSupport
import ClauseGuardModel
@testable import ClauseGuardIngest

/// numbering.xml rendered as Word shows it, and clause paths built from it.
@Suite struct WordNumberingTests {
    private func read(_ body: String, numbering: String, styles: String? = nil) throws -> [Block] {
        var builder = DocxBuilder(body: body)
        builder.numbering = numbering
        builder.styles = styles
        return try ContractReader().read(path: try builder.write()).blocks
    }

    @Test func chineseArticlesWithDecimalSubItemsAndRestart() throws {
        let numbering = W.abstract(0, W.level(0, format: "chineseCounting", text: "第%1条") + W.level(1, format: "decimal", text: "%2."))
            + W.num(1, abstract: 0)
        var body = ""
        for article in 1...21 {
            body += W.numbered(article == 8 ? "违约责任" : "条款\(article)", numID: 1, level: 0)
            if article == 8 { body += W.numbered("甲方逾期付款的，应支付违约金。", numID: 1, level: 1) + W.numbered("乙方中途解约的，应退还费用。", numID: 1, level: 1) }
        }
        let blocks = try read(body, numbering: numbering)
        let labels = blocks.compactMap(\.numberingLabel)
        #expect(labels.prefix(3) == ["第一条", "第二条", "第三条"])
        #expect(labels.contains("第十条") && labels.contains("第十二条") && labels.contains("第二十一条"))
        let penalty = try #require(blocks.first { $0.text.hasPrefix("乙方中途解约") })
        #expect(penalty.numberingLabel == "2.")
        #expect(penalty.clauseDisplay == "第八条 违约责任 › 2")
        // The sub-list restarts under the next article.
        #expect(!labels.dropFirst(labels.firstIndex(of: "第九条")!).contains("3."))
    }

    @Test(arguments: [
        ("decimal", "%1.%2", ["1.1", "1.2"]),
        ("lowerLetter", "(%2)", ["(a)", "(b)"]),
        ("upperRoman", "%2.", ["I.", "II."]),
        ("lowerRoman", "(%2)", ["(i)", "(ii)"]),
        ("ideographTraditional", "%2、", ["甲、", "乙、"]),
        ("chineseCountingThousand", "%2、", ["一、", "二、"]),
        ("decimalEnclosedCircle", "%2", ["①", "②"]),
    ])
    func levelFormats(_ format: String, _ text: String, _ expected: [String]) throws {
        let numbering = W.abstract(0, W.level(0, format: "decimal", text: "%1.") + W.level(1, format: format, text: text)) + W.num(1, abstract: 0)
        let body = W.numbered("Definitions", numID: 1, level: 0) + W.numbered("first", numID: 1, level: 1) + W.numbered("second", numID: 1, level: 1)
        let labels = try read(body, numbering: numbering).compactMap(\.numberingLabel)
        #expect(Array(labels.dropFirst()) == expected)
    }

    @Test func chineseCountingOfLargeNumbers() {
        #expect(WordNumberFormat.format(105, as: "chineseCountingThousand") == "一百零五")
        #expect(WordNumberFormat.format(1200, as: "chineseCountingThousand") == "一千二百")
        #expect(WordNumberFormat.format(20, as: "chineseCounting") == "二十")
        #expect(WordNumberFormat.format(27, as: "lowerLetter") == "aa")
    }

    @Test func startOverrideRestartsAList() throws {
        let numbering = W.abstract(0, W.level(0, format: "decimal", text: "%1."))
            + W.num(1, abstract: 0) + W.num(2, abstract: 0, overrides: "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>")
        let body = W.numbered("a", numID: 1, level: 0) + W.numbered("b", numID: 1, level: 0) + W.numbered("c", numID: 2, level: 0) + W.numbered("d", numID: 2, level: 0)
        #expect(try read(body, numbering: numbering).compactMap(\.numberingLabel) == ["1.", "2.", "1.", "2."])
    }

    @Test func styleLinkedNumberingAndOutlineLevels() throws {
        let numbering = W.abstract(0, W.level(0, format: "chineseCounting", text: "第%1条")) + W.num(3, abstract: 0)
        let styles = """
        <w:style w:type="paragraph" w:styleId="ArticleBase"><w:name w:val="Article Base"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/><w:basedOn w:val="ArticleBase"/></w:style>
        """
        let body = W.p(W.r("合同期限"), pPr: "<w:pStyle w:val=\"Article\"/>") + W.para("本合同有效期一年。") + W.p(W.r("违约责任"), pPr: "<w:pStyle w:val=\"Article\"/>")
        let blocks = try read(body, numbering: numbering, styles: styles)
        #expect(blocks.map(\.numberingLabel) == ["第一条", nil, "第二条"])
        #expect(blocks[0].outlineLevel == 0 && blocks[0].flags.contains(.heading))
        #expect(blocks[1].clauseDisplay == "第一条 合同期限")
    }

    @Test func bulletsGetNoLabel() throws {
        let numbering = W.abstract(0, W.level(0, format: "bullet", text: "•")) + W.num(1, abstract: 0)
        #expect(try read(W.numbered("item", numID: 1, level: 0), numbering: numbering).first?.numberingLabel == nil)
    }
}
