import Testing
import ClauseGuardTestSupport
import ClauseGuardModel
@testable import ClauseGuardIngest

/// Memory per Word file grows with its paragraphs and its text (each paragraph becomes a block every later stage
/// keeps), and the byte caps cannot bound that: 64 MiB of XML holds two million one-word paragraphs, and a part of
/// 64 MiB per header, footer and note part adds up. The paragraph and text caps can.
@Suite struct DocumentSizeLimitTests {
    private func read(_ builder: DocxBuilder, max: Int = 200_000, maxText: Int = 32 << 20) throws(IngestError) -> ContractDocument {
        var options = IngestOptions()
        options.maxCompressionRatio = 1 << 20   // generated text compresses far better than a real document
        options.maxParagraphs = max
        options.maxDocumentTextBytes = maxText
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

    @Test func defaultsBoundAThousandPageContractGenerously() {
        #expect(IngestOptions().maxParagraphs == 200_000)
        #expect(IngestOptions().maxDocumentTextBytes == 32 << 20)
    }

    @Test func tooMuchTextIsOneClearError() throws {
        let builder = DocxBuilder(body: (0..<40).map { _ in W.para(String(repeating: "a", count: 1_000)) }.joined())
        #expect(try read(builder, maxText: 40_000).blocks.count == 40)
        do {
            _ = try read(builder, maxText: 30_000)
            Issue.record("no error")
        } catch {
            #expect(error.reason == .tooLarge)
            #expect(error.detail == "too large to scan: more than 0 MiB of text (reached in word/document.xml; raise --max-text-mb to read it)")
        }
    }

    @Test func oneHugeParagraphIsStoppedBeforeItEnds() throws {
        // 3 MiB in one paragraph against a 1 MiB cap: refused while the paragraph is still open.
        var builder = DocxBuilder(body: "")
        builder.rawDocument = "<w:document xmlns:w=\"\(DocxBuilder.w)\"><w:body><w:p><w:r><w:t>"
            + String(repeating: "x", count: 3 << 20) + "</w:t></w:r></w:p></w:body></w:document>"
        do {
            _ = try read(builder, maxText: 1 << 20)
            Issue.record("no error")
        } catch {
            #expect(error.reason == .tooLarge && error.detail.contains("1 MiB of text"), "\(error)")
        }
    }

    @Test func commentsAreCappedToo() throws {
        var builder = DocxBuilder(body: W.para("body"))
        builder.comments = "<w:comment w:id=\"0\" w:author=\"A\">\(Self.paragraphs(50))</w:comment>"
        #expect(throws: IngestError.self) { try read(builder, max: 20) }
    }
}
