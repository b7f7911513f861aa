import Testing
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
@testable import ClauseGuardIngest

/// WordprocessingML that real contracts use and naive readers get wrong.
@Suite struct WordPackageReaderTests {
    private func read(_ builder: DocxBuilder) throws -> ContractDocument {
        try ContractReader().read(path: try builder.write())
    }
    private func texts(_ body: String) throws -> [String] {
        try read(DocxBuilder(body: body)).blocks.map(\.text)
    }

    @Test func textSplitAcrossManyRunsIsJoined() throws {
        let body = W.p(W.r("甲方") + W.r("提前") + W.r("30", rPr: "<w:b/>") + W.r("天书面通知"))
        #expect(try texts(body) == ["甲方提前30天书面通知"])
    }

    @Test func tabsBreaksHyphensAndSymbols() throws {
        let body = """
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
        <w:r><w:t>8.1</w:t><w:tab/><w:t>Fees</w:t><w:br/><w:t>due</w:t><w:cr/><w:t>non</w:t><w:noBreakHyphen/><w:t>refundable</w:t>\
        <w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Symbol" w:char="00A7"/></w:r></w:p>
        """
        #expect(try texts(body) == ["8.1\tFees\ndue\nnon-refundable\u{FC}§"])
    }

    @Test func trackedChangesKeepInsertionsAndRecordDeletions() throws {
        let body = W.p(W.r("违约金为剩余费用的")
            + "<w:del w:id=\"1\" w:author=\"乙方法务\" w:date=\"2025-02-18T10:00:00Z\"><w:r><w:delText>10%</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"乙方法务\" w:date=\"2025-02-18T10:00:00Z\"><w:r><w:t>30%</w:t></w:r></w:ins>"
            + W.r("。"))
        let block = try #require(try read(DocxBuilder(body: body)).blocks.first)
        #expect(block.text == "违约金为剩余费用的30%。")
        #expect(block.flags.contains(.deleted) && block.flags.contains(.inserted))
        let deletion = try #require(block.revisions.first { $0.kind == .deletion })
        #expect(deletion.text == "10%" && deletion.author == "乙方法务" && deletion.date == "2025-02-18T10:00:00Z")
        #expect(deletion.offset == "违约金为剩余费用的".utf8.count)
        let insertion = try #require(block.revisions.first { $0.kind == .insertion })
        #expect(insertion.text == "30%" && insertion.offset == deletion.offset)
    }

    @Test func movesAreMarked() throws {
        let body = W.p("<w:moveFrom w:id=\"1\" w:author=\"A\"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>" + W.r("条款"))
            + W.p("<w:moveTo w:id=\"2\" w:author=\"A\"><w:r><w:t>新位置</w:t></w:r></w:moveTo>")
        let blocks = try read(DocxBuilder(body: body)).blocks
        #expect(blocks.map(\.text) == ["条款", "新位置"])
        #expect(blocks[0].revisions.first?.kind == .moveFrom && blocks[0].flags.contains(.moved))
        #expect(blocks[1].revisions.first?.kind == .moveTo)
    }

    @Test func deletedParagraphMarkDoesNotSwallowTheRest() throws {
        // The deleted mark joins the first paragraph with the second (Word's final view, see WORD-FIDELITY.md);
        // none of the following text is taken for deleted.
        let body = W.p(W.r("第一段"), pPr: "<w:rPr><w:del w:id=\"9\" w:author=\"A\"/></w:rPr>") + W.para("第二段") + W.para("第三段")
        #expect(try texts(body) == ["第一段第二段", "第三段"])
    }

    @Test func hiddenTextIsKeptAndFlagged() throws {
        let body = W.p(W.r("服务费按月支付。") + W.r("乙方有权单方调整服务费。", rPr: "<w:vanish/>")) + W.p(W.r("全部隐藏", rPr: "<w:vanish/>"))
        let blocks = try read(DocxBuilder(body: body)).blocks
        #expect(blocks[0].text == "服务费按月支付。乙方有权单方调整服务费。")
        #expect(blocks[0].flags.contains(.hidden) && !blocks[0].flags.contains(.allHidden))
        let span = try #require(blocks[0].hiddenRanges.first)
        #expect(blocks[0].text.utf8.count == span.end && span.start == "服务费按月支付。".utf8.count)
        #expect(blocks[1].flags.contains(.allHidden))
    }

    @Test func tablesNestedTablesAndMergedCells() throws {
        let cell = { (text: String, props: String) in "<w:tc><w:tcPr>\(props)</w:tcPr>\(W.para(text))</w:tc>" }
        let inner = "<w:tbl><w:tr>\(cell("内层", ""))</w:tr></w:tbl>"
        let body = """
        <w:tbl><w:tr>\(cell("项目", ""))\(cell("金额", "<w:gridSpan w:val=\"2\"/>"))\(cell("备注", "<w:vMerge w:val=\"restart\"/>"))</w:tr>\
        <w:tr>\(cell("服务费", ""))<w:tc>\(W.para("外层"))\(inner)</w:tc>\(cell("x", ""))\(cell("", "<w:vMerge/>"))</w:tr></w:tbl>
        """
        let blocks = try read(DocxBuilder(body: body)).blocks
        #expect(blocks.map(\.text) == ["项目", "金额", "备注", "服务费", "外层", "内层", "x"])
        #expect(blocks.allSatisfy { $0.part == .tableCell })
        #expect(blocks[1].cell == TableCellRef(table: 0, row: 0, column: 1, depth: 1, span: 2))
        #expect(blocks[2].cell?.column == 3)
        #expect(blocks[5].cell?.depth == 2 && blocks[5].cell?.table == 1)
        #expect(blocks[6].cell?.column == 2 && blocks[6].cell?.row == 1)
    }

    @Test func contentControlsAreReadAndFlagged() throws {
        let body = "<w:sdt><w:sdtPr><w:alias w:val=\"客户名称\"/></w:sdtPr><w:sdtContent>\(W.para("杭州青禾服饰有限公司"))</w:sdtContent></w:sdt>"
        let block = try #require(try read(DocxBuilder(body: body)).blocks.first)
        #expect(block.text == "杭州青禾服饰有限公司" && block.flags.contains(.contentControl))
    }

    @Test func textBoxIsReadOnceDespiteAlternateContent() throws {
        let box = "<w:txbxContent>\(W.para("文本框里的条款"))</w:txbxContent>"
        let body = W.p(W.r("正文") + """
        <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>\
        <wps:wsp><wps:txbx>\(box)</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>
        """)
        let blocks = try read(DocxBuilder(body: body)).blocks
        #expect(blocks.filter { $0.text == "文本框里的条款" }.count == 1)
        #expect(blocks.first { $0.text == "文本框里的条款" }?.part == .textBox)
        #expect(blocks.contains { $0.text == "正文" })
    }

    @Test func fieldsShowResultsNotInstructions() throws {
        let body = W.p("<w:fldSimple w:instr=\" DOCPROPERTY Client \">\(W.r("青禾公司"))</w:fldSimple>" + W.r("与乙方"))
            + W.p("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>"
                  + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + W.r("第八条") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + W.r("约定"))
        let blocks = try read(DocxBuilder(body: body)).blocks
        #expect(blocks.map(\.text) == ["青禾公司与乙方", "第八条约定"])
        #expect(blocks.allSatisfy { $0.flags.contains(.field) })
    }

    @Test func headersFootnotesAndCommentsAreKeptApart() throws {
        var builder = DocxBuilder(body: W.p("<w:commentRangeStart w:id=\"0\"/>" + W.r("违约金最低5000元") + "<w:commentRangeEnd w:id=\"0\"/>"
                                            + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"))
        builder.header = W.para("乙方修订稿 v3")
        builder.footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\">\(W.para("————"))</w:footnote><w:footnote w:id=\"1\">\(W.para("书面通知包括电子邮件。"))</w:footnote>"
        builder.comments = "<w:comment w:id=\"0\" w:author=\"律师\" w:date=\"2025-03-01T00:00:00Z\">\(W.para("clauseguard: ignore penalty.minimum-floor — 已确认"))</w:comment>"
        let document = try read(builder)
        #expect(document.blocks.map(\.part) == [.body, .header, .footnote])
        #expect(document.blocks.map(\.text) == ["违约金最低5000元", "乙方修订稿 v3", "书面通知包括电子邮件。"])
        #expect(document.comments == [Comment(id: "0", author: "律师", date: "2025-03-01T00:00:00Z", text: "clauseguard: ignore penalty.minimum-floor — 已确认", blockIndices: [0])])
        #expect(!document.blocks.contains { $0.text.contains("clauseguard") })
        #expect(document.partsRead.contains("word/header1.xml") && document.partsRead.contains("word/comments.xml"))
    }

    @Test func notReadContentIsReported() throws {
        var builder = DocxBuilder(body: W.para("正文")
            + "<w:p><w:r><w:object><o:OLEObject ProgID=\"Excel.Sheet.12\"/></w:object></w:r></w:p>"
            + "<w:altChunk r:id=\"rId9\"/>"
            + "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
            + "<w:p><m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>")
        builder.extraEntries["word/embeddings/oleObject1.bin"] = [1, 2, 3]
        let document = try read(builder)
        #expect(document.notReadSummary == "not read: 1 embedded object, 1 altChunk, 1 image, 1 unknown element with text")
    }

    @Test func strictNamespaceDocumentsAreRead() throws {
        var builder = DocxBuilder(body: "")
        builder.rawDocument = "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body><w:p><w:r><w:t>Strict OOXML</w:t></w:r></w:p></w:body></w:document>"
        #expect(try read(builder).blocks.map(\.text) == ["Strict OOXML"])
    }
}
