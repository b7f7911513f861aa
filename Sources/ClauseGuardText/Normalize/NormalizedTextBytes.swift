extension NormalizedText {
    /// The normaliser's answer worked out on the UTF-8 bytes, for text made only of characters whose NFKC form the
    /// normaliser knows without Foundation (ASCII, Han, CJK punctuation, full-width ASCII, curly quotes …) and ASCII or
    /// ideographic whitespace: Chinese paragraphs with full-width punctuation and spaces between sentences, which the
    /// already-normal shortcut cannot take. Nil for anything else (combining marks, other whitespace, zero-width
    /// characters, other scripts), which the full normaliser reads. It follows `Builder` step for step — whitespace
    /// runs dropped or kept by the same neighbour rule, identity spans merged the same way — so text and offset map
    /// are the same (`NormalizedTextBytesTests` compares the two).
    static func normalizedBytes(_ original: String) -> (out: [UInt8], spans: [Span])? {
        var original = original
        return original.withUTF8 { Self.normalizedBytes($0) }
    }

    private static func normalizedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (out: [UInt8], spans: [Span])? {
        var state = ByteBuilder()
        state.out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    state.whitespace(i, i + 1, isSpace: b == 0x20)
                } else {
                    state.copy(bytes, i, 1, kind: b >= 0x30 && b <= 0x39 ? .digit : .other)
                }
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xB7 || bytes[i + 1] == 0xA5 {
                // · ¥: themselves, not CJK.
                state.copy(bytes, i, 2, kind: .other)
                i += 2
                continue
            }
            guard b >= 0xE0, b < 0xF0, i + 2 < n else { return nil }
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
            let v = (UInt32(b & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
            guard v >= 0x800 else { return nil }
            if v == 0x3000 {
                state.whitespace(i, i + 3, isSpace: false)
                i += 3
                continue
            }
            if v >= 0xFF01 && v <= 0xFF5E {
                // Full-width ASCII: its half-width form; letters count as Latin, punctuation as CJK.
                let ascii = UInt8(v - 0xFEE0)
                let kind: Neighbour = ascii >= 0x30 && ascii <= 0x39 ? .digit
                    : (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A) ? .other : .cjk
                state.flushWhitespace(before: kind)
                state.appendSpan(state.out.count, 1, i, 3, false)
                state.out.append(ascii)
                state.last = kind
                i += 3
                continue
            }
            let kind: Neighbour
            switch v {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3001...0x3029, 0x3030...0x3035, 0x2018, 0x2019, 0x201C, 0x201D: kind = .cjk
            case 0x2014, 0x20AC: kind = .other
            default: return nil
            }
            state.copy(bytes, i, 3, kind: kind)
            i += 3
        }
        if let o = state.open { state.spans.append(o) }
        return (state.out, state.spans)
    }

    /// `Builder`'s whitespace and span bookkeeping, for the byte path.
    private struct ByteBuilder {
        var out: [UInt8] = []
        var spans: [Span] = []
        var open: Span?
        var pendingStart = -1, pendingEnd = -1
        var pendingIsSingleSpace = false
        var last = Neighbour.boundary

        /// `count` bytes at `start` kept as they are (a character that normalises to itself).
        @inline(__always)
        mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int, kind: Neighbour) {
            flushWhitespace(before: kind)
            appendSpan(out.count, count, start, count, true)
            // Byte by byte: appending a slice of one to three bytes cost more than the rest of the character.
            out.append(bytes[start])
            if count > 1 { out.append(bytes[start + 1]) }
            if count > 2 { out.append(bytes[start + 2]) }
            last = kind
        }

        @inline(__always)
        mutating func appendSpan(_ normStart: Int, _ normLength: Int, _ origStart: Int, _ origLength: Int, _ identity: Bool) {
            if identity, let o = open, o.identity, o.normStart + o.normLength == normStart, o.origStart + o.origLength == origStart {
                open!.normLength += normLength
                open!.origLength += origLength
                return
            }
            if let o = open { spans.append(o) }
            open = Span(normStart: normStart, normLength: normLength, origStart: origStart, origLength: origLength, identity: identity)
        }

        @inline(__always)
        mutating func whitespace(_ start: Int, _ end: Int, isSpace: Bool) {
            if pendingStart >= 0 {
                pendingEnd = end
                pendingIsSingleSpace = false
            } else {
                pendingStart = start; pendingEnd = end
                pendingIsSingleSpace = isSpace
            }
        }

        @inline(__always)
        mutating func flushWhitespace(before first: Neighbour) {
            guard pendingStart >= 0 else { return }
            let drop: Bool
            switch (last, first) {
            case (.boundary, _), (.cjk, .cjk), (.cjk, .digit), (.digit, .cjk): drop = true
            default: drop = false
            }
            if !drop {
                appendSpan(out.count, 1, pendingStart, pendingEnd - pendingStart, pendingIsSingleSpace)
                out.append(0x20)
            }
            pendingStart = -1
        }
    }
}
