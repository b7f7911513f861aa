import Testing
import Foundation
import ClauseGuardTestSupport
import ClauseGuardRules

/// The families are data (Rules/families.yml): the parser checks rules against them, the README's table is the
/// same list, and a rule folder's own families.yml adds to them.
@Suite struct RuleFamiliesTests {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func builtIn() throws -> RuleFamilies {
        let path = root.appendingPathComponent("Rules/families.yml").path
        let (families, diagnostics) = RuleFamilies.parse(yaml: try String(contentsOfFile: path, encoding: .utf8), file: path)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return families
    }

    @Test func readmeTableListsExactlyTheFamiliesOfFamiliesYml() throws {
        let readme = try String(contentsOf: root.appendingPathComponent("Rules/README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n## Families\n") else { Issue.record("Rules/README.md has no '## Families'"); return }
        let section = readme[start.upperBound...]
        let body = section.range(of: "\n## ").map { section[..<$0.lowerBound] } ?? section
        let rows = body.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let table = rows.map { [$0[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), $0[1], $0[2], $0[3]] }
        let yaml = try builtIn().all.map { [$0.id, $0.name.zh, $0.name.en, $0.description] }
        #expect(table == yaml, "Rules/README.md's family table and Rules/families.yml disagree")
    }

    @Test func everyBuiltInRuleNamesAFamilyOfFamiliesYml() throws {
        let loaded = RuleLoader.load(paths: [root.appendingPathComponent("Rules").path])
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        #expect(loaded.families.ids == (try builtIn()).ids)
        #expect(!loaded.files.contains { $0.hasSuffix("families.yml") }, "families.yml is not a rule file")
        for rule in loaded.rules.rules { #expect(loaded.families.contains(rule.family), "\(rule.id)") }
    }

    private func folder(_ files: [String: String]) throws -> String {
        let dir = try TestFolder.make("families")
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir.path
    }

    private let houseRule = "id: house.renewal\nfamily: house\nseverity: high\nmatch: 自动续约一年\nmessage: renews\n"

    @Test func anUnknownFamilyIsAnErrorWithItsLine() throws {
        let families = try builtIn()
        let (rules, diagnostics) = RuleLoader.parse(yaml: houseRule, file: "house.yml", families: families)
        #expect(rules.isEmpty)
        #expect(diagnostics.map(\.description).contains { $0.hasPrefix("house.yml:2: error: unknown family 'house'") }, "\(diagnostics)")

        // Loaded beside the built-in families (as `--rules DIR` is): the same error, naming the file.
        let dir = try folder(["house.yml": houseRule])
        let loaded = RuleLoader.load(pack: nil, paths: [dir], familiesFrom: .folder(root.appendingPathComponent("Rules").path))
        #expect(loaded.rules.rules.isEmpty && loaded.hasErrors)
        #expect(loaded.diagnostics.contains { $0.file.hasSuffix("house.yml") && $0.line == 2 && $0.message.contains("unknown family") })
    }

    @Test func aFolderFamiliesFileAddsFamiliesAndRenamesKnownOnes() throws {
        let dir = try folder([
            "house.yml": houseRule,
            "families.yml": """
            families:
              - id: house
                zh: 房屋
                en: House
                description: Our own.
              - id: penalty
                zh: 罚金
                en: Fines
                description: Renamed.
            """,
        ])
        let loaded = RuleLoader.load(pack: nil, paths: [dir], familiesFrom: .folder(root.appendingPathComponent("Rules").path))
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
        #expect(loaded.rules.rules.map(\.id) == ["house.renewal"])
        #expect(loaded.families.family("house")?.name.en == "House")
        #expect(loaded.families.family("penalty")?.name[.en] == "Fines", "the file loaded last wins")
        #expect(loaded.families.ids.first == "termination" && loaded.families.ids.last == "house", "built-in order, then new ones")
        #expect(loaded.filesOnDisk.contains { $0.hasSuffix("families.yml") }, "a report must not overwrite it")
    }

    @Test func withNoFamiliesFileFamiliesAreNotChecked() throws {
        let loaded = RuleLoader.load(paths: [try folder(["house.yml": houseRule])])
        #expect(!loaded.hasErrors && loaded.rules.rules.count == 1 && loaded.families.isEmpty)
    }

    @Test func brokenFamiliesFilesAreErrorsWithTheirLines() {
        let yaml = """
        families:
          - id: a
            zh: 甲
            en: A
          - id: a
            zh: 甲
            en: A
          - id: b
            zh: 乙
          - id: Bad-Id
            zh: 丙
            en: C
          - id: c
            zh: 丙
            en: C
            colour: red
        """
        let (families, diagnostics) = RuleFamilies.parse(yaml: yaml, file: "f.yml")
        #expect(families.ids == ["a", "c"])
        let lines = diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("f.yml:5: error: duplicate family 'a' (first defined at f.yml:2)") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("f.yml:8: error: family 'b' needs both") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("f.yml:10: error: a family needs an 'id'") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("f.yml:16: error: unknown key 'colour'") }, "\(lines)")
        #expect(RuleFamilies.parse(yaml: "- id: a\n", file: "g.yml").1.first?.description.hasPrefix("g.yml:1: error:") == true)
    }
}
