import Testing
import Foundation
import ClauseGuardText
import ClauseGuardIngest
@testable import ClauseGuardRules

@Suite struct PrefilterTests {
    @Test(arguments: [
        ("提前{duration:notice}(以)?书面(形式)?通知", #""提前" AND "书面" AND "通知""#),
        ("视为自动续约", #""视为自动续约""#),
        // Single Chinese characters and ASCII runs under three letters are too common to filter: dropped.
        ("中途解约(的)?[^。]{0,10}不予?退", #""中途解约""#),
        ("自动(续约|续期)", #""自动" AND ("续约" OR "续期")"#),
        ("(甲方|乙方)有权", #"("甲方" OR "乙方") AND "有权""#),
        ("续约|续期", #""续约" OR "续期""#),
        ("最低(不少于|不低于)?{money:min}", #""最低""#),
        (#"\b(shall|will) (automatically )?(renew|extend)\b"#, #"("shall" OR "will") AND ("renew" OR "extend")"#),
        ("Auto-?Renew", #""auto" AND "renew""#),
        ("(?i)Evergreen", #""evergreen""#),
        ("renew(s|ed)?", #""renew""#),
        ("abc+defg", #""abc" AND "defg""#),
        ("uvwx{2,}yz", #""uvwx""#),
        ("保证金{,3}退还", #""保证" AND "退还""#),
    ])
    func formulas(_ pattern: String, _ expected: String) {
        let caseless = pattern.contains("(?i") || pattern.first?.isUppercase == true
        #expect(Prefilter.of(pattern, caseless: caseless).description == expected)
    }

    /// Nothing is required, or the parser met something it does not model: no filtering.
    @Test(arguments: ["自?动", "(a|b)c", "[0-9]+天", "(?x) a b c", #"\Qab\E"#, "(?=续约)", "续约|[0-9]", "(?(1)ab|cd)", "É{duration:d}"])
    func noPrefilter(_ pattern: String) {
        #expect(Prefilter.of(pattern, caseless: true) == .any)
    }

    /// Case folding is ASCII-only, so a caseless literal with another cased letter must not filter.
    @Test func caselessNonASCIILettersAreNotFiltered() {
        #expect(Prefilter.of("Société", caseless: true) == .any)
        #expect(Prefilter.of("Société", caseless: false) == .literal("Société"))
    }

    /// The soundness property: wherever a pattern of the shipped pack matches, its prefilter admits the text.
    /// Run over every rule example and every paragraph of the labelled evaluation contracts.
    @Test func prefilterNeverRejectsAMatch() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loaded = RuleLoader.load(paths: [root.appendingPathComponent("Rules").path])
        #expect(loaded.rules.rules.count > 50)
        var texts: [String] = []
        for rule in loaded.rules.rules {
            for example in rule.examples { if case .text(let text) = example.input { texts.append(text) } }
        }
        let eval = root.appendingPathComponent("tools/samples/eval")
        for name in try FileManager.default.contentsOfDirectory(atPath: eval.path) where name.hasSuffix(".txt") {
            let document = try ContractReader().read(path: eval.appendingPathComponent(name).path)
            texts += document.blocks.map(\.text)
        }
        #expect(texts.count > 300)
        var checked = 0
        for text in texts.map({ NormalizedText($0).text }) {
            for rule in loaded.rules.rules {
                for pattern in rule.any + rule.all + rule.not + rule.requires where pattern.regex.matches(text) {
                    checked += 1
                    #expect(pattern.prefilter.admits(text, caseless: pattern.prefilterIsCaseless),
                            "\(rule.id): \(pattern.source) matches but its prefilter \(pattern.prefilter) rejects: \(text)")
                }
            }
        }
        #expect(checked > 300)
    }

    /// The prefilter earns its keep: most patterns of the pack have one.
    @Test func mostPatternsOfThePackAreFiltered() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let patterns = RuleLoader.load(paths: [root.appendingPathComponent("Rules").path]).rules.rules.flatMap { $0.any + $0.all }
        let filtered = patterns.filter { $0.prefilter != .any }
        #expect(Double(filtered.count) / Double(patterns.count) > 0.9, "unfiltered: \(patterns.filter { $0.prefilter == .any }.map(\.source))")
    }
}
