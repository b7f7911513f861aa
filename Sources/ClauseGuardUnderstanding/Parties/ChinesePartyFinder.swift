import ClauseGuardText

/// 甲方(委托方)：某公司 / 委托方(以下简称"甲方")：某公司 / 甲方：某公司(服务方) / 甲方委托乙方… / 乙方为甲方提供…
struct ChinesePartyFinder: PartyFinder {
    let index: LexiconIndex
    private let definitions: [PCRERegex]
    private let nameLine: PCRERegex?
    private let hires: PCRERegex?
    private let serves: PCRERegex?
    private let roleOf: [String: FrameRole]

    init(index: LexiconIndex) {
        self.index = index
        let lexicon = index.lexicon
        let letters = RegexWords.alternation(lexicon.letters)
        var roleOf: [String: FrameRole] = [:]
        for (role, words) in lexicon.roleWords { for word in words { roleOf[word] = role } }
        self.roleOf = roleOf
        let roles = RegexWords.alternation(Array(roleOf.keys))
        let alias = "(?:以下简称|以下称为|以下称|下称|简称)?\\s*[“\"「『']?\\s*"
        definitions = [
            // 甲方(委托方)
            "(?<letter>\(letters))\\s*\\(\\s*(?<role>\(roles))\\s*\\)",
            // 委托方(甲方) / 委托方(以下简称"甲方")
            "(?<role>\(roles))\\s*\\(\\s*\(alias)(?<letter>\(letters))",
            // 委托方：某公司(以下简称"甲方")
            "(?<role>\(roles))\\s*:[^。\\n]{0,60}?\\(\\s*\(alias)(?<letter>\(letters))",
            // 甲方：某公司(服务方)
            "(?<letter>\(letters))\\s*:[^。\\n(]{1,60}\\(\\s*(?<role>\(roles))\\s*\\)",
            // 乙方作为代运营服务商 / 乙方作为甲方账号的代运营方 / 甲方系店铺所有人
            "(?<letter>\(letters))(?:作为|系|是|为)(?:\(letters))?[^，。,;；:]{0,10}?(?<role>\(roles))",
            // 甲方(以下简称"委托方")
            "(?<letter>\(letters))\\s*\\(\\s*(?:以下简称|以下称为|以下称|下称|简称)\\s*[“\"「『']?\\s*(?<role>\(roles))",
        ].compactMap { RegexWords.compile($0) }
        nameLine = RegexWords.compile("^(?:\(roles))?\\s*\\(?\\s*(?<letter>\(letters))\\s*(?:\\([^)]{0,12}\\))?\\s*[:]\\s*(?<name>[^\\s(:,，。;；]{2,40})")
        let hireVerbs = RegexWords.alternation(lexicon.clientHires)
        hires = hireVerbs.isEmpty ? nil : RegexWords.compile("(?<a>\(letters))[^。，,;；:]{0,6}?(?:\(hireVerbs))[^。，,;；:]{0,3}?(?<b>\(letters))")
        let serveVerbs = RegexWords.alternation(lexicon.providerServes)
        // "乙方为甲方提供…代运营服务": providing a service, not materials (甲方应向乙方提供店铺账号 says nothing of roles).
        serves = serveVerbs.isEmpty ? nil : RegexWords.compile("(?<a>\(letters))[^。，,;；:]{0,6}?(?:为|向)(?<b>\(letters))[^。;；]{0,30}?(?:\(serveVerbs))[^。;；]{0,20}?(?:服务|运营|托管|推广)")
    }

    static let recitalBlocks = 30

    func parties(in texts: [String]) -> [Party] {
        var parties: [Party] = []
        for (i, text) in texts.enumerated() {
            guard text.utf8.count < 2_000 else { continue }
            if let nameLine, let m = try? nameLine.firstMatch(in: text), let letter = group(m, "letter", text) {
                record(&parties, letter, name: group(m, "name", text), nil)
            }
            for regex in definitions {
                guard let matches = try? regex.allMatches(in: text) else { continue }
                for m in matches {
                    guard let letter = group(m, "letter", text), let word = group(m, "role", text), let role = roleOf[word] else { continue }
                    record(&parties, letter, RoleEvidence(kind: .definition, role: role, text: text.utf8Slice(m.range), blockIndex: i))
                }
            }
            // Recitals sit in the opening; later "甲方委托乙方代为…" clauses are about tasks, not who is who.
            for (regex, firstRole) in [(hires, FrameRole.client), (serves, FrameRole.provider)] where i < Self.recitalBlocks {
                guard let regex, let matches = try? regex.allMatches(in: text) else { continue }
                for m in matches {
                    guard let a = group(m, "a", text), let b = group(m, "b", text), a != b else { continue }
                    let quote = text.utf8Slice(m.range)
                    let secondRole: FrameRole = firstRole == .client ? .provider : .client
                    record(&parties, a, RoleEvidence(kind: .recital, role: firstRole, text: quote, blockIndex: i))
                    record(&parties, b, RoleEvidence(kind: .recital, role: secondRole, text: quote, blockIndex: i))
                }
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

    private func group(_ m: RegexMatch, _ name: String, _ text: String) -> String? {
        m.range(named: name).map { text.utf8Slice($0) }
    }
}
