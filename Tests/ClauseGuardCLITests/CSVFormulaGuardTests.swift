import Testing
import Foundation
import ClauseGuardTestSupport

/// A CSV field a spreadsheet would run as a formula starts with a quote, for every lead character on OWASP's
/// CSV-injection list (= + - @ TAB CR), line feed, and the fullwidth forms spreadsheets may fold to ASCII.
@Suite(.serialized) struct CSVFormulaGuardTests {
    /// File names are the fields a user controls outright: the `file` column, and the `error` column of a broken file.
    static let contracts = ["\t=SUM(1+1).txt", "＝SUM(1+1).txt", "＋1.txt"]
    static let broken = ["\r=SUM(1+1).docx", "\n=SUM(1+1).docx", "@SUM(1+1).docx", "－1.docx", "＠SUM(1+1).docx"]

    private func scan(_ format: String) throws -> [[String]] {
        let dir = try TestFolder.make("formula")
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in Self.contracts {
            try Data("甲方提前解约的，应支付剩余服务费的30%作为违约金。".utf8).write(to: dir.appendingPathComponent(name))
        }
        for name in Self.broken { try Data("not a zip".utf8).write(to: dir.appendingPathComponent(name)) }
        // Relative paths, so each file name is the start of its field.
        let run = try CLIRunner.run(["scan", "--format", format] + Self.contracts + Self.broken, in: dir)
        #expect(run.status == 3)
        return CSVTable.parse(run.stdout)
    }

    @Test(arguments: ["csv", "csv-matrix"])
    func fieldsStartingWithAFormulaCharacterAreDefused(_ format: String) throws {
        let rows = try scan(format)
        let data = rows.dropFirst()
        let errorColumn = try #require(rows.first?.firstIndex(of: "error"))
        #expect(Set(data.map { $0[0] }).count == Self.contracts.count + Self.broken.count)
        for row in data {
            #expect(row[0].hasPrefix("'"), "file field \(row[0].debugDescription)")
            let error = row[errorColumn]
            if !error.isEmpty { #expect(error.hasPrefix("'"), "error field \(error.debugDescription)") }
        }
    }
}
