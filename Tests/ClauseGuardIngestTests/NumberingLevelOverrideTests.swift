import Testing
import ClauseGuardTestSupport
import ClauseGuardModel
@testable import ClauseGuardIngest

/// `w:lvlOverride` holding its own `w:lvl`: the numbering instance redefines that level, and Word shows the
/// redefinition ("Article I"), not the abstract definition ("1.").
@Suite struct NumberingLevelOverrideTests {
    private func labels(_ body: String, numbering: String) throws -> [String?] {
        var builder = DocxBuilder(body: body)
        builder.numbering = numbering
        return try ContractReader().read(path: try builder.write()).blocks.map(\.numberingLabel)
    }

    private static let abstract = W.abstract(0, W.level(0, format: "decimal", text: "%1.") + W.level(1, format: "lowerLetter", text: "%1.%2"))

    private static func override(_ level: Int, _ content: String) -> String {
        "<w:lvlOverride w:ilvl=\"\(level)\">\(content)</w:lvlOverride>"
    }

    @Test func overriddenLevelIsRenderedWithItsOwnFormatAndText() throws {
        let numbering = Self.abstract + W.num(1, abstract: 0, overrides: Self.override(0, W.level(0, format: "upperRoman", text: "Article %1")))
        let body = W.numbered("Definitions", numID: 1, level: 0) + W.numbered("Term", numID: 1, level: 1) + W.numbered("Fees", numID: 1, level: 0)
        // The level that is not overridden keeps the abstract definition, and cites the overridden level's format.
        #expect(try labels(body, numbering: numbering) == ["Article I", "I.a", "Article II"])
    }

    @Test func overriddenLevelStartsAtItsOwnStartAndStartOverrideWins() throws {
        let own = Self.abstract + W.num(1, abstract: 0, overrides: Self.override(0, W.level(0, format: "upperRoman", text: "Article %1", start: 4)))
        #expect(try labels(W.numbered("a", numID: 1, level: 0) + W.numbered("b", numID: 1, level: 0), numbering: own) == ["Article IV", "Article V"])
        let both = Self.abstract + W.num(1, abstract: 0, overrides: Self.override(0, "<w:startOverride w:val=\"7\"/>" + W.level(0, format: "upperRoman", text: "Article %1", start: 4)))
        #expect(try labels(W.numbered("a", numID: 1, level: 0), numbering: both) == ["Article VII"])
    }

    @Test func otherInstancesOfTheAbstractListKeepItsDefinition() throws {
        let numbering = Self.abstract + W.num(1, abstract: 0, overrides: Self.override(0, W.level(0, format: "upperRoman", text: "Article %1")))
            + W.num(2, abstract: 0)
        let body = W.numbered("overridden", numID: 1, level: 0) + W.numbered("plain", numID: 2, level: 0)
        let got = try labels(body, numbering: numbering)
        #expect(got.first == "Article I")
        #expect(got.last??.hasSuffix(".") == true && got.last??.hasPrefix("Article") == false)
    }

    @Test func overrideOfAnUndefinedLevelAddsIt() throws {
        let numbering = W.abstract(0, W.level(0, format: "decimal", text: "%1.")) + W.num(1, abstract: 0, overrides: Self.override(2, W.level(2, format: "lowerRoman", text: "(%3)")))
        #expect(try labels(W.numbered("a", numID: 1, level: 0) + W.numbered("b", numID: 1, level: 2), numbering: numbering) == ["1.", "(i)"])
    }
}
