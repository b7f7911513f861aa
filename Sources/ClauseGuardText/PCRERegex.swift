import CPCRE2
import Synchronization

/// A PCRE2 pattern (UTF + UCP, JIT when available). Compiled code is read-only and shared by all workers; each
/// match call uses its own match data, so one instance may be used from many threads.
///
/// Compiling costs start-up, and most of a rule pack's patterns never get past their literal prefilter on a given
/// contract, so the work is put off: the pattern is JIT-compiled only once it is used often (JIT compiling every
/// pattern of the pack was a quarter of a one-file scan's start-up; see `PCRECode`), and with `deferred` even the
/// compile waits for the first match (for patterns already checked elsewhere: the built-in pack, checked by
/// `rules lint` in CI). A deferred pattern that does not compile throws `RegexCompileError` from its first match.
///
/// Offsets are UTF-8 byte offsets into the subject string.
public final class PCRERegex: Sendable {
    public let pattern: String
    public let caseInsensitive: Bool
    /// The compiled code once made; published with release ordering after it is complete, so a thread that loads
    /// it (acquiring) sees it whole. Retained here, released in `deinit`.
    private let compiled = Atomic<Unmanaged<PCRECode>?>(nil)
    private let compileLock = Mutex<Void>(())

    /// Backtracking budget per match attempt: a pathological pattern fails this match instead of hanging the scan.
    public static let defaultMatchLimit: UInt32 = 2_000_000

    public init(_ pattern: String, caseInsensitive: Bool = false, deferred: Bool = false) throws(RegexCompileError) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        if !deferred { compiled.store(Unmanaged.passRetained(try PCRECode(pattern, caseInsensitive: caseInsensitive)), ordering: .releasing) }
    }

    /// A pattern compiled on its first match (whose errors are thrown from there): `deferred: true` without the throws.
    public init(deferred pattern: String, caseInsensitive: Bool = false) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
    }

    deinit { compiled.load(ordering: .acquiring)?.release() }

    /// The compiled code, compiling it on first use.
    private func code() throws(RegexCompileError) -> PCRECode {
        if let ready = compiled.load(ordering: .acquiring) { return ready.takeUnretainedValue() }
        return try compileLock.withLock { _ throws(RegexCompileError) -> PCRECode in
            if let ready = compiled.load(ordering: .acquiring) { return ready.takeUnretainedValue() }
            let made = try PCRECode(pattern, caseInsensitive: caseInsensitive)
            compiled.store(Unmanaged.passRetained(made), ordering: .releasing)
            return made
        }
    }

    /// Capture groups in the pattern (0 when it does not compile).
    public var captureCount: Int { (try? code().captureCount) ?? 0 }

    /// The first match at or after `start`, or nil. Throws `RegexBudgetExceeded` when the backtracking budget runs out.
    public func firstMatch(in text: String, from start: Int = 0,
                           matchLimit: UInt32 = PCRERegex.defaultMatchLimit) throws -> RegexMatch? {
        var subject = text
        return try subject.withUTF8 { buffer in
            try match(buffer, from: start, matchLimit: matchLimit)
        }
    }

    /// The first of the non-overlapping matches, left to right, that `accept` takes; the later ones are not searched
    /// for (a rule's condition is usually met, or not, by the first).
    public func firstMatch(in text: String, matchLimit: UInt32 = PCRERegex.defaultMatchLimit,
                           where accept: (RegexMatch) throws -> Bool) throws -> RegexMatch? {
        var subject = text
        return try subject.withUTF8 { buffer in
            var position = 0
            while position <= buffer.count, let found = try match(buffer, from: position, matchLimit: matchLimit) {
                if try accept(found) { return found }
                let end = found.range.upperBound
                // Empty match: step one UTF-8 character forward so the loop always advances.
                position = end > found.range.lowerBound ? end : Self.nextCharacter(buffer, after: end)
            }
            return nil
        }
    }

    /// Every non-overlapping match, left to right.
    public func allMatches(in text: String, matchLimit: UInt32 = PCRERegex.defaultMatchLimit) throws -> [RegexMatch] {
        var out: [RegexMatch] = []
        _ = try firstMatch(in: text, matchLimit: matchLimit) { out.append($0); return false }
        return out
    }

    /// The whole-match ranges found trying the pattern at each of `offsets` (increasing) in turn, skipping offsets
    /// inside a match already found. For a pattern anchored with `\G` (see `StartGatedRegex`); one match data serves
    /// every try.
    func anchoredRanges(in buffer: UnsafeBufferPointer<UInt8>, at offsets: [Int]) throws -> [Range<Int>] {
        guard !offsets.isEmpty else { return [] }
        let program = try code()
        guard let matchData = pcre2_match_data_create_from_pattern_8(program.code, nil) else { return [] }
        defer { pcre2_match_data_free_8(matchData) }
        var found: [Range<Int>] = []
        var position = 0
        for offset in offsets where offset >= position {
            let code = program.codeForNextMatch(subjectLength: buffer.count)
            let rc = pcre2_match_8(code, buffer.baseAddress!, buffer.count, offset, cg_pcre2_no_utf_check(), matchData, program.context)
            if rc == cg_pcre2_error_nomatch() { continue }
            let range: Range<Int>
            if rc > 0 {
                let ovector = pcre2_get_ovector_pointer_8(matchData)!
                range = Int(ovector[0])..<Int(ovector[1])
            } else {
                // Out of budget in this engine: the single-match path tries the other one, then throws.
                guard let match = try match(buffer, from: offset, matchLimit: Self.defaultMatchLimit) else { continue }
                range = match.range
            }
            found.append(range)
            position = range.isEmpty ? range.upperBound + 1 : range.upperBound
        }
        return found
    }

    /// True when the pattern matches anywhere in `text`.
    /// A budget overrun counts as no match.
    public func matches(_ text: String) -> Bool {
        ((try? firstMatch(in: text)) ?? nil) != nil
    }

    /// True when the pattern matches the empty string (a rule-file check), found by the interpreter (`code` is never
    /// JIT-compiled: the JIT works on a copy), so loading a pattern does not JIT-compile it.
    public var matchesEmptyText: Bool {
        guard let code = try? code(), let matchData = pcre2_match_data_create_from_pattern_8(code.code, nil) else { return false }
        defer { pcre2_match_data_free_8(matchData) }
        let empty: [UInt8] = [0]
        let rc = empty.withUnsafeBufferPointer { buffer in
            pcre2_match_8(code.code, buffer.baseAddress!, 0, 0, 0, matchData, code.context)
        }
        return rc > 0
    }

    private func match(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, matchLimit: UInt32) throws -> RegexMatch? {
        guard start <= buffer.count else { return nil }
        let program = try code()
        guard let matchData = pcre2_match_data_create_from_pattern_8(program.code, nil) else { return nil }
        defer { pcre2_match_data_free_8(matchData) }
        // The shared context carries the default budget; a different budget needs a context of its own.
        var custom: OpaquePointer? = nil
        if matchLimit != Self.defaultMatchLimit {
            custom = pcre2_match_context_create_8(nil)
            pcre2_set_match_limit_8(custom, matchLimit)
            pcre2_set_depth_limit_8(custom, 100_000)
        }
        defer { if let custom { pcre2_match_context_free_8(custom) } }
        let context = custom ?? program.context

        // An empty buffer's baseAddress may be nil; PCRE2 needs a valid pointer.
        let empty: [UInt8] = [0]
        func run(_ code: OpaquePointer) -> Int32 {
            empty.withUnsafeBufferPointer { fallback in
                let base = buffer.baseAddress ?? fallback.baseAddress!
                return pcre2_match_8(code, base, buffer.count, start, cg_pcre2_no_utf_check(), matchData, context)
            }
        }
        func outOfBudget(_ rc: Int32) -> Bool {
            rc == cg_pcre2_error_matchlimit() || rc == cg_pcre2_error_depthlimit() || rc == cg_pcre2_error_jit_stacklimit()
        }
        let first = program.codeForNextMatch(subjectLength: buffer.count)
        var rc = run(first)
        // The two engines count their budgets differently: a match is out of budget only when both run out, so the
        // answer never depends on which engine a pattern had reached when this contract came.
        if outOfBudget(rc) { rc = run(first == program.code ? program.jitCompiled() : program.code) }
        if rc == cg_pcre2_error_nomatch() { return nil }
        if outOfBudget(rc) { throw RegexBudgetExceeded(pattern: pattern) }
        guard rc > 0 else { return nil }
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        let unset = cg_pcre2_unset()
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(program.captureCount + 1)
        for i in 0...program.captureCount {
            let lo = ovector[2 * i], hi = ovector[2 * i + 1]
            groups.append(i < Int(rc) && lo != unset ? Int(lo)..<Int(hi) : nil)
        }
        return RegexMatch(groups: groups, names: program.groupNames)
    }

    private static func nextCharacter(_ buffer: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int {
        var next = offset + 1
        while next < buffer.count, buffer[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    static func readNameTable(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0, entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>? = nil
        pcre2_pattern_info_8(code, cg_pcre2_info_namecount(), &count)
        pcre2_pattern_info_8(code, cg_pcre2_info_nameentrysize(), &entrySize)
        pcre2_pattern_info_8(code, cg_pcre2_info_nametable(), &table)
        guard count > 0, let table else { return [:] }
        var names: [String: Int] = [:]
        for i in 0..<Int(count) {
            let entry = table + i * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            let name = String(cString: entry + 2)
            names[name] = number
        }
        return names
    }

    static func errorMessage(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return n > 0 ? String(decoding: buffer[0..<Int(n)], as: UTF8.self) : "error \(code)"
    }
}

/// A pattern's compiled code, and once the pattern has been used often enough, a JIT-compiled copy of it.
///
/// JIT compiling costs more than a few interpreted matches over a sentence (it was most of a one-file scan's regex
/// time), so a pattern runs in PCRE2's interpreter until its `jitAfterUses`-th match call or its first subject of
/// `jitForSubjectBytes` or more, and JIT-compiled from then on. The copy is a separate code object: PCRE2 forbids JIT-compiling code that other threads may be matching with.
///
/// `@unchecked Sendable` because the compiler cannot see through the C pointers: `code` is never modified after
/// `init`; the copy is made and JIT-compiled under `jitLock`, then published with release ordering (`jitCode`), and
/// never modified again. PCRE2 documents compiled code (JIT included) and match contexts as safe to share between
/// threads as long as nothing modifies them.
final class PCRECode: @unchecked Sendable {
    let code: OpaquePointer
    let captureCount: Int
    /// Capture-group numbers by name.
    let groupNames: [String: Int]
    /// Match limits; read-only once made, so all threads share it.
    let context: OpaquePointer?
    /// The JIT-compiled copy's address, 0 until it is made.
    private let jitCode = Atomic<UInt>(0)
    private let jitLock = Mutex<Void>(())
    private let uses = Atomic<Int>(0)
    static let jitAfterUses = 32
    static let jitForSubjectBytes = 16_384

    init(_ pattern: String, caseInsensitive: Bool) throws(RegexCompileError) {
        var options = cg_pcre2_utf() | cg_pcre2_ucp()
        if caseInsensitive { options |= cg_pcre2_caseless() }
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let compiled: OpaquePointer? = pattern.withCString { cString in
            cString.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                pcre2_compile_8(bytes, cg_pcre2_zero_terminated(), options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw RegexCompileError(pattern: pattern, message: PCRERegex.errorMessage(errorCode), offset: errorOffset)
        }
        code = compiled
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, cg_pcre2_info_capturecount(), &count)
        captureCount = Int(count)
        groupNames = PCRERegex.readNameTable(compiled)
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, PCRERegex.defaultMatchLimit)
        pcre2_set_depth_limit_8(context, 100_000)
    }

    deinit {
        pcre2_match_context_free_8(context)
        pcre2_code_free_8(code)
        if let copy = OpaquePointer(bitPattern: jitCode.load(ordering: .acquiring)) { pcre2_code_free_8(copy) }
    }

    /// The code the next match runs: the interpreter's until the pattern is used often or meets a long text (a
    /// whole contract, where the interpreter's slower scan costs more than compiling), then the JIT copy.
    func codeForNextMatch(subjectLength: Int) -> OpaquePointer {
        if let copy = OpaquePointer(bitPattern: jitCode.load(ordering: .acquiring)) { return copy }
        let used = uses.wrappingAdd(1, ordering: .relaxed).newValue
        return used >= Self.jitAfterUses || subjectLength >= Self.jitForSubjectBytes ? jitCompiled() : code
    }

    /// The JIT-compiled copy, made on the first call. A failed JIT compile leaves an interpreted copy, which gives
    /// the same matches.
    func jitCompiled() -> OpaquePointer {
        if let copy = OpaquePointer(bitPattern: jitCode.load(ordering: .acquiring)) { return copy }
        return jitLock.withLock { _ in
            if let copy = OpaquePointer(bitPattern: jitCode.load(ordering: .relaxed)) { return copy }
            guard let copy = pcre2_code_copy_8(code) else { return code }
            _ = pcre2_jit_compile_8(copy, cg_pcre2_jit_complete())
            jitCode.store(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(copy))), ordering: .releasing)
            return copy
        }
    }
}

/// A successful match: group 0 is the whole match. Ranges are UTF-8 offsets.
public struct RegexMatch: Sendable, Hashable {
    public let groups: [Range<Int>?]
    public let names: [String: Int]
    public var range: Range<Int> { groups[0]! }
    public func range(named name: String) -> Range<Int>? {
        guard let i = names[name], i < groups.count else { return nil }
        return groups[i]
    }
}

public struct RegexCompileError: Error, Sendable, CustomStringConvertible {
    public let pattern: String
    public let message: String
    /// UTF-8 offset in the pattern where compiling failed.
    public let offset: Int
    public var description: String { "bad regex at offset \(offset): \(message)" }
}

/// A match ran out of its backtracking budget (catastrophic backtracking).
public struct RegexBudgetExceeded: Error, Sendable, CustomStringConvertible {
    public let pattern: String
    public var description: String { "regex exceeded its backtracking budget: \(pattern)" }
}

extension String {
    /// The substring between two UTF-8 offsets (clamped to the string). Copies only the slice.
    public func utf8Slice(_ range: Range<Int>) -> String {
        let view = utf8
        let count = view.count
        let lo = max(0, min(range.lowerBound, count)), hi = max(lo, min(range.upperBound, count))
        let start = view.index(view.startIndex, offsetBy: lo)
        let end = view.index(start, offsetBy: hi - lo)
        // Offsets on scalar boundaries (the usual case: regex and byte-scan offsets) copy the bytes without
        // validating them again; an offset inside a scalar is repaired, as decoding does.
        if isScalarBoundary(start), isScalarBoundary(end) { return String(self[start..<end]) }
        return String(decoding: view[start..<end], as: UTF8.self)
    }

    private func isScalarBoundary(_ index: Index) -> Bool {
        index == utf8.endIndex || utf8[index] & 0xC0 != 0x80
    }
}
