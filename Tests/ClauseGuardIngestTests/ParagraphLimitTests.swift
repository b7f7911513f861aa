import Testing
import ClauseGuardTestSupport
import ClauseGuardModel
@testable import ClauseGuardIngest

/// Memory per Word file grows with its paragraphs (each one becomes a block every later stage keeps), and the byte
/// caps cannot bound that: 64 MiB of XML holds two million one-word paragraphs. The paragraph cap can.
@Suite struct ParagraphLimitTests {
    private func read(_ builder: DocxBuilder, max: Int) throws(IngestError) -> ContractDocument {
        var options = IngestOptions()
        options.maxParagraphs = max
        let path: String
        do { path = try builder.write() } catch { throw IngestError(file: "?", reason: .unreadable, detail: "\(error)") }
        return try ContractReader(options: options).read(path: path)
    }

    private static func paragraphs(_ count: Int) -> String { (0..<count).map { W.para("p\($0)") }.joined() }

    @Test func tooManyParagraphsIsOneClearError() throws {
        let builder = DocxBuilder(body: Self.paragraphs(3_000))
        do {
            _ = try read(builder, max: 1_000)
            Issue.record("no error")
        } catch {
            #expect(error.reason == .tooLarge)
            #expect(error.detail == "too large to scan: more than 1000 paragraphs (reached in word/document.xml; raise --max-paragraphs to read it)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func aFileAtTheLimitIsRead() throws {
        #expect(try read(DocxBuilder(body: Self.paragraphs(1_000)), max: 1_000).blocks.count == 1_000)
    }

    @Test func headersAndNotesCountTowardsTheLimit() throws {
        var builder = DocxBuilder(body: Self.paragraphs(900))
        builder.header = Self.paragraphs(60)
        builder.footnotes = "<w:footnote w:id=\"1\">\(Self.paragraphs(60))</w:footnote>"
        do {
            _ = try read(builder, max: 1_000)
            Issue.record("no error")
        } catch {
            #expect(error.reason == .tooLarge && error.detail.contains("word/footnotes.xml"), "\(error)")
        }
    }

    @Test func emptyParagraphsCountToo() throws {
        // Empty paragraphs become no block but cost parsing and, when numbered, numbering state.
        let builder = DocxBuilder(body: String(repeating: "<w:p/>", count: 2_000) + W.para("text"))
        #expect(throws: IngestError.self) { try read(builder, max: 1_000) }
    }
}
