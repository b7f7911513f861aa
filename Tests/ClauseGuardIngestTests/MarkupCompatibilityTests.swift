import Testing
import ClauseGuardTestSupport
import ClauseGuardModel
@testable import ClauseGuardIngest

/// `mc:AlternateContent` read as Word reads it (ECMA-376 Part 3): the first Choice whose `Requires` Word
/// understands, else the Fallback. A Choice that requires a namespace Word does not know is a decoy nobody sees.
@Suite struct MarkupCompatibilityTests {
    private func read(_ body: String) throws -> ContractDocument {
        try ContractReader().read(path: try DocxBuilder(body: body).write())
    }

    private static func alternate(_ choices: [(requires: String, text: String)], fallback: String?, declare: String = "") -> String {
        var xml = "<mc:AlternateContent\(declare)>"
        for choice in choices { xml += "<mc:Choice Requires=\"\(choice.requires)\">\(W.para(choice.text))</mc:Choice>" }
        if let fallback { xml += "<mc:Fallback>\(W.para(fallback))</mc:Fallback>" }
        return xml + "</mc:AlternateContent>"
    }

    @Test func choiceRequiringAnUnknownNamespaceGivesWayToTheFallback() throws {
        let body = W.para("8. Fees") + Self.alternate([("x", "Fees are refundable on request.")], fallback: "All fees paid are non-refundable.",
                                                      declare: " xmlns:x=\"urn:example:decoy\"")
        let document = try read(body)
        #expect(document.blocks.map(\.text) == ["8. Fees", "All fees paid are non-refundable."])
        #expect(document.notReadSummary == nil)
    }

    @Test func understoodChoiceIsTakenAndItsFallbackSkipped() throws {
        let body = Self.alternate([("w14", "Shown by Word 2010 and later.")], fallback: "Shown by Word 2007.",
                                  declare: " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"")
        #expect(try read(body).blocks.map(\.text) == ["Shown by Word 2010 and later."])
    }

    @Test func firstUnderstoodChoiceWinsOverLaterOnes() throws {
        let body = Self.alternate([("x", "decoy"), ("wps", "text box"), ("w14", "second understood")], fallback: "fallback",
                                  declare: " xmlns:x=\"urn:example:decoy\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"")
        #expect(try read(body).blocks.map(\.text) == ["text box"])
    }

    @Test func everyRequiredPrefixMustBeUnderstood() throws {
        let body = Self.alternate([("wps x", "needs both")], fallback: "fallback", declare: " xmlns:x=\"urn:example:decoy\"")
        #expect(try read(body).blocks.map(\.text) == ["fallback"])
    }

    @Test func prefixesAreResolvedToNamespacesNotTrustedBySpelling() throws {
        // "wps" rebound to a foreign namespace is not the wps Word knows; "foo" bound to w14 is.
        let rebound = Self.alternate([("wps", "decoy")], fallback: "fallback", declare: " xmlns:wps=\"urn:example:decoy\"")
        #expect(try read(rebound).blocks.map(\.text) == ["fallback"])
        let renamed = Self.alternate([("foo", "choice")], fallback: "fallback",
                                     declare: " xmlns:foo=\"http://schemas.microsoft.com/office/word/2010/wordml\"")
        #expect(try read(renamed).blocks.map(\.text) == ["choice"])
    }

    @Test func declarationsGoOutOfScope() throws {
        // x is declared on the first AlternateContent only: in the second one it is undeclared, so uncertain.
        let first = Self.alternate([("x", "choice one")], fallback: "fallback one", declare: " xmlns:x=\"http://schemas.microsoft.com/office/word/2010/wordml\"")
        let second = Self.alternate([("x", "choice two")], fallback: "fallback two")
        let document = try read(first + second)
        #expect(document.blocks.map(\.text) == ["choice one", "choice two", "fallback two"])
        #expect(document.notReadSummary == "not read: 1 mc:AlternateContent of uncertain choice (both read)")
    }

    @Test(arguments: [
        ("w99", " xmlns:w99=\"http://schemas.microsoft.com/office/word/2099/wordml\""),   // an Office namespace newer than ClauseGuard
        ("undeclared", ""),                                                              // an MCE error: Word's reaction is unknown
        ("", ""),                                                                        // Requires is mandatory
    ])
    func uncertainChoiceIsReadWithTheFallbackAndReported(requires: String, declare: String) throws {
        let document = try read(Self.alternate([(requires, "Newer Word shows this.")], fallback: "Older Word shows this.", declare: declare))
        #expect(document.blocks.map(\.text) == ["Newer Word shows this.", "Older Word shows this."])
        #expect(document.notReadSummary == "not read: 1 mc:AlternateContent of uncertain choice (both read)")
        #expect(document.notRead.first?.kind == .uncertainAlternateContent)
    }

    @Test func alternateContentInsideARunAndNestedInAChoice() throws {
        let inner = Self.alternate([("x", "inner decoy")], fallback: "inner fallback", declare: " xmlns:x=\"urn:example:decoy\"")
        let body = "<w:p><w:r><w:t>Refunds: </w:t></w:r><mc:AlternateContent xmlns:x=\"urn:example:decoy\"><mc:Choice Requires=\"x\">"
            + "<w:r><w:t>always</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>never</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
            + "<mc:AlternateContent><mc:Choice Requires=\"wps\">\(inner)</mc:Choice><mc:Fallback>\(W.para("outer fallback"))</mc:Fallback></mc:AlternateContent>"
        #expect(try read(body).blocks.map(\.text) == ["Refunds: never", "inner fallback"])
    }

    @Test func alternateContentWithoutFallbackShowsNothingWhenNoChoiceIsUnderstood() throws {
        let body = W.para("before") + Self.alternate([("x", "decoy")], fallback: nil, declare: " xmlns:x=\"urn:example:decoy\"") + W.para("after")
        #expect(try read(body).blocks.map(\.text) == ["before", "after"])
    }

    @Test func verdictsOfTheUnderstoodList() {
        let namespaces = ["wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "x": "urn:example:decoy",
                          "w16": "http://schemas.microsoft.com/office/word/2030/wordml"]
        let verdict = { (requires: String) in MarkupCompatibility.verdict(requires: requires) { namespaces[$0] } }
        #expect(verdict("wps") == .understood)
        #expect(verdict(" wps\twps ") == .understood)
        #expect(verdict("x") == .notUnderstood)
        #expect(verdict("w16") == .uncertain)
        #expect(verdict("w16 x") == .notUnderstood)   // Word certainly skips a Choice needing a foreign namespace
        #expect(verdict("nope") == .uncertain)
    }
}
