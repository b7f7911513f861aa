import Testing
import ClauseGuardTestSupport
import Foundation
import ClauseGuardModel
@testable import ClauseGuardIngest

/// PDFs read through poppler: lines back into paragraphs, running headers and page numbers kept apart, clause labels
/// found, pages known; scans and hostile files refused in one line.
@Suite struct PDFReaderTests {
    private func read(_ builder: PDFBuilder, options: IngestOptions = IngestOptions()) throws -> ContractDocument {
        try ContractReader(options: options).read(path: try builder.write())
    }

    private func error(_ bytes: [UInt8], name: String = "contract.pdf", options: IngestOptions = IngestOptions()) throws -> IngestError? {
        let path = try DocxBuilder.file(bytes, name: name)
        do { _ = try ContractReader(options: options).read(path: path); return nil } catch { return error }
    }

    @Test func wrappedEnglishLinesAreRejoinedAndClausesFound() throws {
        let lines = PDFBuilder.lines([
            "8. Termination",
            "8.1 Either party may terminate this Agreement for convenience on thirty (30) days'",
            "written notice. Fees already paid are non-refund-",
            "able.",
            "8.2 The Client shall pay liquidated damages of twenty percent (20%) of the",
            "remaining Fees.",
        ])
        let document = try read(PDFBuilder(pages: [.text(lines)]))
        #expect(document.format == .pdf)
        #expect(document.blocks.map(\.text) == [
            "8. Termination",
            "8.1 Either party may terminate this Agreement for convenience on thirty (30) days' written notice. Fees already paid are non-refundable.",
            "8.2 The Client shall pay liquidated damages of twenty percent (20%) of the remaining Fees.",
        ])
        #expect(document.blocks.map(\.clauseDisplay) == ["8 Termination", "8.1", "8.2"])
        #expect(document.blocks.allSatisfy { $0.page == 1 && $0.partName == "page 1" })
    }

    @Test func chineseNonEmbeddedFontJoinsLinesWithoutSpaces() throws {
        // STSong-Light with the UniGB-UCS2-H CMap: readable only with poppler-data installed.
        let lines = PDFBuilder.lines(["第八条 违约责任", "1. 甲方中途解约的，已支付的服务费不予退还，且甲方应向乙方支付剩余服务期", "服务费总额的30%作为违约金。", "2. 任何一方解除本合同，应提前30日书面通知对方。"],
                                     size: 12, chinese: true)
        let document = try read(PDFBuilder(pages: [.text(lines)]))
        #expect(document.blocks.map(\.text) == ["第八条 违约责任", "1. 甲方中途解约的，已支付的服务费不予退还，且甲方应向乙方支付剩余服务期服务费总额的30%作为违约金。",
                                                "2. 任何一方解除本合同，应提前30日书面通知对方。"])
        #expect(document.blocks.map(\.clauseDisplay) == ["第八条 违约责任", "第八条 违约责任 › 1", "第八条 违约责任 › 2"])
    }

    @Test func paragraphsContinueAcrossPagesAndKnowTheirPage() throws {
        let first = PDFBuilder.lines(["1. The Consultant shall provide the services described in Schedule 1 with all due skill and care, and shall report to the Client every month in writing on the state and the"], top: 760, size: 7)
        let second = PDFBuilder.lines(["progress of the services.", "2. The Client shall pay the Fees within fifteen days."])
        let document = try read(PDFBuilder(pages: [.text(first), .text(second)]))
        #expect(document.blocks.map(\.text) == [
            "1. The Consultant shall provide the services described in Schedule 1 with all due skill and care, and shall report to the Client every month in writing on the state and the progress of the services.",
            "2. The Client shall pay the Fees within fifteen days.",
        ])
        #expect(document.blocks.map(\.page) == [1, 2])
    }

    @Test func runningHeadersFootersAndPageNumbersAreKeptApart() throws {
        let pages: [PDFBuilder.Page] = (1...3).map { n in
            .text([PDFBuilder.Line(x: 72, y: 40, size: 9, text: "CONFIDENTIAL - Services Agreement No. 2025-\(n)")]
                  + PDFBuilder.lines(["\(n). Clause \(n) of the agreement binds both parties."], top: 150)
                  + [PDFBuilder.Line(x: 280, y: 810, size: 9, text: "Page \(n) of 3")])
        }
        let document = try read(PDFBuilder(pages: pages))
        #expect(document.blocks.map(\.text) == ["1. Clause 1 of the agreement binds both parties.", "2. Clause 2 of the agreement binds both parties.",
                                                "3. Clause 3 of the agreement binds both parties.", "CONFIDENTIAL - Services Agreement No. 2025-1"])
        #expect(document.blocks.map(\.part) == [.body, .body, .body, .header])
        #expect(document.blocks[3].clausePath == ["header"])
        #expect(!document.blocks.contains { $0.text.contains("Page ") })
    }

    @Test func footnotesAtThePageFootAreKeptApart() throws {
        // No ASCII spaces: in this test font every character is a full em, and poppler reads spaced words as columns.
        let first = PDFBuilder.lines(["第五条", "5.1任何一方提前解除本协议的，应提前30天书面通知对方。", "5.2甲方提前解约的，应支付违约金。"], size: 12, chinese: true)
            + [PDFBuilder.Line(x: 72, y: 780, size: 8, text: "1书面通知包括纸质函件。", chinese: true)]
        let second = PDFBuilder.lines(["5.3中途解约的，已支付的托管服务费不予退还。"], size: 12, chinese: true)
        let blocks = try read(PDFBuilder(pages: [.text(first), .text(second)])).blocks
        #expect(blocks.map(\.text).last == "1书面通知包括纸质函件。")
        #expect(blocks.last?.part == .footnote && blocks.last?.page == 1)
        #expect(blocks.first { $0.text.hasPrefix("5.3") }?.clauseDisplay == "第五条 › 5.3")
    }

    @Test func chinesePageNumbersAreDropped() throws {
        #expect(PDFRunningLines.isPageNumber("第 3 页"))
        #expect(PDFRunningLines.isPageNumber("第3页 共12页"))
        #expect(PDFRunningLines.isPageNumber("- 12 -"))
        #expect(PDFRunningLines.isPageNumber("3 / 12"))
        #expect(!PDFRunningLines.isPageNumber("第三条"))
        #expect(!PDFRunningLines.isPageNumber("30%"))
    }

    @Test func twoColumnsAreNotMixed() throws {
        let left = PDFBuilder.lines(["1. The left column starts a clause that goes on", "and wraps inside the left column of the page", "several times before it ends in this column", "with a full stop."], x: 50, size: 10)
        let right = PDFBuilder.lines(["2. The right column holds a second clause which", "wraps too, on the right side of the page, and", "furthermore must not be mixed with the left", "column's clause."], x: 310, size: 10)
        let blocks = try read(PDFBuilder(pages: [.text(left + right)])).blocks
        #expect(blocks.map(\.text) == ["1. The left column starts a clause that goes on and wraps inside the left column of the page several times before it ends in this column with a full stop.",
                                       "2. The right column holds a second clause which wraps too, on the right side of the page, and furthermore must not be mixed with the left column's clause."])
    }

    @Test func labelOnItsOwnRowJoinsItsText() throws {
        let lines = [PDFBuilder.Line(x: 72, y: 100, text: "15.2"), PDFBuilder.Line(x: 110, y: 100, text: "Notices by e-mail are not valid.")]
        let blocks = try read(PDFBuilder(pages: [.text(lines)])).blocks
        #expect(blocks.map(\.text) == ["15.2 Notices by e-mail are not valid."])
        #expect(blocks.map(\.clauseDisplay) == ["15.2"])
    }

    @Test func chineseClauseNumberWithoutItsGapIsStillALabel() {
        #expect(PDFParagraphs.separatingLabel("2.2期满前三十日") == "2.2 期满前三十日")
        #expect(PDFParagraphs.separatingLabel("2025年4月1日") == "2025年4月1日")
        #expect(PDFParagraphs.separatingLabel("1.5倍") == "1.5 倍")
    }

    // MARK: Scans

    @Test func scannedPDFIsRefusedAsNeedingOCR() throws {
        let error = try #require(try error(PDFBuilder(pages: [.image, .image]).bytes))
        #expect(error.reason == .scannedImage)
        #expect(error.detail.hasPrefix("scanned image, no text: OCR needed (2 pages of images without a text layer"))
    }

    @Test func pdfWithoutPagesOrWithBlankPagesIsNeverACleanContract() throws {
        let none = try #require(try error(Array("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n".utf8)))
        #expect(none.reason == .damagedPDF)
        let blank = try #require(try error(PDFBuilder(pages: [.text([])]).bytes))
        #expect(blank.reason == .scannedImage && blank.detail.contains("no text on any of its 1 page"))
    }

    @Test func scannedPagesInATextPDFAreReportedAsNotRead() throws {
        let document = try read(PDFBuilder(pages: [.text(PDFBuilder.lines(["1. The Client shall pay the Fees."])), .image]))
        #expect(document.blocks.map(\.text) == ["1. The Client shall pay the Fees."])
        #expect(document.notReadSummary == "not read: 1 scanned page without text (OCR needed)")
    }

    // MARK: Hostile and wrong files

    @Test func garbageNamedPDFIsOneLine() throws {
        let notPDF = try #require(try error(Array("hello, not a pdf".utf8)))
        #expect(notPDF.reason == .damagedPDF && notPDF.description.hasSuffix("contract.pdf: not a PDF (no %PDF header)"))
        let damaged = try #require(try error(Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".utf8) + [UInt8](repeating: 0x41, count: 4096)))
        #expect(damaged.reason == .damagedPDF && !damaged.description.contains("\n"))
        let truncated = PDFBuilder(pages: [.text(PDFBuilder.lines(["1. Fees."]))]).bytes
        let cut = try error(Array(truncated.prefix(truncated.count / 3)))
        #expect(cut == nil || cut!.description.split(separator: "\n").count == 1)
    }

    @Test func pageCountIsBounded() throws {
        var options = IngestOptions()
        options.maxPDFPages = 10
        let many = PDFBuilder(pages: Array(repeating: .text(PDFBuilder.lines(["1. Fees."])), count: 20))
        let error = try #require(try error(many.bytes, options: options))
        #expect(error.reason == .tooLarge && error.detail == "too large to scan: 20 pages (limit 10)")
        // A page tree that claims a billion pages is not believed.
        var lying = PDFBuilder(pages: [.text(PDFBuilder.lines(["1. Fees."]))])
        lying.declaredCount = 1_000_000_000
        let started = Date()
        _ = try? read(lying)
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func extractionTimeIsBounded() throws {
        var options = IngestOptions()
        options.maxPDFSeconds = 0
        let pdf = PDFBuilder(pages: Array(repeating: .text(PDFBuilder.lines(["1. Fees."])), count: 3))
        let error = try #require(try error(pdf.bytes, options: options))
        #expect(error.reason == .tooLarge && error.detail.hasPrefix("too slow to read: more than 0 s"))
    }

    @Test func passwordProtectedPDFIsAClearErrorUnlessItOpensWithoutOne() throws {
        guard let qpdf = ["/usr/bin/qpdf", "/usr/local/bin/qpdf"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            print("skipped: qpdf is not installed, so no encrypted PDF can be made")
            return
        }
        let plain = try PDFBuilder(pages: [.text(PDFBuilder.lines(["1. The Client shall pay the Fees."]))]).write()
        func encrypted(user: String) throws -> String {
            let out = (plain as NSString).deletingLastPathComponent + "/encrypted-\(user.isEmpty ? "open" : "locked").pdf"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: qpdf)
            process.arguments = ["--encrypt", user, "owner-secret", "256", "--", plain, out]
            try process.run()
            process.waitUntilExit()
            return out
        }
        let locked = try encrypted(user: "secret")
        do {
            _ = try ContractReader().read(path: locked)
            Issue.record("read a password-protected PDF")
        } catch {
            #expect(error.reason == .encrypted && error.detail.hasPrefix("password-protected PDF"))
        }
        // Encrypted for permissions only (empty user password): opens and reads like any PDF.
        #expect(try ContractReader().read(path: try encrypted(user: "")).blocks.map(\.text) == ["1. The Client shall pay the Fees."])
    }

    @Test func contentIsRecognisedWithoutAnExtension() throws {
        let bytes = PDFBuilder(pages: [.text(PDFBuilder.lines(["1. Fees."]))]).bytes
        #expect(try ContractReader().read(bytes: bytes, name: "upload").format == .pdf)
    }
}
