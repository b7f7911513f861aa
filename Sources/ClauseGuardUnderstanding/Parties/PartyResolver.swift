import ClauseGuardModel
import ClauseGuardText

/// Finds a contract's parties and the side each one is on, from the contract's own words: definitions
/// (甲方(委托方), 委托方(以下简称"甲方"), Acme Inc. (the "Customer")), then recitals (甲方委托乙方…, "Provider shall
/// provide the Services to Customer"), then the counterpart of a two-party contract. What is still unknown gets the
/// documented default: the first party named (甲方, Party A) is the client. `client` (from `--client`) overrides all.
public struct PartyResolver: Sendable {
    /// One finder per language, its regexes compiled once per run, when the run first reads that language (compiling
    /// them per contract cost more than the rest of the analysis).
    let readers: LanguageReaders
    /// Only the opening of a contract defines its parties; recitals sit there too.
    static let preambleBlocks = 60

    init(readers: LanguageReaders) {
        self.readers = readers
    }

    public func resolve(_ texts: [String], language: String, client: String? = nil) -> PartyMap {
        guard let reader = readers.reader(language) else { return PartyMap() }
        let index = reader.index, finder = reader.finder
        let preamble = Array(texts.prefix(Self.preambleBlocks))
        var parties = finder.parties(in: preamble)
        var notes: [String] = []
        var source = PartyMap.Source.contract
        if parties.isEmpty {
            source = .default
            notes.append(language == "zh" ? "未找到合同当事人的定义;按角色用语(委托方、服务方等)判断" : "no party definitions found; roles are read from role words (Customer, Provider …)")
        }

        for i in parties.indices {
            // A definition (甲方(委托方)) outweighs a recital (甲方委托乙方…), which reads a verb and can misread it.
            let votes = Dictionary(grouping: parties[i].evidence, by: \.role).mapValues(Self.weight)
            guard let best = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key == .provider) }) else { continue }
            parties[i].role = best.key
            if votes.count > 1 {
                source = .conflict
                notes.append("\(parties[i].label): the contract's words disagree (weight \(votes.map { "\($0.value) for \($0.key.rawValue)" }.sorted().joined(separator: ", "))); read as \(best.key.rawValue)")
            }
        }
        // Two parties read as the same side, where the words of one also put it on the other side ("Seller", a
        // provider's word in a sales contract, is the merchant the Agency serves in an agency's contract).
        if parties.count == 2, let shared = parties[0].role, parties[1].role == shared, shared == .client || shared == .provider {
            let other: FrameRole = shared == .client ? .provider : .client
            if let moved = Self.sideToMove(parties, shared: shared, other: other) {
                parties[moved].role = other
                notes.append("\(parties[moved].label): both parties read as \(shared.rawValue); read as \(other.rawValue), which the contract's words support best")
            }
        }
        // Two parties, one side known: the other is on the other side.
        if parties.count == 2 {
            for (i, j) in [(0, 1), (1, 0)] where parties[i].role == nil {
                if let known = parties[j].role, known == .client || known == .provider {
                    let role: FrameRole = known == .client ? .provider : .client
                    parties[i].role = role
                    parties[i].evidence.append(RoleEvidence(kind: .counterpart, role: role, text: "\(parties[j].label) = \(known.rawValue)"))
                }
            }
        }
        if parties.contains(where: { $0.role == nil }) {
            // The documented default: the first party is the client, the second the provider. For letters that is
            // their order (甲方, Party A first), even when only 乙方 appears; for defined names, the order named.
            let letters = index.lexicon.letters
            var next: [FrameRole] = [.client, .provider].filter { role in !parties.contains { $0.role == role } }
            for i in parties.indices where parties[i].role == nil {
                guard !next.isEmpty else { break }
                let role: FrameRole
                if let position = letters.firstIndex(of: parties[i].label) {
                    guard position < 2, next.contains([.client, .provider][position]) else { continue }
                    role = [.client, .provider][position]
                    next.removeAll { $0 == role }
                } else {
                    role = next.removeFirst()
                }
                parties[i].role = role
                parties[i].evidence.append(RoleEvidence(kind: .default, role: role, text: "default: first party named = client"))
                if source == .contract { source = .default }
            }
            if source == .default { notes.append(language == "zh" ? "合同未写明哪一方是委托方,按默认:先列明的一方(甲方)为委托方;可用 --client 指定"
                                                                  : "the contract does not say which party is the client; by default the first party named is; use --client to say otherwise") }
        }
        if let client {
            source = .option
            if !parties.contains(where: { $0.label == client || $0.name == client }) {
                parties.append(Party(label: client))
            }
            for i in parties.indices {
                let isClient = parties[i].label == client || parties[i].name == client
                let role: FrameRole = isClient ? .client : .provider
                if parties[i].role != role || isClient {
                    parties[i].role = role
                    parties[i].evidence.append(RoleEvidence(kind: .option, role: role, text: "--client \(client)"))
                }
            }
        }
        return PartyMap(parties: parties, source: source, notes: notes)
    }
}

extension PartyResolver {
    /// How much a party's words weigh for a side: a definition (甲方(委托方)) 3, a recital (甲方委托乙方…) 1, since a recital
    /// reads a verb and can misread it.
    static func weight(_ evidence: [RoleEvidence]) -> Int {
        evidence.reduce(0) { $0 + ($1.kind == .definition ? 3 : 1) }
    }

    /// Which of two parties read as the same side goes to the other side, if the words say: first a recital that puts
    /// the two on opposite sides in one sentence ("the Agency shall provide the services to the Seller") when no other
    /// recital contradicts it; else the way more of their words (definitions weigh 3, recitals 1) agree with.
    static func sideToMove(_ parties: [Party], shared: FrameRole, other: FrameRole) -> Int? {
        func recitalRoles(_ party: Party) -> Set<FrameRole> { Set(party.evidence.filter { $0.kind == .recital }.map(\.role)) }
        if recitalRoles(parties[0]).count == 1, recitalRoles(parties[1]).count == 1,
           let first = parties[0].evidence.first(where: { e in
               e.kind == .recital && parties[1].evidence.contains { $0.kind == .recital && $0.text == e.text && $0.role != e.role }
           }) {
            return first.role == other ? 0 : 1
        }
        func weight(of party: Party, for role: FrameRole) -> Int { Self.weight(party.evidence.filter { $0.role == role }) }
        guard max(weight(of: parties[0], for: other), weight(of: parties[1], for: other)) > 0 else { return nil }
        let firstMoves = weight(of: parties[0], for: other) + weight(of: parties[1], for: shared)
        let secondMoves = weight(of: parties[1], for: other) + weight(of: parties[0], for: shared)
        return firstMoves == secondMoves ? nil : firstMoves > secondMoves ? 0 : 1
    }
}

/// Reads the parties of one language's contracts from the preamble's normalised text.
protocol PartyFinder: Sendable {
    func parties(in texts: [String]) -> [Party]
}

extension PartyFinder {
    /// Adds `evidence` to the party labelled `label` (created if new), keeping the first name seen.
    func record(_ parties: inout [Party], _ label: String, name: String? = nil, _ evidence: RoleEvidence?) {
        let index: Int
        if let i = parties.firstIndex(where: { $0.label == label }) { index = i } else { parties.append(Party(label: label)); index = parties.count - 1 }
        if parties[index].name == nil, let name, !name.isEmpty { parties[index].name = name }
        if let evidence, !parties[index].evidence.contains(evidence) { parties[index].evidence.append(evidence) }
    }
}
