import Testing
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
@testable import ClauseGuardIngest

/// OpenDocument text read as LibreOffice shows it: hand-built packages for each construct.
@Suite struct OpenDocumentReaderTests {
    private func read(_ builder: OdtBuilder, name: String = "contract.odt") throws -> ContractDocument {
        try ContractReader().read(path: try builder.write(name: name))
    }

    private func readError(_ bytes: [UInt8], name: String = "contract.odt") throws -> IngestError? {
        let path = try DocxBuilder.file(bytes, name: name)
        do { _ = try ContractReader().read(path: path); return nil } catch { return error }
    }

    @Test func paragraphsSpansSpacesTabsAndBreaks() throws {
        let body = OdtBuilder.p("甲方<text:span>提前</text:span>30天<text:s text:c=\"2\"/>书面<text:tab/>通知<text:line-break/>第二行")
            + "\n   " + OdtBuilder.p("  Fees   are\n  due  ")
        let document = try read(OdtBuilder(body: body))
        #expect(document.format == .odt)
        #expect(document.blocks.map(\.text) == ["甲方提前30天  书面\t通知\n第二行", "Fees are due "])
        #expect(document.partsRead == ["styles.xml", "content.xml"])
    }

    @Test func headingsGetOutlineLevelsAndOutlineNumbering() throws {
        var builder = OdtBuilder(body: """
        <text:h text:outline-level="1">违约责任</text:h><text:p>违约方应赔偿损失。</text:p>\
        <text:h text:outline-level="1">争议解决</text:h><text:h text:outline-level="2"><text:number>9.1</text:number>仲裁</text:h>
        """)
        builder.styles = """
        <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-prefix="第" style:num-suffix="条" style:num-format="一, 二, 三, ..."/>\
        <text:outline-level-style text:level="2" style:num-format=""/></text:outline-style>
        """
        let blocks = try read(builder).blocks
        #expect(blocks.map(\.text) == ["违约责任", "违约方应赔偿损失。", "争议解决", "仲裁"])
        #expect(blocks[0].flags.contains(.heading) && blocks[0].outlineLevel == 0 && blocks[3].outlineLevel == 1)
        #expect(blocks.map(\.numberingLabel) == ["第一条", nil, "第二条", "9.1"])
        #expect(blocks[1].clauseDisplay == "第一条 违约责任")
        #expect(blocks[3].clauseDisplay == "第二条 争议解决 › 9.1 仲裁")
    }

    @Test func listLabelsAreRenderedFromTheListStyleAndContinue() throws {
        var builder = OdtBuilder(body: """
        <text:list text:style-name="L1"><text:list-item><text:p>Fees</text:p>\
        <text:list><text:list-item><text:p>Fees are due monthly.</text:p></text:list-item>\
        <text:list-item><text:p>Late fees apply.</text:p><text:p>A second paragraph of the item.</text:p></text:list-item></text:list>\
        </text:list-item></text:list><text:p>Between the lists.</text:p>\
        <text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Term</text:p>\
        <text:list><text:list-item><text:p>Either party may terminate.</text:p></text:list-item></text:list></text:list-item></text:list>\
        <text:list text:style-name="L1"><text:list-item><text:p>Restarted</text:p></text:list-item></text:list>
        """)
        builder.automaticStyles = """
        <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>\
        <text:list-level-style-number text:level="2" loext:num-list-format="%1%.%2%" style:num-format="1" text:display-levels="2"/></text:list-style>
        """
        let blocks = try read(builder).blocks
        #expect(blocks.map(\.numberingLabel) == ["1.", "1.1", "1.2", nil, nil, "2.", "2.1", "1."])
        #expect(blocks.map(\.numberingLevel) == [0, 1, 1, nil, nil, 0, 1, 0])
        #expect(blocks[6].clauseDisplay == "2.1")
    }

    @Test func chineseListLabelsLikeWordNumbering() throws {
        var builder = OdtBuilder(body: """
        <text:list text:style-name="WWNum1"><text:list-item><text:p>服务内容</text:p><text:list><text:list-item>\
        <text:p>乙方提供运营服务。</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>违约责任</text:p></text:list-item></text:list>
        """)
        builder.styles = """
        <text:list-style style:name="WWNum1"><text:list-level-style-number text:level="1" loext:num-list-format="第%1%条" style:num-prefix="第" \
        style:num-suffix="条" style:num-format="一, 二, 三, ..."/><text:list-level-style-number text:level="2" style:num-prefix="（" \
        style:num-suffix="）" style:num-format="1"/></text:list-style>
        """
        let blocks = try read(builder).blocks
        #expect(blocks.map(\.numberingLabel) == ["第一条", "（1）", "第二条"])
        #expect(blocks[1].clauseDisplay == "第一条 服务内容 › （1）")
    }

    @Test func tableCellsAreTableCellBlocks() throws {
        let body = """
        <table:table><table:table-column table:number-columns-repeated="2"/><table:table-row><table:table-cell><text:p>费用项目</text:p></table:table-cell>\
        <table:table-cell><text:p>金额</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell table:number-columns-spanned="2">\
        <text:p>托管服务费 15,000元/月</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table>
        """
        let blocks = try read(OdtBuilder(body: body)).blocks
        #expect(blocks.map(\.part) == [.tableCell, .tableCell, .tableCell])
        #expect(blocks.map { $0.cell.map { [$0.table, $0.row, $0.column] } } == [[0, 0, 0], [0, 0, 1], [0, 1, 0]])
    }

    @Test func trackedChangesReadTheFinalViewAndRecordDeletions() throws {
        let body = """
        <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>乙方法务</dc:creator>\
        <dc:date>2025-02-18T10:32:00</dc:date></office:change-info><text:p>10%</text:p></text:deletion></text:changed-region>\
        <text:changed-region text:id="c2"><text:insertion><office:change-info><dc:creator>乙方法务</dc:creator><dc:date>2025-02-18T10:33:00</dc:date>\
        </office:change-info></text:insertion></text:changed-region><text:changed-region text:id="c3"><text:deletion><office:change-info>\
        <dc:creator>A</dc:creator><dc:date>2025-02-18T10:41:00</dc:date></office:change-info><text:p>6.2 乙方应移交店铺全部子账号。</text:p>\
        </text:deletion></text:changed-region></text:tracked-changes>\
        <text:p>违约金为剩余费用的<text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>30%<text:change-end text:change-id="c2"/>。</text:p>\
        <text:change text:change-id="c3"/><text:p>6.3 其他。</text:p>
        """
        let blocks = try read(OdtBuilder(body: body)).blocks
        #expect(blocks.map(\.text) == ["违约金为剩余费用的30%。", "6.3 其他。"])
        let first = blocks[0]
        #expect(first.flags.contains(.deleted) && first.flags.contains(.inserted))
        let deletion = try #require(first.revisions.first { $0.kind == .deletion })
        #expect(deletion.text == "10%" && deletion.author == "乙方法务" && deletion.date == "2025-02-18T10:32:00")
        #expect(deletion.offset == "违约金为剩余费用的".utf8.count)
        let insertion = try #require(first.revisions.first { $0.kind == .insertion })
        #expect(insertion.text == "30%" && insertion.offset == deletion.offset && insertion.author == "乙方法务")
        // A deleted paragraph is not text; it is recorded on the paragraph after it.
        #expect(blocks[1].revisions.map(\.text) == ["6.2 乙方应移交店铺全部子账号。"])
        #expect(!blocks.contains { $0.text.contains("子账号") })
    }

    @Test func hiddenTextIsReadAndFlaggedLikeWordVanish() throws {
        var builder = OdtBuilder(body: """
        <text:p>服务费<text:span text:style-name="T1">乙方有权单方调整服务费。</text:span>按月支付。</text:p>\
        <text:p text:style-name="P1">整段隐藏的条款。</text:p><text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>条件隐藏段落。</text:p>\
        <text:section text:name="S" text:display="none"><text:p>隐藏节。</text:p></text:section>\
        <text:p>可见<text:span text:style-name="T2">也可见</text:span></text:p>
        """)
        builder.automaticStyles = """
        <style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>\
        <style:style style:name="T2" style:family="text" style:parent-style-name="Shown"/>\
        <style:style style:name="P1" style:family="paragraph" style:parent-style-name="HiddenParagraph"/>
        """
        builder.styles = """
        <style:style style:name="HiddenParagraph" style:family="paragraph"><style:text-properties text:display="none"/></style:style>\
        <style:style style:name="Shown" style:family="text"><style:text-properties text:display="true"/></style:style>
        """
        let blocks = try read(builder).blocks
        #expect(blocks.map(\.text) == ["服务费乙方有权单方调整服务费。按月支付。", "整段隐藏的条款。", "条件隐藏段落。", "隐藏节。", "可见也可见"])
        #expect(blocks[0].flags.contains(.hidden) && !blocks[0].flags.contains(.allHidden))
        let span = try #require(blocks[0].hiddenRanges.first)
        #expect(span.start == "服务费".utf8.count && span.end == "服务费乙方有权单方调整服务费。".utf8.count)
        for block in blocks[1...3] { #expect(block.flags.contains(.allHidden), "\(block.text)") }
        #expect(blocks[4].flags.isEmpty)
    }

    @Test func notesHeadersFootersAndAnnotationsAreKeptApart() throws {
        var builder = OdtBuilder(body: """
        <text:p>书面通知<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>\
        <text:p>电子邮件视为书面通知。</text:p></text:note-body></text:note>应送达对方。</text:p>\
        <text:p><office:annotation office:name="a1"><dc:creator>律师 陈</dc:creator><dc:date>2025-02-19T09:15:00</dc:date><meta:creator-initials>CL</meta:creator-initials>\
        <text:p>clauseguard: ignore penalty.minimum-floor</text:p></office:annotation>违约金不低于5万元。<office:annotation-end office:name="a1"/></text:p>\
        <text:p>尾注<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>尾注内容。</text:p></text:note-body></text:note></text:p>
        """)
        builder.masterStyles = """
        <style:master-page style:name="Standard"><style:header><text:p>保密 — 仅限双方</text:p></style:header>\
        <style:footer><text:p>第 <text:page-number>1</text:page-number> 页</text:p></style:footer></style:master-page>\
        <style:master-page style:name="Other"><style:header><text:p>保密 — 仅限双方</text:p></style:header>\
        <style:header-left style:display="false"><text:p>不显示的页眉</text:p></style:header-left></style:master-page>
        """
        let document = try read(builder)
        #expect(document.blocks.map(\.text) == ["书面通知应送达对方。", "违约金不低于5万元。", "尾注", "保密 — 仅限双方", "第 1 页", "电子邮件视为书面通知。", "尾注内容。"])
        #expect(document.blocks.map(\.part) == [.body, .body, .body, .header, .footer, .footnote, .endnote])
        #expect(document.blocks[3].clausePath == ["header"])
        let comment = try #require(document.comments.first)
        #expect(comment.id == "a1" && comment.author == "律师 陈" && comment.text == "clauseguard: ignore penalty.minimum-floor")
        #expect(comment.blockIndices == [1])
    }

    @Test func embeddedObjectsAndImagesAreReportedAsNotRead() throws {
        let body = """
        <text:p>见附图<draw:frame><draw:image/></draw:frame><draw:frame><draw:object/><draw:image/></draw:frame></text:p>
        """
        let document = try read(OdtBuilder(body: body))
        #expect(document.notReadSummary == "not read: 1 embedded object, 1 image")
    }

    @Test func contentIsRecognisedWithoutAnExtension() throws {
        let bytes = OdtBuilder(body: OdtBuilder.p("甲方应付款。")).bytes
        let document = try ContractReader().read(bytes: bytes, name: "contract")
        #expect(document.format == .odt && document.blocks.map(\.text) == ["甲方应付款。"])
    }

    // MARK: Hostile and wrong files: one line naming the file and the reason

    @Test func garbageWithAnOdtExtensionIsOneLine() throws {
        let error = try #require(try readError(Array("hello, not a zip".utf8)))
        #expect(error.reason == .notZip)
        #expect(error.description.hasSuffix("contract.odt: not an OpenDocument text (not a zip archive)"))
    }

    @Test func truncatedZipIsOneLine() throws {
        let bytes = OdtBuilder(body: OdtBuilder.p("x")).bytes
        let error = try #require(try readError(Array(bytes.prefix(bytes.count / 2))))
        #expect(error.reason == .corruptZip && !error.description.contains("\n"))
    }

    @Test func doctypeIsRefused() throws {
        var builder = OdtBuilder(body: "")
        builder.body = OdtBuilder.p("&xxe;")
        var zip = RawZip()
        zip.add("mimetype", Array(builder.mimetype.utf8))
        zip.add("content.xml", Array(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + builder.content.drop { $0 != "\n" }).utf8))
        let error = try #require(try readError(zip.bytes))
        #expect(error.reason == .forbiddenDTD)
    }

    @Test func encryptedPackageIsAClearError() throws {
        var builder = OdtBuilder(body: OdtBuilder.p("x"))
        builder.manifest = """
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml">\
        <manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>
        """
        let error = try #require(try readError(builder.bytes))
        #expect(error.reason == .encrypted && error.detail.contains("password-protected OpenDocument"))
    }

    @Test func spreadsheetIsNotAText() throws {
        var builder = OdtBuilder(body: OdtBuilder.p("x"))
        builder.mimetype = "application/vnd.oasis.opendocument.spreadsheet"
        let error = try #require(try readError(builder.bytes))
        #expect(error.reason == .notWordDocument && error.detail.contains("spreadsheet"))
    }

    @Test func paragraphCapStopsAHugeDocument() throws {
        let body = String(repeating: "<text:p>x</text:p>", count: 2_000)
        var options = IngestOptions()
        options.maxParagraphs = 1_000
        let path = try OdtBuilder(body: body).write()
        #expect(throws: IngestError.self) { _ = try ContractReader(options: options).read(path: path) }
        do { _ = try ContractReader(options: options).read(path: path) } catch {
            #expect(error.reason == .tooLarge && error.detail.contains("more than 1000 paragraphs"))
        }
    }

    @Test func hugeSpaceCountIsBounded() throws {
        let blocks = try read(OdtBuilder(body: OdtBuilder.p("a<text:s text:c=\"999999999\"/>b"))).blocks
        #expect(blocks.first.map { $0.text.utf8.count <= 260 } == true)
    }
}
