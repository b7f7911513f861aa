import ClauseGuardModel
import ClauseGuardText

/// What ClauseGuard understood of one contract: who is who, what each sentence lets whom do, and the key terms.
public struct ContractUnderstanding: Sendable, Codable {
    /// `zh` or `en`: the lexicon the contract was read with.
    public var language: String
    public var parties: PartyMap
    public var frames: [ClauseFrame]
    public var keyTerms: [KeyTerm]

    public init(language: String, parties: PartyMap = PartyMap(), frames: [ClauseFrame] = [], keyTerms: [KeyTerm] = []) {
        self.language = language; self.parties = parties; self.frames = frames; self.keyTerms = keyTerms
    }
}

/// Reads contracts with the lexicons: parties and roles, clause frames, key terms. Built once per run and shared
/// read-only by all workers.
public struct Understander: Sendable {
    /// Each language's automata and regexes, built when the run first reads that language.
    let readers: LanguageReaders
    let resolver: PartyResolver
    let documentFrames: DocumentFrames
    let keyTermBuilder: KeyTermBuilder
    /// English words in Chinese sentences read as Chinese ("甲方不得 terminate 本协议"): the Chinese lexicon's loanwords.
    private let loanwords: Loanwords

    public init(lexicons: Lexicons) {
        loanwords = Loanwords(lexicons["zh"]?.loanwords ?? [:])
        readers = LanguageReaders(lexicons)
        resolver = PartyResolver(readers: readers)
        documentFrames = DocumentFrames(readers: readers)
        keyTermBuilder = KeyTermBuilder(cues: KeyTermCues(lexicons.byLanguage.keys.sorted().compactMap { lexicons[$0] }))
    }

    public var isEmpty: Bool { readers.isEmpty }

    /// How many languages' readers this understander has built so far (they are built on first use).
    var builtLanguages: Int { readers.builtCount }

    /// `normalized` may be passed when the caller already normalised the blocks (the analyzer does, with Traditional
    /// Chinese simplified).
    /// `client`: the label or name of the party the user says is the client (`--client 乙方`).
    /// `sentences`: the sentences of `normalized`, when the caller splits them too (the analyzer's rule units do).
    public func understand(_ document: ContractDocument, normalized: [NormalizedText]? = nil, client: String? = nil,
                           sentences: SentenceSplits? = nil) -> ContractUnderstanding {
        // Traditional Chinese is read as Simplified, as the analyzer passes it.
        let normalized = normalized ?? readable(document)
        let contract = document.blocks.indices.filter { document.blocks[$0].part == .body || document.blocks[$0].part == .tableCell }
        let opening = contract.prefix(PartyResolver.preambleBlocks).map { normalized[$0].text }
        let language = Self.language(opening)
        guard !readers.isEmpty else { return ContractUnderstanding(language: language) }
        let parties = resolver.resolve(opening, language: readers.has(language) ? language : readers.languages[0], client: client)
        let sentences = sentences ?? SentenceSplits(normalized.map(\.text))
        let frames = documentFrames.frames(document, normalized: normalized, parties: parties, sentences: sentences)
        let keyTerms = keyTermBuilder.keyTerms(frames, document, normalized: normalized, sentences: sentences)
        return ContractUnderstanding(language: language, parties: parties, frames: frames, keyTerms: keyTerms)
    }

    /// The blocks as the rules and frames read them: Traditional Chinese as Simplified, English loanwords in Chinese
    /// sentences as Chinese, a freelancer's "I" as "we". `unavailable`: the texts looked Traditional but OpenCC could not
    /// be used; `converted`: they were converted from Traditional.
    public func readable(_ blocks: [NormalizedText]) -> (texts: [NormalizedText], unavailable: Bool, converted: Bool) {
        let simplified = TraditionalChinese.simplified(blocks)
        let texts = simplified.texts.map { FirstPersonSingular.applied(to: loanwords.applied(to: $0)) }
        return (texts, simplified.unavailable, simplified.converted)
    }

    private func readable(_ document: ContractDocument) -> [NormalizedText] {
        readable(document.blocks.map { NormalizedText($0.text) }).texts
    }

    /// zh when Han characters outnumber a tenth of the letters, else en. (An ASCII letter is A–Z or a–z, read from its
    /// value rather than its Unicode properties.)
    static func language(_ texts: [String]) -> String {
        var han = 0, latin = 0
        for text in texts.prefix(40) {
            for scalar in text.unicodeScalars {
                if CJK.isIdeograph(scalar) { han += 1 } else if scalar.isASCII && (scalar.value | 0x20) &- 0x61 < 26 { latin += 1 }
            }
        }
        return han * 10 >= latin && han > 0 ? "zh" : "en"
    }
}
