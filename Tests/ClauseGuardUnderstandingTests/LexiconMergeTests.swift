import Testing
@testable import ClauseGuardUnderstanding

/// A user's lexicon file extends the built-in one: every key-term cue list it gives must reach the merged lexicon.
@Suite struct LexiconMergeTests {
    @Test func everyKeyTermCueListIsMerged() {
        var base = Lexicon(language: "zh")
        var user = Lexicon(language: "zh")
        let lists: [WritableKeyPath<KeyTermCues, [String]>] = [
            \.penaltyWords, \.payWords, \.notPenalty, \.termWords, \.renewalCues, \.exitWords, \.interestWords,
            \.agreedRenewal, \.survival, \.beyondPenalty, \.renewalElsewhere,
        ]
        for (i, list) in lists.enumerated() {
            base.keyTermCues[keyPath: list] = ["built-in \(i)"]
            user.keyTermCues[keyPath: list] = ["user \(i)"]
        }
        base.merge(user)
        for (i, list) in lists.enumerated() {
            #expect(base.keyTermCues[keyPath: list] == ["built-in \(i)", "user \(i)"], "list \(i)")
        }
        // A cue list added to KeyTermCues and not to the lists above (nor to `merge`) fails here.
        let stored = Mirror(reflecting: KeyTermCues()).children.filter { type(of: $0.value) == [String].self }.count
        #expect(stored == lists.count)
    }
}
