import ClauseGuardText

/// 甲方(委托方)：某公司 / 委托方(以下简称"甲方")：某公司 / 甲方：某公司(服务方) / 甲方委托乙方… / 乙方为甲方提供…
struct ChinesePartyFinder: PartyFinder {
    let index: LexiconIndex
    /// Each pattern with the kind of evidence it gives: a bracket beside the letter defines the party; a sentence
    /// that says what a party is (甲方为京东自营供应商) weighs as a recital, since it may speak of a third party's trade.
    private let definitions: [(PCRERegex, RoleEvidence.Kind)]
    private let nameLine: PCRERegex?
    private let hires: PCRERegex?
    private let serves: PCRERegex?
    /// (以下简称“云帆”或“服务方”): one or two defined words in brackets; see `shortNames`.
    private let shortName: PCRERegex?
    /// 委托方：杭州某某有限公司…: a line that opens with a role word and a colon.
    private let roleLine: PCRERegex?
    private let roleOf: [String: FrameRole]

    init(index: LexiconIndex) {
        self.index = index
        let lexicon = index.lexicon
        let letters = RegexWords.alternation(lexicon.letters)
        var roleOf: [String: FrameRole] = [:]
        for (role, words) in lexicon.roleWords { for word in words { roleOf[word] = role } }
        self.roleOf = roleOf
        let roles = RegexWords.alternation(Array(roleOf.keys))
        // The words that define a name in brackets: (以下简称"甲方"), (下称“云帆”).
        let defines = "(?:以下简称|以下称为|以下称|下称|简称)"
        let alias = "\(defines)?\\s*[“\"「『']?\\s*"
        let patterns: [(String, RoleEvidence.Kind)] = [
            // 甲方(委托方)
            ("(?<letter>\(letters))\\s*\\(\\s*(?<role>\(roles))\\s*\\)", .definition),
            // 委托方(甲方) / 委托方(以下简称"甲方")
            ("(?<role>\(roles))\\s*\\(\\s*\(alias)(?<letter>\(letters))", .definition),
            // 委托方：某公司(以下简称"甲方")
            ("(?<role>\(roles))\\s*:[^。\\n]{0,60}?\\(\\s*\(alias)(?<letter>\(letters))", .definition),
            // 甲方：某公司(服务方)
            ("(?<letter>\(letters))\\s*:[^。\\n(]{1,60}\\(\\s*(?<role>\(roles))\\s*\\)", .definition),
            // 乙方作为代运营服务商 / 乙方作为甲方账号的代运营方 / 甲方系店铺所有人 (not 乙方为甲方指定商户录制: 为 before the
            // other letter is "for" it)
            ("(?<letter>\(letters))(?:(?:作为|系|是)(?:\(letters))?|为(?!\(letters)))[^，。,;；:]{0,10}?(?<role>\(roles))", .recital),
            // 甲方(以下简称"委托方")
            ("(?<letter>\(letters))\\s*\\(\\s*\(defines)\\s*[“\"「『']?\\s*(?<role>\(roles))", .definition),
        ]
        definitions = patterns.compactMap { pattern, kind in RegexWords.compile(pattern).map { ($0, kind) } }
        func quoted(_ group: String) -> String { "\\s*[“\"「『']?(?<\(group)>[^“”\"「」『』'()、,，。;；:或]{1,12}?)[”\"」』']?\\s*" }
        // （委托方，店铺所有人，下称“锦程”）: role words may come first in the bracket.
        shortName = RegexWords.compile("\\(\\s*(?<pre>[^()“”\"]{0,24}?[,、]\\s*)?\(defines)\(quoted("a"))(?:(?:或者|或|、|/)\(quoted("b")))?\\)")
        // 委托方：某公司 (the name is read only where a contract has no letters).
        roleLine = RegexWords.compile("^(?<role>\(roles))\\s*(?:\\([^)]{0,12}\\))?\\s*:\\s*(?<name>[^\\s(:,，。;；]{2,40})?")
        // 甲方（委托方，以下简称“Brand”）：某公司: the bracket may define an English short name.
        nameLine = RegexWords.compile("^(?:\(roles))?\\s*\\(?\\s*(?<letter>\(letters))\\s*(?:\\([^)]{0,24}\\))?\\s*[:]\\s*(?<name>[^\\s(:,，。;；]{2,40})")
        let hireVerbs = RegexWords.alternation(lexicon.clientHires)
        hires = hireVerbs.isEmpty ? nil : RegexWords.compile("(?<a>\(letters))[^。，,;；:]{0,6}?(?:\(hireVerbs))[^。，,;；:]{0,3}?(?<b>\(letters))")
        let serveVerbs = RegexWords.alternation(lexicon.providerServes)
        // "乙方为甲方提供…代运营服务": providing a service, not materials (甲方应向乙方提供店铺账号 says nothing of roles, nor
        // does 甲方应向乙方提供必要的资料和协助以达到…推广目的: what is provided is named before the service it serves).
        let materials = "(?:资料|材料|协助|配合|账号|信息|文件)"
        serves = serveVerbs.isEmpty ? nil : RegexWords.compile("(?<a>\(letters))[^。，,;；:]{0,6}?(?:为|向)(?<b>\(letters))[^。;；]{0,30}?(?:\(serveVerbs))(?:(?!\(materials))[^。;；]){0,20}?(?:服务|运营|托管|推广)")
    }

    static let recitalBlocks = 30

    /// A short name the contract defines for a party, with the letter or role word that says whose it is.
    private struct ShortName {
        var name: String
        var letter: String?
        var role: FrameRole?
        var evidence: RoleEvidence?
    }

    func parties(in texts: [String]) -> [Party] {
        var parties: [Party] = []
        var shortNames: [ShortName] = []
        for (i, text) in texts.enumerated() {
            guard text.utf8.count < 2_000 else { continue }
            var lineLetter: String?
            if let nameLine, let m = try? nameLine.firstMatch(in: text), let letter = group(m, "letter", text) {
                record(&parties, letter, name: group(m, "name", text), nil)
                lineLetter = letter
            }
            if text.has("称") { shortNames += self.shortNames(in: text, block: i, lineLetter: lineLetter) }
            for (regex, kind) in definitions {
                guard let matches = try? regex.allMatches(in: text) else { continue }
                for m in matches {
                    guard let letter = group(m, "letter", text), let word = group(m, "role", text), let role = roleOf[word] else { continue }
                    record(&parties, letter, RoleEvidence(kind: kind, role: role, text: text.utf8Slice(m.range), blockIndex: i))
                }
            }
            // Recitals sit in the opening; later "甲方委托乙方代为…" clauses are about tasks, not who is who.
            if i < Self.recitalBlocks {
                for (regex, firstRole) in recitalPatterns {
                    recordRecital(regex, firstRole, in: text, quote: nil, block: i, &parties)
                }
            }
        }
        attach(shortNames, to: &parties)
        shortNameRecitals(texts, &parties)
        // 委托方：杭州某某商贸有限公司 / 受托人：李四 in a contract with no letters: the role word is the party's label.
        if parties.isEmpty, let roleLine {
            for (i, text) in texts.enumerated() where text.utf8.count < 2_000 {
                guard let m = try? roleLine.firstMatch(in: text), let word = group(m, "role", text), let role = roleOf[word],
                      let name = group(m, "name", text), !parties.contains(where: { $0.label == word || $0.role == role }) else { continue }
                let definition = text.utf8Slice(m.range.lowerBound..<(m.range(named: "name")?.lowerBound ?? m.range.upperBound)).trimmingCharacters(in: .whitespaces)
                record(&parties, word, name: name, RoleEvidence(kind: .definition, role: role, text: definition, blockIndex: i))
            }
        }
        // A text that uses its letters without defining them (a partial copy, a template) still has those parties.
        for letter in index.lexicon.letters where !parties.contains(where: { $0.label == letter }) {
            // Bytes first: the texts are NFKC, so the letter's bytes are in any text that holds it, and most texts
            // hold none (Foundation's search of every one cost more than the rest of finding the parties).
            if texts.contains(where: { $0.has(letter) && $0.contains(letter) }) { record(&parties, letter, nil) }
        }
        // Parties in the order of their letters (甲, 乙, 丙), as the contract lists them.
        let order = index.lexicon.letters
        return parties.sorted { (order.firstIndex(of: $0.label) ?? 99) < (order.firstIndex(of: $1.label) ?? 99) }
    }

    /// 甲方（委托方）：杭州星禾有限公司（以下简称“星禾”） / 杭州云帆电子商务有限公司（以下简称“云帆”或“服务方”）: the
    /// bracket's words that are not a letter are the party's short names (a role word only when a letter says whose it
    /// is); the bracket's letter or role word (else the line's letter, else the role word opening the line) says whose.
    private func shortNames(in text: String, block: Int, lineLetter: String?) -> [ShortName] {
        guard let shortName, let matches = try? shortName.allMatches(in: text) else { return [] }
        let letters = index.lexicon.letters
        var out: [ShortName] = []
        for m in matches {
            let words = ["a", "b"].compactMap { group(m, $0, text) }
            let glosses = (group(m, "pre", text) ?? "").split(whereSeparator: { $0 == "," || $0 == "、" }).map { String($0).filter { $0 != " " } }
            let letter = words.first { letters.contains($0) } ?? glosses.first { letters.contains($0) } ?? lineLetter
            var role = words.lazy.compactMap { roleOf[$0] }.first ?? glosses.lazy.compactMap { roleOf[$0] }.first
            if role == nil, letter == nil, let roleLine, let r = try? roleLine.firstMatch(in: text), let word = group(r, "role", text) {
                role = roleOf[word]
            }
            let quote = text.utf8Slice(m.range)
            let evidence = role.map { RoleEvidence(kind: .definition, role: $0, text: quote, blockIndex: block) }
            // A role word the bracket gives a letter (甲方（委托方，以下简称“客户”）) is this contract's name for that party; so is
            // an English name a cross-border contract defines (以下简称“Brand”).
            for word in words where !letters.contains(word) && (roleOf[word] == nil || letter != nil) && Self.isName(word) {
                out.append(ShortName(name: word, letter: letter, role: role, evidence: evidence))
            }
        }
        return out
    }

    /// Han characters, or an English word of two letters or more ("Brand", "ABC"), not a number or a list mark.
    private static func isName(_ word: String) -> Bool {
        if word.unicodeScalars.contains(where: CJK.isIdeograph) { return true }
        return word.count >= 2 && word.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == " ") }
            && word.unicodeScalars.first?.properties.isAlphabetic == true
    }

    /// Each short name joins its party: the letter it was defined with, else the party defined on its role; a short
    /// name with a role and no such party is a party of its own (a contract that names its parties only by 委托方 /
    /// 受托方 and their short names).
    private func attach(_ shortNames: [ShortName], to parties: inout [Party]) {
        for short in shortNames where !parties.contains(where: { $0.label == short.name }) {
            let target = short.letter.flatMap { letter in parties.firstIndex { $0.label == letter } }
                ?? short.role.flatMap { role in parties.firstIndex { $0.evidence.contains { $0.kind == .definition && $0.role == role } } }
            if let target {
                if parties[target].aliases?.contains(short.name) != true { parties[target].aliases = (parties[target].aliases ?? []) + [short.name] }
                if let evidence = short.evidence, !parties[target].evidence.contains(evidence) { parties[target].evidence.append(evidence) }
            } else if let evidence = short.evidence {
                record(&parties, short.name, evidence)
            }
        }
    }

    /// 栎山公司拟委托青屿公司对…提供代运营服务: a recital that names the parties by the short names the header defined
    /// is read as if it said their letters (only where a recital with the letters themselves says nothing).
    private func shortNameRecitals(_ texts: [String], _ parties: inout [Party]) {
        let names = parties.flatMap { party in (party.aliases ?? []).filter { $0.unicodeScalars.contains(where: CJK.isIdeograph) }.map { ($0, party.label) } }
            .sorted { $0.0.count > $1.0.count }
        guard !names.isEmpty, index.lexicon.letters.contains(where: { letter in parties.contains { $0.label == letter } }) else { return }
        for (i, text) in texts.enumerated().prefix(Self.recitalBlocks) where text.utf8.count < 2_000 {
            guard names.contains(where: { text.has($0.0) }) else { continue }
            let lettered = names.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
            for (regex, firstRole) in recitalPatterns where (try? regex?.firstMatch(in: text)) ?? nil == nil {
                recordRecital(regex, firstRole, in: lettered, quote: text, block: i, &parties)
            }
        }
    }

    /// Who hires (甲方委托乙方…) and who serves (乙方为甲方提供…服务): the side each recital gives the letter it names first.
    private var recitalPatterns: [(PCRERegex?, FrameRole)] { [(hires, .client), (serves, .provider)] }

    /// The two letters a recital names, each with its side; `quote` is the evidence (else the match itself).
    private func recordRecital(_ regex: PCRERegex?, _ firstRole: FrameRole, in text: String, quote: String?, block: Int,
                               _ parties: inout [Party]) {
        guard let regex, let matches = try? regex.allMatches(in: text) else { return }
        for m in matches {
            guard let a = group(m, "a", text), let b = group(m, "b", text), a != b else { continue }
            let evidence = quote ?? text.utf8Slice(m.range)
            let secondRole: FrameRole = firstRole == .client ? .provider : .client
            record(&parties, a, RoleEvidence(kind: .recital, role: firstRole, text: evidence, blockIndex: block))
            record(&parties, b, RoleEvidence(kind: .recital, role: secondRole, text: evidence, blockIndex: block))
        }
    }

    private func group(_ m: RegexMatch, _ name: String, _ text: String) -> String? {
        m.range(named: name).map { text.utf8Slice($0) }
    }
}
