import ClauseGuardText
import ClauseGuardModel

/// Marks the matched words of an excerpt, the same way in every format: `escape` makes a piece of contract text
/// safe for the format, `mark` wraps an escaped matched word (【】, ANSI, `**`, `<mark>`). Overlapping spans keep the
/// first.
enum Highlighter {
    static func highlight(_ text: String, _ spans: [TextSpan], escape: (String) -> String, mark: (String) -> String) -> String {
        var out = "", cursor = 0
        for span in spans.sorted(by: { $0.start < $1.start }) where span.start >= cursor {
            out += escape(text.utf8Slice(cursor..<span.start)) + mark(escape(text.utf8Slice(span.start..<span.end)))
            cursor = span.end
        }
        return out + escape(text.utf8Slice(cursor..<text.utf8.count))
    }
}
