import Testing
import Foundation
import ClauseGuardTestSupport
@testable import ClauseGuardIngest

/// Styles parsed one by one through the byte index answer exactly as the whole part parsed at once, and the index
/// steps aside for anything it cannot vouch for.
@Suite struct StyleSheetIndexTests {
    static let styles = """
    <w:docDefaults><w:rPrDefault><w:rPr><w:vanish w:val="0"/></w:rPr></w:rPrDefault></w:docDefaults>
    <w:latentStyles w:defQFormat="0"><w:lsdException w:name="heading 1" w:uiPriority="9"/></w:latentStyles>
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
      <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:styleId="Clause" w:type='paragraph'
      ><w:name w:val="Clause"/><w:basedOn w:val="Heading1"/><w:rPr><w:vanish/></w:rPr></w:style>
    <w:style w:type="paragraph" w:styleId="Empty"/>
    <w:style w:type="character" w:styleId="Secret"><w:basedOn w:val="Quiet"/></w:style>
    <w:style w:type="character" w:styleId="Quiet"><w:rPr><w:vanish w:val="true"/></w:rPr></w:style>
    <w:style w:type="table" w:styleId="Grid"><w:rPr><w:vanish/></w:rPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>
    <w:style w:type="paragraph" w:styleId="Normal2"><w:name w:val="Normal 2"/><w:link w:val="Secret"/><w:styleLink w:val="x"/></w:style>
    """

    private func part(_ inner: String, root: String = "<w:styles \(DocxBuilder.namespaces)>") -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + root + inner + "</w:styles>").utf8)
    }

    private func expectSameAnswers(_ bytes: [UInt8], ids: [String]) throws {
        let lazy = try WordStyles(xml: bytes, name: "word/styles.xml")
        let whole = try WordStyles(xml: bytes, name: "word/styles.xml", indexed: false)
        #expect(lazy.defaultVanish == whole.defaultVanish)
        #expect(lazy.defaultParagraphStyle == whole.defaultParagraphStyle)
        for id in ids + ["Missing"] {
            #expect(lazy.paragraphStyle(id) == whole.paragraphStyle(id), "\(id)")
            #expect(lazy.characterStyle(id) == whole.characterStyle(id), "\(id)")
            #expect(lazy.resolved(id) == whole.resolved(id), "\(id)")
            #expect(lazy.isHeading(id) == whole.isHeading(id), "\(id)")
            #expect(lazy.vanish(paragraphStyle: id) == whole.vanish(paragraphStyle: id), "\(id)")
            #expect(lazy.vanish(characterStyle: id) == whole.vanish(characterStyle: id), "\(id)")
        }
        #expect(lazy.vanish(paragraphStyle: nil) == whole.vanish(paragraphStyle: nil))
    }

    @Test func stylesReadOneByOneEqualTheWholePartParsed() throws {
        let bytes = part(Self.styles)
        #expect(StyleSheetIndex(bytes) != nil, "plain markup is indexed")
        try expectSameAnswers(bytes, ids: ["Normal", "Heading1", "Clause", "Empty", "Secret", "Quiet", "Grid", "Normal2"])
        let styles = try WordStyles(xml: bytes, name: "word/styles.xml")
        #expect(styles.resolved("Clause")?.numID == "3" && styles.resolved("Clause")?.outlineLevel == 0)
        #expect(styles.vanish(paragraphStyle: "Clause") == true && styles.vanish(characterStyle: "Secret") == true)
        #expect(styles.defaultParagraphStyle == "Normal" && styles.defaultVanish == false)
        #expect(styles.paragraphStyle("Grid") == nil, "table styles are not paragraph styles")
    }

    @Test func theSampleContractsReadTheSameWithAndWithoutTheIndex() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../SampleContracts").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".docx") || $0.hasSuffix(".dotx") }
        #expect(files.count >= 8)
        var indexed = 0
        for file in files {
            let package = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
            let zip = try WordZipArchive(bytes: package, name: file, options: IngestOptions())
            let bytes = try #require(try zip.data("word/styles.xml"), "\(file)")
            let ids = Self.styleIDs(in: bytes)
            #expect(!ids.isEmpty, "\(file)")
            if StyleSheetIndex(bytes) != nil { indexed += 1 }
            try expectSameAnswers(bytes, ids: ids)
        }
        #expect(indexed == files.count, "Word's own styles.xml is plain markup")
    }

    @Test(arguments: [
        ("a comment", "<!-- <w:style w:styleId=\"X\"/> -->"),
        ("CDATA", "<w:style w:styleId=\"X\"><w:name w:val=\"x\"/></w:style><![CDATA[<w:style>]]>"),
        ("a namespace declared below the root", "<w:style xmlns:q=\"urn:q\" w:styleId=\"X\"/>"),
        ("markup compatibility", "<mc:AlternateContent><mc:Fallback><w:style w:styleId=\"X\"/></mc:Fallback></mc:AlternateContent>"),
        ("an entity in a style id", "<w:style w:styleId=\"X&amp;Y\"/>"),
        ("a processing instruction", "<?pi data?><w:style w:styleId=\"X\"/>"),
        ("an unclosed style", "<w:style w:styleId=\"X\"><w:name w:val=\"x\"/>"),
        ("a style inside a style", "<w:style w:styleId=\"X\"><w:style w:styleId=\"Y\"/></w:style>"),
    ])
    func anythingTheIndexCannotVouchForIsParsedWhole(_ what: String, _ inner: String) {
        #expect(StyleSheetIndex(part(inner)) == nil, "\(what)")
    }

    @Test func aDefaultNamespaceOrAnotherPrefixIsIndexedToo() throws {
        let plain = Self.styles.replacingOccurrences(of: "w:", with: "")
        let bytes = part(plain, root: "<styles xmlns=\"\(DocxBuilder.w)\">").dropLast("</w:styles>".utf8.count) + Array("</styles>".utf8)
        #expect(StyleSheetIndex(Array(bytes)) != nil)
        try expectSameAnswers(Array(bytes), ids: ["Clause", "Secret"])
        let other = Array(part(Self.styles.replacingOccurrences(of: "w:", with: "x:"), root: "<x:styles xmlns:x=\"\(DocxBuilder.w)\">")
            .dropLast("</w:styles>".utf8.count)) + Array("</x:styles>".utf8)
        try expectSameAnswers(other, ids: ["Clause", "Secret"])
    }

    @Test func aPartSeenBeforeReusesItsIndexAndAnotherOfTheSameSizeGetsItsOwn() throws {
        let first = part("<w:style w:type=\"paragraph\" w:styleId=\"Alpha\"><w:outlineLvl w:val=\"1\"/></w:style>")
        let second = part("<w:style w:type=\"paragraph\" w:styleId=\"Gamma\"><w:outlineLvl w:val=\"1\"/></w:style>")
        #expect(first.count == second.count)
        let again = try #require(StyleSheetIndexCache.index(of: first))
        #expect(try #require(StyleSheetIndexCache.index(of: first)).paragraphStyles == again.paragraphStyles)
        #expect(try #require(StyleSheetIndexCache.index(of: second)).paragraphStyles.keys.sorted() == ["Gamma"])
        #expect(again.paragraphStyles.keys.sorted() == ["Alpha"])
        // A part the index steps aside for stays parsed whole, however often it is met.
        let commented = part("<!-- x --><w:style w:styleId=\"X\"/>")
        #expect(StyleSheetIndexCache.index(of: commented) == nil && StyleSheetIndexCache.index(of: commented) == nil)
        try expectSameAnswers(first, ids: ["Alpha"])
        try expectSameAnswers(first, ids: ["Alpha"])
    }

    @Test func aMalformedStyleFailsTheFileWithThePartsOwnError() throws {
        // The style the document uses is broken inside; the index delimits it, its parse fails, and the reader
        // reports the part's error as a whole parse would.
        var builder = DocxBuilder(body: "<w:p><w:pPr><w:pStyle w:val=\"Bad\"/></w:pPr><w:r><w:t>Text.</w:t></w:r></w:p>")
        builder.styles = "<w:style w:type=\"paragraph\" w:styleId=\"Bad\"><w:rPr><w:vanish></w:rPr></w:style>"
        let path = try builder.write(name: "bad.docx")
        #expect(StyleSheetIndex(Array(builder.entries.first { $0.0 == "word/styles.xml" }!.1)) != nil)
        do {
            _ = try ContractReader().read(path: path)
            Issue.record("a malformed styles.xml must fail the file")
        } catch {
            #expect("\(error)".contains("malformed XML in word/styles.xml"), "\(error)")
        }
    }

    static func styleIDs(in bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let regex = try! NSRegularExpression(pattern: "styleId=\"([^\"]+)\"")
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
