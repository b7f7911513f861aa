import Foundation
import ClauseGuardText

/// SARIF, streamed: each contract's notifications and results are serialized on the worker and spilled as records;
/// at the end the log is serialized around two stand-in strings, and the spilled items are written in their
/// places, indented as the log nests them. Over code scanning's limit the spill is read once per level, most
/// severe first, as the renderer's sort keeps them. The bytes equal `SARIFRenderer`'s.
struct SARIFStream: SpillingFormat {
    let renderer: SARIFRenderer

    struct Row: Sendable {
        var language: Language?
        var notifications = 0
        /// Results by rank (error, warning, note).
        var results = [0, 0, 0]
    }

    /// A spilled record: its kind (a notification, or a result of rank 0–2), its length (4 bytes, little-endian),
    /// then its pretty-printed JSON at depth 0.
    private static let notification: UInt8 = 3

    func part(_ contract: ContractReport) -> [UInt8] {
        let notifications = renderer.notifications(contract), results = renderer.results(contract)
        let kinds = notifications.map { _ in Self.notification } + results.map { UInt8(SARIFRenderer.rank($0)) }
        var out: [UInt8] = []
        for (kind, bytes) in zip(kinds, Self.items(notifications + results)) {
            out.append(kind)
            withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { out.append(contentsOf: $0) }
            out += bytes
        }
        return out
    }

    /// Each item as serialized alone at depth 0. One serializer call for the contract's whole list, cut at its
    /// items (a line "  }" or "  }," closes one: nested lines are indented deeper and strings hold no line
    /// breaks): a call per item cost six times the whole log's serialization.
    static func items(_ objects: [[String: Any]]) -> [[UInt8]] {
        // Items hold only strings, integers and booleans, which always serialize.
        guard !objects.isEmpty, let text = try? SARIFRenderer.json(objects) else { return [] }
        var items: [[UInt8]] = []
        var item: [UInt8] = []
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst().dropLast() {
            let bytes = line.dropFirst(2)
            if !item.isEmpty { item.append(0x0A) }
            if bytes.first == UInt8(ascii: "}") {
                item.append(UInt8(ascii: "}"))
                items.append(item)
                item = []
            } else {
                item += bytes
            }
        }
        return items
    }

    func row(_ contract: ContractReport) -> Row {
        var row = Row(language: contract.primaryLanguage)
        row.notifications = contract.error != nil || contract.notRead != nil ? 1 : 0
        if contract.error == nil {
            for finding in contract.findings + contract.suppressed {
                row.results[SARIFRenderer.rank(["level": SARIFRenderer.level(finding.severity)])] += 1
            }
        }
        return row
    }

    func top(_ batch: BatchReport, rows: [Row]) -> String { "" }
    func bottom(_ batch: BatchReport, rows: [Row]) -> String { "" }

    func copy(_ spill: SpillFile?, batch: BatchReport, rows: [Row], to output: ReportSink) throws {
        let total = rows.reduce(0) { $0 + $1.results.reduce(0, +) }
        let dropped = max(0, total - renderer.maxResults)
        let hasNotifications = dropped > 0 || rows.contains { $0.notifications > 0 }
        let notificationsToken = "clauseguard-notifications-\(UUID().uuidString)", resultsToken = "clauseguard-results-\(UUID().uuidString)"
        let log = renderer.log(batch, language: renderer.options.batchLanguage(of: rows.map(\.language)),
                               results: total > 0 ? [resultsToken] : [], notifications: hasNotifications ? [notificationsToken] : [])
        var rest = Substring(try SARIFRenderer.json(log) + "\n")
        // Notifications come before results: "invocations" sorts before "results".
        if hasNotifications {
            let indent = try write(upTo: notificationsToken, of: &rest, to: output)
            var first = true
            try records(spill, kinds: [Self.notification]) { item in write(item, indent: indent, first: &first, to: output) }
            if dropped > 0 { write(Array(try SARIFRenderer.json(renderer.cutNotice(dropped: dropped)).utf8), indent: indent, first: &first, to: output) }
        }
        if total > 0 {
            let indent = try write(upTo: resultsToken, of: &rest, to: output)
            var first = true
            if dropped == 0 {
                try records(spill, kinds: [0, 1, 2]) { item in write(item, indent: indent, first: &first, to: output) }
            } else {
                var left = renderer.maxResults
                for rank: UInt8 in [0, 1, 2] where left > 0 {
                    try records(spill, kinds: [rank]) { item in
                        guard left > 0 else { return }
                        left -= 1
                        write(item, indent: indent, first: &first, to: output)
                    }
                }
            }
        }
        output.write(String(rest))
    }

    /// Writes the log up to the quoted stand-in and drops it; returns the indent of the line it stood on.
    private func write(upTo token: String, of rest: inout Substring, to output: ReportSink) throws -> String {
        guard let range = rest.range(of: "\"" + token + "\"") else { throw SpillFile.Failure(description: "SARIF stand-in not found") }
        let line = rest[..<range.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        output.write(String(rest[..<range.lowerBound]))
        rest = rest[range.upperBound...]
        return String(line)
    }

    /// One array item: after a comma unless it is the first, its lines after the first indented to its depth.
    private func write(_ item: [UInt8], indent: String, first: inout Bool, to output: ReportSink) {
        if !first { output.write(",\n" + indent) }
        first = false
        var out: [UInt8] = []
        out.reserveCapacity(item.count + item.count / 8)
        let prefix = Array(indent.utf8)
        for byte in item {
            out.append(byte)
            if byte == 0x0A { out += prefix }
        }
        output.write(out)
    }

    /// The spilled records of the given kinds, in order.
    private func records(_ spill: SpillFile?, kinds: Set<UInt8>, _ body: ([UInt8]) -> Void) throws {
        guard let spill else { return }
        var pending: [UInt8] = []
        var offset = 0
        try spill.read { chunk in
            pending.removeFirst(offset)
            offset = 0
            pending += chunk
            while pending.count - offset >= 5 {
                let length = pending[offset + 1..<offset + 5].reversed().reduce(0) { $0 << 8 | Int($1) }
                guard pending.count - offset >= 5 + length else { break }
                if kinds.contains(pending[offset]) { body(Array(pending[offset + 5..<offset + 5 + length])) }
                offset += 5 + length
            }
        }
    }
}
