import Testing
import Foundation
import ClauseGuardBuiltinRules
import ClauseGuardTestSupport
import ClauseGuardUnderstanding
@testable import ClauseGuardRules

/// A scan reads the built-in pack from the form compiled at build time (`CompiledRulePack`), not from its YAML: that
/// form must be exactly what parsing Rules/ gives, rule by rule.
@Suite struct CompiledRulePackTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Rules")

    /// Rules/ on disk as the embedded pack is named (`Rules/zh/penalty.yml`), parsed from its YAML.
    private func parsedFromRules() throws -> RuleLoader.Result {
        let files = try RuleLoader.relativeRuleFiles(in: Self.root.path).map { relative in
            RuleSource(path: relative, text: try String(contentsOf: Self.root.appendingPathComponent(relative), encoding: .utf8))
        }
        return RuleLoader.load(pack: .embedded(root: "Rules", files: files), paths: [])
    }

    private func compiled() throws -> CompiledRulePack.Contents {
        let text = try #require(BuiltinRulePack.compiled, "the built-in pack has no compiled form (it had diagnostics when built)")
        return try #require(CompiledRulePack.decode(text), "the compiled form does not read back")
    }

    @Test func theCompiledPackIsThePackParsedFromRulesRuleByRule() throws {
        let parsed = try parsedFromRules()
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.description))")
        let compiled = try compiled()
        #expect(compiled.rules.map(\.id) == parsed.rules.rules.map(\.id))
        for (fromYAML, fromBuild) in zip(parsed.rules.rules, compiled.rules) {
            #expect(CompiledRulePack.encode(rule: fromBuild) == CompiledRulePack.encode(rule: fromYAML), "rule \(fromYAML.id) differs from Rules/")
            #expect(fromBuild.condition == fromYAML.condition, "rule \(fromYAML.id): condition")
            #expect(fromBuild.captures.mapValues(\.rawValue) == fromYAML.captures.mapValues(\.rawValue), "rule \(fromYAML.id): captures")
        }
        let fromYAML = CompiledRulePack.encode(rules: parsed.rules.rules, lexicons: parsed.rules.lexicons, families: parsed.families)
        #expect(CompiledRulePack.encode(rules: compiled.rules, lexicons: compiled.lexicons, families: compiled.families) == fromYAML,
                "lexicons or families differ from Rules/")
        #expect(BuiltinRulePack.compiled == fromYAML, "the binary's compiled pack is stale")
    }

    @Test func aScanLoadsTheSameRulesFromTheCompiledFormAsFromTheYAML() throws {
        let files = BuiltinRulePack.files.map { RuleSource(path: $0.path, text: $0.text) }
        let fromYAML = RuleLoader.load(pack: .embedded(root: "Rules", files: files), paths: [], trustEmbeddedPack: true)
        let fromBuild = RuleLoader.load(pack: .embedded(root: "Rules", files: files, compiled: BuiltinRulePack.compiled), paths: [],
                                        trustEmbeddedPack: true)
        #expect(fromBuild.rules.rules.map(CompiledRulePack.encode(rule:)) == fromYAML.rules.rules.map(CompiledRulePack.encode(rule:)))
        #expect(fromBuild.files == fromYAML.files && fromBuild.packVersion == fromYAML.packVersion)
        #expect(fromBuild.families.ids == fromYAML.families.ids && fromBuild.diagnostics.isEmpty)
    }

    @Test func aUserRuleFolderIsStillParsedAndCheckedBesideTheCompiledPack() throws {
        let dir = try TestFolder.make("compiled-pack")
        try Data("id: zh.payment.late\nfamily: nope\nseverity: high\nmatch: 逾期\nmessage: x\n".utf8)
            .write(to: dir.appendingPathComponent("mine.yml"))
        let files = BuiltinRulePack.files.map { RuleSource(path: $0.path, text: $0.text) }
        let result = RuleLoader.load(pack: .embedded(root: "Rules", files: files, compiled: BuiltinRulePack.compiled), paths: [dir.path],
                                     trustEmbeddedPack: true)
        #expect(result.diagnostics.contains { $0.message.hasPrefix("unknown family 'nope'") }, "\(result.diagnostics)")
    }

    @Test func aDamagedCompiledFormIsNotRead() throws {
        let text = try #require(BuiltinRulePack.compiled)
        #expect(CompiledRulePack.decode(String(text.dropLast())) == nil)
        #expect(CompiledRulePack.decode(text + "1:x") == nil)
        #expect(CompiledRulePack.decode("") == nil)
    }

    /// Every stored property of what the form holds is written by the encoder: a new field on `Rule` (or a pattern,
    /// selector, example, lexicon, family) must be added to `CompiledRulePack` and to this list.
    @Test func theFormCoversEveryField() throws {
        let compiled = try compiled()
        let rule = try #require(compiled.rules.first)
        func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        #expect(labels(rule) == ["id", "family", "severity", "providerSeverity", "perspective", "languages", "scope", "kind", "any", "all",
                                 "not", "requires", "frame", "notFrame", "orFrame", "condition", "conditionSource", "params", "title",
                                 "message", "explanation", "advice", "examples", "tags", "origin", "providerExplanation", "providerAdvice"])
        #expect(labels(try #require(compiled.rules.flatMap(\.any).first)) ==
                ["source", "expanded", "regex", "placeholders", "prefilter", "prefilterIsCaseless"])
        #expect(labels(FrameSelector()) == ["actors", "acceptsNoActor", "modalities", "acceptsNoModality", "actions", "triggers",
                                            "acceptsNoTrigger", "negated", "automatic"])
        #expect(labels(try #require(compiled.rules.flatMap(\.examples).first)) == ["input", "expect", "line"])
        #expect(labels(try #require(compiled.families.all.first)) == ["id", "name", "description", "origin", "headings"])
        #expect(labels(Lexicon(language: "zh")) == ["language", "letters", "both", "either", "other", "roleWords", "clientHires",
                                                    "providerServes", "modalities", "actions", "triggers", "conditionsBefore",
                                                    "conditionsAfter", "negation", "exceptions", "waivers", "plain", "receives", "cues",
                                                    "ruleAliases", "bases", "keyTermCues", "backReference", "loanwords"])
        #expect(labels(BackReferenceCues()) == ["words", "onlyBefore", "onlyAfter"])
        // KeyTermCues' automaton and kinds are built from its words when the understander reads them.
        #expect(labels(KeyTermCues()) == ["penaltyWords", "payWords", "notPenalty", "termWords", "renewalCues", "exitWords",
                                          "interestWords", "agreedRenewal", "survival", "beyondPenalty", "renewalElsewhere", "automaton", "kinds"])
    }
}
