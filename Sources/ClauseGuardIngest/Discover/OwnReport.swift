#if canImport(Glibc)
import Glibc
#endif

/// Recognises a report ClauseGuard wrote itself (a text or Markdown report saved with `-o` into the scanned
/// folder), so the next scan skips it instead of scanning its quoted clauses as a contract. Recognised by the
/// first lines each renderer writes, in either report language, not by file name.
enum OwnReport {
    /// How many bytes from the start of a file are enough to decide.
    static let headLength = 2048

    /// Whether the file `name` in `folder` starts like a ClauseGuard text or Markdown report.
    static func matches(folder: Int32, name: UnsafePointer<CChar>) -> Bool {
        let fd = openat(folder, name, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: headLength)
        let n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return false }
        return matches(head: Array(head[0..<n]))
    }

    static func matches(head: [UInt8]) -> Bool {
        var lines = withoutTerminalColours(String(decoding: head, as: UTF8.self))
            .split(separator: "\n", maxSplits: 24, omittingEmptySubsequences: false).dropLast()[...]
        // MarkdownRenderer: "# ClauseGuard", a blank line, the settings applied as a quote (if any), then the
        // summary table's header row.
        if lines.first == "# ClauseGuard" {
            let table = lines.dropFirst().first { !$0.isEmpty && !$0.hasPrefix(">") }
            return table.map { $0.hasPrefix("| Contract | ") || $0.hasPrefix("| 合同 | ") } ?? false
        }
        // TextRenderer: the settings applied (if any) and a blank line, then "━━ PATH" and the contract's risk line
        // or its unreadable line.
        // Chinese reports write full-width colons (older ones ASCII): both are recognised.
        let settings = ["Settings applied: ", "已应用的设置: ", "已应用的设置：", "⚠ Checks turned down: ", "⚠ 检查被调低: ", "⚠ 检查被调低："]
        while let first = lines.first, settings.contains(where: { first.hasPrefix($0) }) { lines = lines.dropFirst() }
        if lines.first?.isEmpty == true { lines = lines.dropFirst() }
        guard lines.count >= 2, let title = lines.first, title.hasPrefix("━━ ") else { return false }
        let second = lines[lines.index(after: lines.startIndex)]
        return ["  Risk: ", "  风险: ", "  风险：", "  unreadable: ", "  无法读取: ", "  无法读取："].contains { second.hasPrefix($0) }
    }

    /// A text report written to a terminal-like sink carries ANSI colour codes (ESC [ … letter).
    private static func withoutTerminalColours(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var out = String.UnicodeScalarView()
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value), scalar != "[" { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            out.append(scalar)
        }
        return String(out)
    }
}
