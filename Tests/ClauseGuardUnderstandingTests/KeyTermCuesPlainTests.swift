import Testing
@testable import ClauseGuardUnderstanding

/// Key-term cues honour the lexicon's `plain:` words as frames do: a cue inside a plain word (续约 in 续约的依据) is not
/// read; the same cue standing alone still is.
@Suite struct KeyTermCuesPlainTests {
    private let cues = KeyTermCues(Array(PackageLexicons.lexicons.byLanguage.values))

    @Test func aCueInsideAPlainWordIsNotRead() {
        #expect(!cues.find(in: "考核结果作为运费结算和续约的依据。").contains(.renewal))
        #expect(cues.find(in: "合同期满后双方可以续约。").contains(.renewal))
    }
}
