import Testing
import Foundation
import ClauseGuardTestSupport
import ClauseGuardModel
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardPipeline
@testable import ClauseGuardReport

/// The shared control-character escape, and the text report that styles text only after escaping it.
@Suite struct VisibleControlsTests {
    @Test func controlsBecomeVisibleStandIns() {
        #expect("a\u{1B}[2Jb".visibleControls == "a␛[2Jb")
        #expect("x\ry".visibleControls == "x␍y")
        #expect("\u{0}\u{7}\u{8}\u{7F}".visibleControls == "␀␇␈␡")
        #expect("\u{9B}31m\u{85}".visibleControls == "<U+009B>31m<U+0085>")
        // Layout and ordinary text stay as they are, including the Latin-1 letters just past C1.
        #expect("第一条\t甲方\n乙方".visibleControls == "第一条\t甲方\n乙方")
        #expect("\u{A0}é€ß".visibleControls == "\u{A0}é€ß")
        #expect("".visibleControls == "")
    }

    @Test func colouredTextReportCarriesOnlyItsOwnColourCodes() throws {
        let dir = try TestFolder.make("colour")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("c\u{1B}]52;c;eA==\u{07}.txt").path
        try Data("第一条 期满未提出异议的\u{1B}[2J，视为自动续约。".utf8).write(to: URL(fileURLWithPath: path))
        let rule = RuleLoader.parse(yaml: "id: r\nfamily: auto_renewal\nseverity: high\nmatch: 视为自动续约\nmessage: x\n", file: "t.yml").0
        let contracts = BatchScanner(reader: ContractReader(), analyzer: Analyzer(rules: RuleSet(rule)), jobs: 1).scan([path])
        #expect(contracts.first?.findings.isEmpty == false)
        let report = BatchReport(version: "t", ruleCount: 1, perspective: .client, language: "auto", contracts: contracts, skipped: [:])
        for colour in [true, false] {
            let text = try TextRenderer(options: RenderOptions(language: .en, colour: colour)).render(report)
            // Whatever styling is on, the only escapes left are SGR colour codes (ESC [ digits m).
            let unstyled = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(!unstyled.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
            #expect(unstyled.contains("c␛]52;c;eA==␇.txt"))
            #expect(unstyled.contains("异议的␛[2J，"))
        }
    }
}
