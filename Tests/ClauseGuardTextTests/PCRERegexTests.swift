import Testing
import Foundation
import Synchronization
@testable import ClauseGuardText

@Suite struct PCRERegexTests {
    @Test func namedGroupsReturnUTF8Ranges() throws {
        let regex = try PCRERegex("提前(?<days>[0-9]+)天")
        let text = "甲方应提前30天通知"
        let match = try #require(try regex.firstMatch(in: text))
        let days = try #require(match.range(named: "days"))
        #expect(text.utf8Slice(days) == "30")
        #expect(text.utf8Slice(match.range) == "提前30天")
    }

    @Test func sliceInsideACharacterIsRepairedAndClamped() {
        let text = "甲方30天"
        #expect(text.utf8Slice(0..<3) == "甲")
        #expect(text.utf8Slice(1..<6) == "\u{FFFD}\u{FFFD}方")  // starts inside 甲: its two tail bytes are repaired
        #expect(text.utf8Slice(3..<9) == "方30\u{FFFD}")         // ends inside 天
        #expect(text.utf8Slice(6..<100) == "30天")
        #expect(text.utf8Slice(-4..<0).isEmpty)
    }

    @Test func badPatternReportsOffset() {
        #expect(throws: RegexCompileError.self) { try PCRERegex("(unclosed") }
    }

    @Test func caselessAndAllMatches() throws {
        let regex = try PCRERegex("renew", caseInsensitive: true)
        #expect(try regex.allMatches(in: "Renew, RENEW and renew").count == 3)
    }

    @Test func catastrophicBacktrackingIsBounded() throws {
        let regex = try PCRERegex("^(a+)+$")
        let text = String(repeating: "a", count: 40) + "b"
        #expect(throws: RegexBudgetExceeded.self) { try regex.firstMatch(in: text, matchLimit: 100_000) }
    }

    @Test func deferredPatternCompilesOnFirstMatchAndReportsItsErrorThere() throws {
        let bad = try PCRERegex("(unclosed", deferred: true)   // no error yet
        #expect(throws: RegexCompileError.self) { try bad.firstMatch(in: "unclosed") }
        #expect(!bad.matches("unclosed"))
        let eager = try PCRERegex("提前(?<days>[0-9]+)天")
        let deferred = try PCRERegex("提前(?<days>[0-9]+)天", deferred: true)
        let text = "应提前30天通知，或提前15天"
        #expect(try deferred.allMatches(in: text) == eager.allMatches(in: text))
        #expect(deferred.captureCount == 1)
    }

    @Test func deferredPatternMatchedFromManyThreadsAtOnce() throws {
        // Workers share one regex: the first matches race to compile and JIT it; every thread must see whole code.
        let regexes = try (0..<20).map { try PCRERegex("(?<n>[0-9]+)\\s*(日|天|days?)\\b\($0)?", caseInsensitive: true, deferred: true) }
        let text = "within 30 days, 提前15日 or 7 DAYS"
        let expected = try regexes.map { try $0.allMatches(in: text).count }
        let fresh = try (0..<20).map { try PCRERegex("(?<n>[0-9]+)\\s*(日|天|days?)\\b\($0)?", caseInsensitive: true, deferred: true) }
        let results = Mutex([Int](repeating: 0, count: 8 * fresh.count))
        DispatchQueue.concurrentPerform(iterations: 8 * fresh.count) { i in
            let count = (try? fresh[i % fresh.count].allMatches(in: text).count) ?? -1
            results.withLock { $0[i] = count }
        }
        let seen = results.withLock { $0 }
        for i in seen.indices { #expect(seen[i] == expected[i % expected.count]) }
    }

    @Test func aPatternUsedOftenSwitchesToTheJITWithTheSameMatches() throws {
        // The first uses run in the interpreter, later ones on the JIT copy, made by whichever thread gets there.
        let regex = try PCRERegex("提前(?<days>[0-9]+)(日|天)|(?<en>[0-9]+) days", caseInsensitive: true)
        let text = "应提前30天通知，或提前15日；within 10 DAYS"
        let expected = try PCRERegex(regex.pattern, caseInsensitive: true).allMatches(in: text)
        #expect(expected.count == 3)
        let results = Mutex([[RegexMatch]](repeating: [], count: 8 * PCRECode.jitAfterUses))
        DispatchQueue.concurrentPerform(iterations: 8 * PCRECode.jitAfterUses) { i in
            let found = (try? regex.allMatches(in: text)) ?? []
            results.withLock { $0[i] = found }
        }
        #expect(results.withLock { $0 }.allSatisfy { $0 == expected })
    }

    @Test func aLongTextGoesToTheJITAtOnceWithTheSameMatches() throws {
        let long = String(repeating: "本合同自动续期一年。", count: PCRECode.jitForSubjectBytes / 20) + "提前45天"
        #expect(long.utf8.count >= PCRECode.jitForSubjectBytes)
        let regex = try PCRERegex("提前(?<days>[0-9]+)天|(续期)")
        let short = try regex.allMatches(in: "提前45天，续期")   // interpreted
        let found = try regex.allMatches(in: long)             // JIT
        #expect(short.count == 2 && found.count == PCRECode.jitForSubjectBytes / 20 + 1)
        #expect(long.utf8Slice(try #require(found.last?.range(named: "days"))) == "45")
    }

    @Test func emptyTextCheckDoesNotNeedTheJIT() throws {
        #expect(try PCRERegex("a*").matchesEmptyText)
        #expect(try !PCRERegex("a+").matchesEmptyText)
    }
}
