import Testing
import ClauseGuardTestSupport
import ClauseGuardModel
@testable import ClauseGuardIngest

/// Text Word shows that a reader could miss, and text a reader could take that Word does not show: each construct
/// is read as Word shows it (the final view: insertions accepted, deletions gone) or reported as not read.
/// docs/WORD-FIDELITY.md lists them with these test names.
@Suite struct HiddenTextFidelityTests {
    private func read(_ builder: DocxBuilder) throws -> ContractDocument {
        try ContractReader().read(path: try builder.write())
    }
    private func read(_ body: String) throws -> ContractDocument { try read(DocxBuilder(body: body)) }

    // MARK: Hidden-text properties

    @Test(arguments: ["0", "false", "off"])
    func vanishSwitchedOffIsNotHidden(value: String) throws {
        let block = try #require(try read(W.p(W.r("No refunds.", rPr: "<w:vanish w:val=\"\(value)\"/>"))).blocks.first)
        #expect(block.text == "No refunds.")
        #expect(block.hiddenRanges.isEmpty && !block.flags.contains(.hidden))
    }

    @Test(arguments: ["", " w:val=\"1\"", " w:val=\"true\"", " w:val=\"on\""])
    func vanishIsReadAndFlaggedHidden(attribute: String) throws {
        let block = try #require(try read(W.p(W.r("Shown. ") + W.r("Hidden clause.", rPr: "<w:vanish\(attribute)/>"))).blocks.first)
        #expect(block.text == "Shown. Hidden clause.")
        #expect(block.hiddenRanges == [TextSpan(start: 7, end: 21)] && block.flags.contains(.hidden))
    }

    @Test func vanishInAFormattingChangeIsTheOldFormattingNotTheCurrentOne() throws {
        // w:rPrChange holds the run's properties before a tracked formatting change: the text is shown now.
        let rPr = "<w:b/><w:rPrChange w:id=\"1\" w:author=\"A\"><w:rPr><w:vanish/></w:rPr></w:rPrChange>"
        let block = try #require(try read(W.p(W.r("Shown since the change.", rPr: rPr))).blocks.first)
        #expect(block.text == "Shown since the change.")
        #expect(block.hiddenRanges.isEmpty && !block.flags.contains(.hidden))
    }

    @Test func formerParagraphPropertiesDoNotOverrideTheCurrentOnes() throws {
        // w:pPrChange records the style and numbering before a tracked change; text misplaced inside is still read.
        let pPr = "<w:pStyle w:val=\"Body\"/><w:pPrChange w:id=\"1\" w:author=\"A\"><w:pPr><w:pStyle w:val=\"Old\"/></w:pPr>"
            + "<w:r><w:t>stray</w:t></w:r></w:pPrChange>"
        let block = try #require(try read(W.p(W.r(" text"), pPr: pPr)).blocks.first)
        #expect(block.style == "Body")
        #expect(block.text == "stray text")
    }

    @Test func textHiddenThroughStylesIsFlagged() throws {
        // Word hides text whose character or paragraph style (or a style it is based on) has w:vanish; the run's
        // own w:vanish w:val="0" shows it again.
        var builder = DocxBuilder(body: W.p(W.r("Visible. ") + W.r("Secret.", rPr: "<w:rStyle w:val=\"HiddenChar\"/>"))
            + W.p(W.r("All hidden."), pPr: "<w:pStyle w:val=\"Hidden\"/>")
            + W.p(W.r("Inherited. ") + W.r("Shown again.", rPr: "<w:vanish w:val=\"0\"/>"), pPr: "<w:pStyle w:val=\"HiddenChild\"/>"))
        builder.styles = """
        <w:style w:type="character" w:styleId="HiddenChar"><w:name w:val="Hidden Char"/><w:rPr><w:vanish/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Hidden"><w:name w:val="Hidden"/><w:rPr><w:vanish/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="HiddenChild"><w:name w:val="Hidden Child"/><w:basedOn w:val="Hidden"/></w:style>
        """
        let blocks = try read(builder).blocks
        #expect(blocks.map(\.text) == ["Visible. Secret.", "All hidden.", "Inherited. Shown again."])
        #expect(blocks[0].hiddenRanges == [TextSpan(start: 9, end: 16)] && !blocks[0].flags.contains(.allHidden))
        #expect(blocks[1].flags.contains(.allHidden))
        #expect(blocks[2].hiddenRanges == [TextSpan(start: 0, end: 11)] && !blocks[2].flags.contains(.allHidden))
    }

    @Test func documentDefaultsAndTheDefaultParagraphStyleCanHideText() throws {
        var builder = DocxBuilder(body: W.para("Hidden by default.") + W.p(W.r("Plain."), pPr: "<w:pStyle w:val=\"Plain\"/>"))
        builder.styles = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>
        """
        let blocks = try read(builder).blocks
        #expect(blocks[0].flags.contains(.allHidden))
        #expect(blocks[1].hiddenRanges.isEmpty)
    }

    @Test func specVanishOnARunIsNotHiddenText() throws {
        // specVanish belongs on paragraph marks (style separators); it is not the hidden-text property.
        let block = try #require(try read(W.p(W.r("Visible text.", rPr: "<w:specVanish/>"))).blocks.first)
        #expect(block.text == "Visible text.")
        #expect(!block.flags.contains(.hidden))
    }

    @Test func webHiddenTextIsShownInPrintLayout() throws {
        let block = try #require(try read(W.p(W.r("Printed clause.", rPr: "<w:webHidden/>"))).blocks.first)
        #expect(block.text == "Printed clause.")
        #expect(!block.flags.contains(.hidden))
    }

    @Test func hiddenParagraphMarkDoesNotHideTheText() throws {
        let body = W.p(W.r("Heading text"), pPr: "<w:rPr><w:vanish/></w:rPr>") + W.para("next")
        let blocks = try read(body).blocks
        #expect(blocks.map(\.text) == ["Heading text", "next"])
        #expect(!blocks[0].flags.contains(.hidden))
    }

    // MARK: Tracked changes

    @Test func deletedParagraphMarkJoinsTheParagraphWithTheNext() throws {
        // With the mark deleted, Word's final view shows one paragraph: a sentence split across the two reads whole.
        let mark = "<w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr>"
        let body = W.p(W.r("The Supplier is not liable"), pPr: mark) + W.p(W.r(" for any loss."), pPr: "<w:pStyle w:val=\"Body\"/>") + W.para("Next.")
        let blocks = try read(body).blocks
        #expect(blocks.map(\.text) == ["The Supplier is not liable for any loss.", "Next."])
        #expect(blocks[0].style == "Body")   // the surviving mark is the second paragraph's
        #expect(blocks[0].flags.contains(.deleted))
    }

    @Test func deletedParagraphMarkKeepsOffsetsOfTheJoinedParagraph() throws {
        let mark = "<w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr>"
        let body = W.p(W.r("Fees "), pPr: mark) + W.p("<w:ins w:id=\"2\" w:author=\"B\">\(W.r("never"))</w:ins>" + W.r(" refundable", rPr: "<w:vanish/>"))
        let block = try #require(try read(body).blocks.first)
        #expect(block.text == "Fees never refundable")
        #expect(block.revisions.first { $0.kind == .insertion }?.offset == 5)
        #expect(block.hiddenRanges == [TextSpan(start: 10, end: 21)])
    }

    @Test func deletedMarkDoesNotJoinAcrossTableCells() throws {
        let mark = "<w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr>"
        let body = "<w:tbl><w:tr><w:tc>\(W.p(W.r("cell one"), pPr: mark))</w:tc><w:tc>\(W.para("cell two"))</w:tc></w:tr></w:tbl>"
        #expect(try read(body).blocks.map(\.text) == ["cell one", "cell two"])
    }

    @Test func longChainOfDeletedMarksIsJoinedInOnePass() throws {
        // A hostile file can delete every paragraph mark: joining must not copy the growing paragraph each time.
        let mark = "<w:rPr><w:del w:id=\"1\" w:author=\"A\"/></w:rPr>"
        let body = String(repeating: W.p(W.r("0123456789"), pPr: mark), count: 30_000) + W.para("end")
        var options = IngestOptions()
        options.maxCompressionRatio = 1 << 20   // the repeated paragraph compresses far better than a real document
        let start = ContinuousClock.now
        let blocks = try ContractReader(options: options).read(path: try DocxBuilder(body: body).write()).blocks
        #expect(blocks.count == 1 && blocks[0].text.utf8.count == 300_003)
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test func insertionInsideADeletionIsDeletedText() throws {
        let body = W.p(W.r("Refunds ") + "<w:del w:id=\"1\" w:author=\"B\"><w:ins w:id=\"2\" w:author=\"A\"><w:r><w:delText>are never given</w:delText></w:r>"
                       + "<w:r><w:t>nor credited</w:t></w:r></w:ins></w:del>" + W.r("are given."))
        let block = try #require(try read(body).blocks.first)
        #expect(block.text == "Refunds are given.")
        #expect(block.revisions.allSatisfy { $0.kind == .deletion })
        #expect(block.revisions.map(\.text).joined() == "are never givennor credited")
    }

    @Test func movedFromTextIsNotReadAndMovedToTextIs() throws {
        let body = W.p("<w:moveFrom w:id=\"1\" w:author=\"A\">\(W.r("No refunds."))</w:moveFrom>")
            + W.p("<w:moveTo w:id=\"2\" w:author=\"A\">\(W.r("Refunds on request."))</w:moveTo>")
        let blocks = try read(body).blocks
        #expect(blocks.map(\.text) == ["", "Refunds on request."])
        #expect(blocks[0].revisions.map(\.kind) == [.moveFrom] && blocks[1].flags.contains(.moved))
    }

    // MARK: Fields

    @Test func fieldShowsItsResultNotItsInstruction() throws {
        let body = W.p("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> QUOTE \"All fees are non-refundable\" </w:instrText></w:r>"
                       + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + W.r("Fees are refundable.") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            + W.p("<w:fldSimple w:instr=\" QUOTE &quot;no liability&quot; \">\(W.r("Liability is capped."))</w:fldSimple>")
        let blocks = try read(body).blocks
        #expect(blocks.map(\.text) == ["Fees are refundable.", "Liability is capped."])
        #expect(blocks.allSatisfy { $0.flags.contains(.field) })
    }

    // MARK: Parts and chunks

    @Test func glossaryDocumentIsNotPartOfTheContract() throws {
        // Building blocks (word/glossary/document.xml) are templates Word inserts on request, never shown in place.
        var builder = DocxBuilder(body: W.para("Contract text."))
        let glossary = "<w:glossaryDocument xmlns:w=\"\(DocxBuilder.w)\"><w:docParts><w:docPart><w:docPartBody>\(W.para("All fees are non-refundable."))</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"
        builder.extraEntries["word/glossary/document.xml"] = Array(glossary.utf8)
        let document = try read(builder)
        #expect(document.blocks.map(\.text) == ["Contract text."])
        #expect(!document.partsRead.contains("word/glossary/document.xml"))
    }

    @Test func altChunkIsReportedAsNotRead() throws {
        var builder = DocxBuilder(body: W.para("Before.") + "<w:altChunk r:id=\"rId20\"/>" + W.para("After."))
        builder.extraEntries["word/afchunk.htm"] = Array("<html><body>No refunds.</body></html>".utf8)
        let document = try read(builder)
        #expect(document.blocks.map(\.text) == ["Before.", "After."])
        #expect(document.notReadSummary == "not read: 1 altChunk")
    }

    @Test func positionalTabSeparatesWords() throws {
        #expect(try read(W.p("<w:r><w:t>Fees</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/><w:t>due</w:t></w:r>")).blocks.map(\.text) == ["Fees\tdue"])
    }
}
