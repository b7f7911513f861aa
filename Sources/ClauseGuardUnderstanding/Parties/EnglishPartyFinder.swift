import Foundation
import ClauseGuardText

/// `Acme Inc. ("Acme")`, `(the "Customer")`, `hereinafter referred to as "Provider"`, `Party A: …`, then recitals:
/// "Provider shall provide the Services to Customer", "Customer engages Consultant".
struct EnglishPartyFinder: PartyFinder {
    let index: LexiconIndex
    private let definition: PCRERegex?
    private let hereinafter: PCRERegex?
    private let letterLine: PCRERegex?
    private let roleOf: [String: FrameRole]

    private static let with = Array(" with".utf8)

    /// How many opening blocks hold the recitals.
    private static let recitalBlocks = 40
    /// The words that close the recitals and open the articles.
    private static let operativeOpeners = ["agree as follows", "agreed as follows", "agree the following", "agree to the following",
                                           "hereby agree that", "now, therefore", "now therefore"]

    /// Defined terms that are not parties.
    private static let notParties: Set<String> = [
        "agreement", "effective date", "services", "service", "products", "product", "territory", "term", "parties", "party",
        "software", "confidential information", "fees", "work", "deliverables", "exhibit", "schedule", "licensed products",
        "commencement date", "initial term", "renewal term", "marks", "trademarks", "affiliate", "affiliates", "sow",
        "statement of work", "purchase order", "specifications", "documentation", "content", "materials", "program",
    ]
    private static let registrationNumber = RegexWords.compile(" \\([A-Z][A-Za-z.]{0,11} ?[0-9][0-9 ]{2,20}\\)")
    private static let companyMarker = RegexWords.compile(
        "\\b(?:inc|incorporated|corp|corporation|llc|l\\.l\\.c|ltd|limited|company|co|gmbh|s\\.a|plc|lp|l\\.p|llp|n\\.v|ag|b\\.v|pte|pty|s\\.r\\.l)\\b\\.?",
        caseless: true)

    init(index: LexiconIndex) {
        self.index = index
        var roleOf: [String: FrameRole] = [:]
        for (role, words) in index.lexicon.roleWords { for word in words { roleOf[word.lowercased()] = role } }
        self.roleOf = roleOf
        let quoteOpen = "[\"“]", quoteClose = "[\"”]"
        let label = "(?<label>[A-Z][A-Za-z0-9.&'’ -]{0,40}?)"
        // ("Party A" or the "Agency"): a second name for the same party, which may be the one that says its side.
        let alias = "(?:\\s+or\\s+(?:the\\s+)?\(quoteOpen)(?<alias>[A-Z][A-Za-z0-9.&'’ -]{0,40}?)\(quoteClose))?"
        definition = RegexWords.compile(
            "(?<name>[A-Z](?:[A-Za-z0-9.,&'’/ -]|\\([A-Z][A-Za-z.]{0,11}(?: ?[0-9][0-9 ]{2,20})?\\)){1,240}?)\\s*,?\\s*\\(\\s*(?:(?:hereinafter|herein|together with its affiliates)\\s+)?(?:(?:referred\\s+to\\s+as|called|collectively)\\s+)?(?:the\\s+)?\(quoteOpen)(?:[Tt]he\\s+)?\(label)\(quoteClose)\(alias)")
        hereinafter = RegexWords.compile(
            "(?<name>[A-Z][A-Za-z0-9.,&'’ -]{1,100}?)\\s*,\\s*(?:hereinafter|herein)\\s+(?:referred\\s+to\\s+as\\s+|called\\s+)?(?:the\\s+)?\(quoteOpen)\(label)\(quoteClose)")
        // "Party A: …", "Provider: Northwind Ltd.", "Client: Lotus Valley Foods Limited", "Party A (Service Provider): …".
        let roleWords = RegexWords.alternation(Array(roleOf.keys))
        letterLine = RegexWords.compile(
            "^\\s*(?<label>Party [A-D]|(?:\(roleWords))(?: Party)?)(?:\\s*\\((?<note>[^)]{1,40})\\))?\\s*:\\s*(?<name>[A-Z][^,;\\n]{1,80})", caseless: true)
    }

    func parties(in texts: [String]) -> [Party] {
        var parties: [Party] = []
        for (i, text) in texts.enumerated() where parties.count < 4 {
            guard text.utf8.count < 4_000 else { continue }
            // "Provider: Meridian Storefront Services Ltd, … ("Meridian")": the short name defined on the line is the same party.
            var lineParty: (name: String?, evidence: RoleEvidence?)?
            if let letterLine, let m = try? letterLine.firstMatch(in: text), let label = group(m, "label", text) {
                // The side in brackets after the letter says whose it is ("Party A (Service Provider)").
                let evidence = roleEvidence(label, group(m, "note", text), text, i)
                record(&parties, label, name: group(m, "name", text), evidence)
                lineParty = (group(m, "name", text).map(cleanName), evidence)
            }
            for regex in [definition, hereinafter].compactMap({ $0 }) {
                guard let matches = try? regex.allMatches(in: text) else { continue }
                for m in matches {
                    guard let label = group(m, "label", text) else { continue }
                    var name = cleanName(wholeName(m, in: text))
                    let lower = label.lowercased()
                    guard !Self.notParties.contains(lower), !lower.hasPrefix("the ") || roleOf[String(lower.dropFirst(4))] != nil else { continue }
                    // "as of March 3, 2025 (the "SOW Effective Date")", "dated September 16, 2023 (the "MSA")": a date
                    // defined, not a party.
                    guard !lower.hasSuffix(" date"), DateParser.parse(name) == nil else { continue }
                    let alias = group(m, "alias", text).flatMap { Self.notParties.contains($0.lowercased()) || $0 == label ? nil : $0 }
                    let isCompany = Self.companyMarker.map { (try? $0.firstMatch(in: name)) != nil } ?? false
                    // ("Northvane" or the "Agency"): a short name whose second name is a role word defines a party too.
                    let isRoleWord = roleOf[lower] != nil || lower.hasPrefix("party ") || alias.map { roleOf[$0.lowercased()] != nil } == true
                    if let lineParty, !isRoleWord {
                        record(&parties, label, name: lineParty.name ?? name, roleEvidence(label, name, text.utf8Slice(m.range), i) ?? lineParty.evidence)
                        continue
                    }
                    // A defined term far into the contract ("between ten and twenty days … (the "Cancellation Charges")") is none.
                    guard isCompany || isRoleWord || i < 15 && text.lowercased().has("between") else { continue }
                    if name.isEmpty { name = label }
                    let quote = text.utf8Slice(m.range)
                    record(&parties, label, name: name, roleEvidence(label, name, quote, i) ?? alias.flatMap { roleEvidence($0, nil, quote, i) })
                    if let alias, let k = parties.firstIndex(where: { $0.label == label }), parties[k].aliases?.contains(alias) != true {
                        parties[k].aliases = (parties[k].aliases ?? []) + [alias]
                    }
                }
            }
        }
        guard !parties.isEmpty else { return parties }
        recitals(texts, &parties)
        return parties
    }

    /// The role a party's own label or name says: "Customer", "XYZ Services Provider Inc." → provider.
    private func roleEvidence(_ label: String, _ name: String?, _ quote: String, _ block: Int) -> RoleEvidence? {
        for candidate in [label, name ?? ""] {
            for hit in index.hits(in: Array(candidate.utf8)) {
                for case .role(let role) in hit.categories {
                    return RoleEvidence(kind: .definition, role: role, text: quote, blockIndex: block)
                }
            }
        }
        return nil
    }

    /// "X shall provide … to Y" (X provider), "X engages Y" (X client), read in the preamble's sentences.
    private func recitals(_ texts: [String], _ parties: inout [Party]) {
        // A party is named by its label or a second defined name ("Party B" or the "Principal").
        let names = parties.flatMap { party in [(party.label, party.label)] + (party.aliases ?? []).map { ($0, party.label) } }
        // Recitals open the contract; "Customer shall provide access to …" deep in it is a duty, not who serves whom. In
        // the articles that follow "the parties agree as follows" only a verb with both parties counts ("Provider shall
        // provide the Services to Customer"): "Brand shall provide approval" is a duty.
        let operative = texts.prefix(Self.recitalBlocks).firstIndex { text in
            let lower = text.lowercased()
            return Self.operativeOpeners.contains { lower.has($0) }
        }
        for (i, text) in texts.enumerated().prefix(Self.recitalBlocks) {
            let bytes = Array(text.utf8)
            let mentions = mentionsOf(names, in: bytes)
            guard mentions.count >= 1 else { continue }
            for hit in index.hits(in: bytes) {
                let serves = hit.categories.contains(.providerServes), hires = hit.categories.contains(.clientHires)
                guard serves || hires else { continue }
                // The subject: the nearest party named before the verb, at most ~12 words back.
                guard let subject = mentions.last(where: { $0.end <= hit.start && hit.start - $0.end <= 60 }) else { continue }
                let object = mentions.first { $0.start >= hit.end && $0.start - hit.end <= (serves ? 120 : 30) && $0.label != subject.label }
                if object == nil, let operative, i > operative { continue }
                // "Customer shall provide Meridian with access": supplying the provider, not serving it.
                if serves, let object, object.start - hit.end <= 2, bytes[object.end...].starts(with: Self.with) { continue }
                let quote = String(decoding: bytes[subject.start..<(object?.end ?? hit.end)], as: UTF8.self)
                let subjectRole: FrameRole = serves ? .provider : .client
                record(&parties, subject.label, RoleEvidence(kind: .recital, role: subjectRole, text: quote, blockIndex: i))
                if let object {
                    record(&parties, object.label, RoleEvidence(kind: .recital, role: subjectRole == .client ? .provider : .client, text: quote, blockIndex: i))
                }
            }
        }
    }

    /// Where each (name, label) is named, as its party's label.
    private func mentionsOf(_ names: [(name: String, label: String)], in bytes: [UInt8]) -> [(label: String, start: Int, end: Int)] {
        names.flatMap { pair in WholeWords.occurrences(of: Array(pair.name.utf8), in: bytes).map { (pair.label, $0.lowerBound, $0.upperBound) } }
            .sorted { $0.start < $1.start }
    }

    /// The name a definition quotes, from its first word: a party described at length ("KESARWANI HANDLOOM EXPORTS LLP, a
    /// limited liability partnership … having its principal place of business at …") starts further back than the
    /// pattern looks, so a name cut inside a word runs back to the bracket or semicolon that closed what came before.
    private func wholeName(_ m: RegexMatch, in text: String) -> String {
        guard let range = m.range(named: "name") else { return "" }
        var text = text
        let start = text.withUTF8 { bytes -> Int in
            guard range.lowerBound > 0, WholeWords.isWordByte(bytes[range.lowerBound - 1]) else { return range.lowerBound }
            return bytes[..<range.lowerBound].lastIndex { $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ";") }.map { $0 + 1 } ?? 0
        }
        return text.utf8Slice(start..<range.upperBound)
    }

    /// "This Agreement is made between Acme Inc." → "Acme Inc."; "BrightCart Ltd., a company incorporated in England …
    /// whose registered office is at …" → "BrightCart Ltd.".
    private func cleanName(_ raw: String) -> String {
        var name = raw.trimmingCharacters(in: .whitespaces)
        // "Southerly Commerce Pty Ltd (ACN 623 118 907) of Level 6, …": the name ends where its registration number starts.
        if let m = try? Self.registrationNumber?.firstMatch(in: name) { name = name.utf8Slice(0..<m.range.lowerBound) }
        // The description first: "England and Wales" inside it is no "and" before a name.
        for description in [", a ", ", an ", ", whose ", ", with its ", ", having ", ", incorporated ", ", organized ", ", organised ",
                            ", located ", ", registered ", ", registration ", ", reg. ", ", company number ", ", company no", ", of "] {
            if let r = name.range(of: description, options: .caseInsensitive) { name = String(name[..<r.lowerBound]) }
        }
        for prefix in ["by and between ", "by and among ", "between ", "among ", "and ", "by "] {
            if let r = name.range(of: prefix, options: [.caseInsensitive, .backwards]) { name = String(name[r.upperBound...]) }
        }
        return Self.trailingProperName(name.trimmingCharacters(in: CharacterSet(charactersIn: " ,")))
    }

    /// Words that join the capitalised words of a company's name ("Bank of America", "Smith & Sons").
    private static let nameConnectors: Set<String> = ["&", "and", "of", "the", "de", "for", "und", "et"]

    /// The name that ends a run of prose, which a definition met inside a sentence quotes from its first capital ("…
    /// it shall pay to Cartwheel Digital Pvt. Ltd. (\"Cartwheel\")" → "Cartwheel Digital Pvt. Ltd."): the last words
    /// that start with a capital or a digit, or join such words.
    static func trailingProperName(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        var start = words.count
        while start > 0 {
            let word = words[start - 1]
            // "(PTY)", "(Pvt.)": a bracketed part of the name.
            let bracketed = word.first == "(" && word.dropFirst().first?.isUppercase == true
            guard let first = word.first, first.isUppercase || first.isNumber || bracketed || nameConnectors.contains(word.lowercased()) else { break }
            start -= 1
        }
        // Connectors cannot open a name ("and Northwind Ltd." is "Northwind Ltd.").
        while start < words.count, nameConnectors.contains(words[start].lowercased()) { start += 1 }
        guard start < words.count else { return text }
        return words[start...].joined(separator: " ")
    }

    private func group(_ m: RegexMatch, _ name: String, _ text: String) -> String? {
        m.range(named: name).map { text.utf8Slice($0) }
    }
}
