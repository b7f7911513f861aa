import ClauseGuardModel
import Foundation
import ClauseGuardRules
import ClauseGuardText
import ClauseGuardUnderstanding

/// Writes a `ContractReport` as the JSON `JSONEncoder` makes of it (pretty-printed, keys sorted, slashes
/// unescaped), byte for byte, without going through `Encodable`, which for tens of thousands of findings costs
/// about a quarter of a full scan. Keys are listed in sorted order by hand; a test compares the output with
/// `JSONEncoder`'s on real reports and on every kind of extracted value, so a field added to the model and not here
/// fails it.
struct ContractJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One line, no whitespace (JSONEncoder without `.prettyPrinted`), for JSON Lines; else pretty-printed.
    let compact: Bool

    /// `prefix` (the separator before this contract in the array) starts the buffer, so nothing is prepended later.
    init(prefix: String = "", capacity: Int = 4096, compact: Bool = false) {
        self.compact = compact
        bytes.reserveCapacity(capacity)
        bytes.append(contentsOf: prefix.utf8)
    }

    /// `position`, when given, is written as one more key: the contract's place in the run's whole file list, which
    /// JSON Lines shards carry so `merge` can put them back in the order of one run.
    mutating func write(_ report: ContractReport, indent: Int, position: Int? = nil) {
        object(indent) { w, fields in
            if let error = report.error { w.key(&fields, "error"); w.string(error) }
            if let reason = report.errorReason { w.key(&fields, "errorReason"); w.string(reason) }
            w.key(&fields, "findings"); w.findings(report.findings, indent + 2)
            if let format = report.format { w.key(&fields, "format"); w.string(format) }
            w.key(&fields, "keyTerms"); w.array(report.keyTerms, indent + 2) { w, t in w.keyTerm(t, indent + 4) }
            w.key(&fields, "languages"); w.array(report.languages, indent + 2) { w, s in w.string(s) }
            if let notRead = report.notRead { w.key(&fields, "notRead"); w.string(notRead) }
            if let position { w.key(&fields, "position"); w.raw(String(position)) }
            // One party map per contract: JSONEncoder's cost is negligible here (key terms, dozens per contract, are not).
            if let parties = report.parties { w.key(&fields, "parties"); w.encoded(parties, indent + 2) }
            w.key(&fields, "path"); w.string(report.path)
            w.key(&fields, "risk"); w.risk(report.risk, indent + 2)
            w.key(&fields, "suppressed"); w.findings(report.suppressed, indent + 2)
            w.key(&fields, "warnings"); w.array(report.warnings, indent + 2) { w, s in w.string(s) }
        }
    }

    /// A key term with the keys `KeyTerm`'s synthesized `Encodable` writes (nil optionals left out), sorted.
    private mutating func keyTerm(_ t: KeyTerm, _ indent: Int) {
        object(indent) { w, fields in
            if let automatic = t.automatic { w.key(&fields, "automatic"); w.raw(automatic ? "true" : "false") }
            if let cause = t.cause { w.key(&fields, "cause"); w.string(cause) }
            if let other = t.counterparty { w.key(&fields, "counterparty"); w.actor(other, indent + 2) }
            w.key(&fields, "family"); w.string(t.family.rawValue)
            w.key(&fields, "forfeiture"); w.raw(t.forfeiture ? "true" : "false")
            w.key(&fields, "location")
            w.object(indent + 2) { w, fields in
                w.key(&fields, "blockIndex"); w.raw(String(t.location.blockIndex))
                w.key(&fields, "clause"); w.string(t.location.clause)
                w.key(&fields, "clausePath"); w.array(t.location.clausePath, indent + 4) { w, s in w.string(s) }
                w.key(&fields, "excerpt"); w.string(t.location.excerpt)
                w.key(&fields, "paragraph"); w.raw(String(t.location.paragraph))
            }
            if let modality = t.modality { w.key(&fields, "modality"); w.string(modality.rawValue) }
            if let party = t.party { w.key(&fields, "party"); w.actor(party, indent + 2) }
            if let purpose = t.purpose { w.key(&fields, "purpose"); w.string(purpose.rawValue) }
            w.key(&fields, "summary"); w.localized(t.summary, indent + 2)
            if let trigger = t.trigger { w.key(&fields, "trigger"); w.string(trigger.rawValue) }
            w.key(&fields, "values"); w.frameValues(t.values, indent + 2)
        }
    }

    private mutating func actor(_ a: FrameActor, _ indent: Int) {
        object(indent) { w, fields in
            if let role = a.role { w.key(&fields, "role"); w.string(role.rawValue) }
            w.key(&fields, "text"); w.string(a.text)
        }
    }

    private mutating func frameValues(_ v: FrameValues, _ indent: Int) {
        // A number JSON cannot hold goes through JSONEncoder, as for finding values. (Checked one by one: an array of
        // them was allocated for every key term.)
        func finite(_ x: Double?) -> Bool { x?.isFinite ?? true }
        guard finite(v.percent), finite(v.amount?.amount), finite(v.floor?.amount), finite(v.cap?.amount), finite(v.notice?.days),
              finite(v.notice?.value), finite(v.period?.days), finite(v.period?.value) else { return encoded(v, indent) }
        object(indent) { w, fields in
            if let m = v.amount { w.key(&fields, "amount"); w.money(m, indent + 2) }
            if let base = v.base { w.key(&fields, "base"); w.string(base.rawValue) }
            if let m = v.cap { w.key(&fields, "cap"); w.money(m, indent + 2) }
            if let m = v.floor { w.key(&fields, "floor"); w.money(m, indent + 2) }
            if let d = v.notice { w.key(&fields, "notice"); w.duration(d, indent + 2) }
            w.key(&fields, "noticeUnstated"); w.raw(v.noticeUnstated ? "true" : "false")
            w.key(&fields, "perDay"); w.raw(v.perDay ? "true" : "false")
            if let p = v.percent { w.key(&fields, "percent"); w.number(p) }
            if let d = v.period { w.key(&fields, "period"); w.duration(d, indent + 2) }
            w.key(&fields, "written"); w.raw(v.written ? "true" : "false")
        }
    }

    private mutating func money(_ m: MoneyValue, _ indent: Int) {
        object(indent) { w, fields in
            w.key(&fields, "amount"); w.number(m.amount)
            w.key(&fields, "currency"); w.string(m.currency)
        }
    }

    private mutating func duration(_ d: DurationValue, _ indent: Int) {
        object(indent) { w, fields in
            w.key(&fields, "businessDays"); w.raw(d.businessDays ? "true" : "false")
            w.key(&fields, "days"); w.number(d.days)
            w.key(&fields, "unit"); w.string(d.unit.rawValue)
            w.key(&fields, "value"); w.number(d.value)
        }
    }

    private mutating func findings(_ findings: [Finding], _ indent: Int) {
        array(findings, indent) { w, f in w.finding(f, indent + 2) }
    }

    private mutating func risk(_ risk: RiskScore, _ indent: Int) {
        object(indent) { w, fields in
            w.key(&fields, "clauses"); w.string(risk.clauses.rawValue)
            w.key(&fields, "counts")
            w.object(indent + 2) { w, counts in
                for (name, count) in risk.counts.sorted(by: { $0.key < $1.key }) { w.key(&counts, name); w.raw(String(count)) }
            }
            w.key(&fields, "level"); w.string(risk.level.rawValue)
            w.key(&fields, "protections"); w.string(risk.protections.rawValue)
            w.key(&fields, "score"); w.raw(String(risk.score))
        }
    }

    private mutating func finding(_ f: Finding, _ indent: Int) {
        object(indent) { w, fields in
            w.key(&fields, "advice"); w.localized(f.advice, indent + 2)
            w.key(&fields, "explanation"); w.localized(f.explanation, indent + 2)
            w.key(&fields, "family"); w.string(f.family)
            w.key(&fields, "fingerprint"); w.string(f.fingerprint)
            w.key(&fields, "kind"); w.string(f.kind.rawValue)
            if let location = f.location { w.key(&fields, "location"); w.location(location, indent + 2) }
            w.key(&fields, "message"); w.localized(f.message, indent + 2)
            w.key(&fields, "notes"); w.array(f.notes, indent + 2) { w, s in w.string(s) }
            if let place = f.place { w.key(&fields, "place"); w.string(place) }
            w.key(&fields, "ruleID"); w.string(f.ruleID)
            w.key(&fields, "severity"); w.string(f.severity.rawValue)
            if let suppression = f.suppression { w.key(&fields, "suppression"); w.string(suppression) }
            w.key(&fields, "title"); w.localized(f.title, indent + 2)
            w.key(&fields, "values"); w.values(f.values, indent + 2)
        }
    }

    private mutating func values(_ values: [String: ExtractedValue], _ indent: Int) {
        // A number JSON cannot hold (parsing never yields one, but the type allows it) goes through JSONEncoder, so
        // its handling of that case is JSONEncoder's exactly rather than a second guess at it.
        guard values.values.allSatisfy(\.isFinite) else { return encoded(values, indent) }
        object(indent) { w, fields in
            for (name, value) in values.sorted(by: { $0.key < $1.key }) { w.key(&fields, name); w.value(value, indent + 2) }
        }
    }

    /// One value, with the keys `ExtractedValue.encode(to:)` writes (its kind's fields, `text` and `type`), in
    /// sorted order.
    private mutating func value(_ v: ExtractedValue, _ indent: Int) {
        var fields = v.payload.jsonFields
        fields.append(("text", .string(v.display(in: .en))))
        fields.append(("type", .string(v.kind.rawValue)))
        fields.sort { $0.name < $1.name }
        object(indent) { w, keys in
            for (name, value) in fields {
                w.key(&keys, name)
                switch value {
                case .number(let x): w.number(x)
                case .integer(let n): w.raw(String(n))
                case .string(let s): w.string(s)
                case .bool(let b): w.raw(b ? "true" : "false")
                }
            }
        }
    }

    /// A double as JSONEncoder writes it: Swift's shortest form without a trailing ".0".
    private mutating func number(_ x: Double) {
        // The description is ASCII: its bytes are cut rather than its characters.
        let text = x.description.utf8
        let trailingZero = text.count >= 2 && text.last == 0x30 && text[text.index(text.endIndex, offsetBy: -2)] == 0x2E
        bytes.append(contentsOf: trailingZero ? text.dropLast(2) : text[...])
    }

    private mutating func location(_ l: FindingLocation, _ indent: Int) {
        object(indent) { w, fields in
            w.key(&fields, "blockIndex"); w.raw(String(l.blockIndex))
            w.key(&fields, "clause"); w.string(l.clause)
            w.key(&fields, "clausePath"); w.array(l.clausePath, indent + 2) { w, s in w.string(s) }
            w.key(&fields, "excerpt"); w.string(l.excerpt)
            w.key(&fields, "highlights")
            w.array(l.highlights, indent + 2) { w, span in
                w.object(indent + 4) { w, fields in
                    w.key(&fields, "end"); w.raw(String(span.end))
                    w.key(&fields, "start"); w.raw(String(span.start))
                }
            }
            w.key(&fields, "matched"); w.string(l.matched)
            if let page = l.page { w.key(&fields, "page"); w.raw(String(page)) }
            w.key(&fields, "paragraph"); w.raw(String(l.paragraph))
            w.key(&fields, "part"); w.string(l.part.rawValue)
            w.key(&fields, "partName"); w.string(l.partName)
        }
    }

    private mutating func localized(_ text: LocalizedText, _ indent: Int) {
        object(indent) { w, fields in
            w.key(&fields, "en"); w.string(text.en)
            w.key(&fields, "zh"); w.string(text.zh)
        }
    }

    /// Anything else, through `JSONEncoder`, re-indented to sit at `indent`.
    private mutating func encoded(_ value: some Encodable, _ indent: Int) {
        if compact {
            bytes.append(contentsOf: (try? JSONRenderer.compactEncoder.encode(value)) ?? Data("null".utf8))
            return
        }
        let data = (try? JSONRenderer.encoder.encode(value)) ?? Data("null".utf8)
        data.withUnsafeBytes { raw in
            var atLineStart = false
            for byte in raw {
                // JSONEncoder leaves the blank line of an empty container unindented; so must we.
                if atLineStart && byte != 0x0A { bytes.append(contentsOf: repeatElement(0x20, count: indent)) }
                bytes.append(byte)
                atLineStart = byte == 0x0A
            }
        }
    }

    // MARK: - Layout, as JSONEncoder's .prettyPrinted writes it

    /// An object being written: its members' indentation and how many were written so far.
    struct Fields {
        fileprivate let indent: Int
        fileprivate var count = 0
    }

    /// Writes `"key" : ` with the separator and indentation before it.
    private mutating func key(_ fields: inout Fields, _ name: String) {
        // Single appends: an array literal here would be allocated for every key.
        if fields.count > 0 { bytes.append(0x2C) }
        fields.count += 1
        if compact {
            string(name)
            bytes.append(0x3A)
            return
        }
        bytes.append(0x0A)
        indent(fields.indent)
        string(name)
        bytes.append(0x20); bytes.append(0x3A); bytes.append(0x20)
    }

    private mutating func object(_ indent: Int, _ body: (inout ContractJSONWriter, inout Fields) -> Void) {
        bytes.append(0x7B)
        var fields = Fields(indent: indent + 2)
        body(&self, &fields)
        close(empty: fields.count == 0, indent, 0x7D)
    }

    private mutating func array<T>(_ items: [T], _ indent: Int, _ item: (inout ContractJSONWriter, T) -> Void) {
        bytes.append(0x5B)
        for (i, element) in items.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            if !compact {
                bytes.append(0x0A)
                self.indent(indent + 2)
            }
            item(&self, element)
        }
        close(empty: items.isEmpty, indent, 0x5D)
    }

    private mutating func close(empty: Bool, _ indent: Int, _ bracket: UInt8) {
        if compact { bytes.append(bracket); return }
        bytes.append(0x0A)
        if empty { bytes.append(0x0A) }
        self.indent(indent)
        bytes.append(bracket)
    }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// `count` spaces, copied from a row of them (appending a repeated element went byte by byte, and a slice of
    /// the row went through the generic append with a retain per call).
    private mutating func indent(_ count: Int) {
        guard count <= Self.spaces.count else { return bytes.append(contentsOf: repeatElement(0x20, count: count)) }
        Self.spaces.withUnsafeBufferPointer { row in bytes.append(contentsOf: UnsafeBufferPointer(rebasing: row[0..<count])) }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 128)

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            // Most strings need no escaping: copy runs of plain bytes at once.
            var runStart = 0
            var i = 0
            while let special = Self.nextSpecial(in: utf8, from: i) {
                let byte = utf8[special]
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<special]))
                runStart = special + 1
                i = special + 1
                switch byte {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                case 0x08: bytes.append(0x5C); bytes.append(0x62)
                case 0x0C: bytes.append(0x5C); bytes.append(0x66)
                default: bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
    }

    /// The first byte at or after `start` that JSON escapes (a control, `"` or `\\`), eight bytes at a time: the
    /// output is mostly excerpts with nothing to escape, and a byte-by-byte test was a quarter of writing the JSON.
    private static func nextSpecial(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let n = utf8.count
        if let base = utf8.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                // A byte below 0x20, or one equal to 0x22 or 0x5C, sets its high bit in `flags` (the classic
                // "has a zero byte" test, exact as to whether the word holds one); its bytes are then found one by one.
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                let flags = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                if flags & highs != 0 { break }
                i += 8
            }
        }
        // The word that holds one, then the tail shorter than a word.
        while i < n {
            let byte = utf8[i]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return i }
            i += 1
        }
        return nil
    }
}

private extension ExtractedValue {
    /// False when a number in it is infinite or NaN, which JSON cannot hold.
    var isFinite: Bool {
        payload.jsonFields.allSatisfy { field in
            if case .number(let x) = field.value { x.isFinite } else { true }
        }
    }
}
