import Synchronization

/// What reading one language takes, all built from its lexicon alone: the word automaton, the party finder's
/// regexes, the frame extractor's value regexes and cue automaton.
final class LanguageReader: Sendable {
    let index: LexiconIndex
    let finder: any PartyFinder
    let extractor: FrameExtractor

    init(_ lexicon: Lexicon) {
        index = LexiconIndex(lexicon)
        finder = lexicon.language == "zh" ? ChinesePartyFinder(index: index) : EnglishPartyFinder(index: index)
        extractor = FrameExtractor(index: index)
    }
}

/// The reader of each loaded language, built the first time a contract of the run needs that language and then shared
/// by every later contract and every worker. A small scan reads one language and so builds one set of automata and
/// regexes, not both (building them was a fifth of scanning a short contract). A reader depends on its lexicon only,
/// so what a contract gets never depends on which contracts were read before it or on which thread.
final class LanguageReaders: Sendable {
    /// The loaded languages, sorted: the fallback for a language without a lexicon is the first.
    let languages: [String]
    private let slots: [String: Slot]

    private final class Slot: Sendable {
        let lexicon: Lexicon
        /// Held while the reader is built, so two workers needing it at once build it once.
        let reader = Mutex<LanguageReader?>(nil)
        init(_ lexicon: Lexicon) { self.lexicon = lexicon }

        func get() -> LanguageReader {
            reader.withLock { built in
                if let built { return built }
                let made = LanguageReader(lexicon)
                built = made
                return made
            }
        }
    }

    init(_ lexicons: Lexicons) {
        var slots: [String: Slot] = [:]
        for (language, lexicon) in lexicons.byLanguage { slots[language] = Slot(lexicon) }
        self.slots = slots
        languages = slots.keys.sorted()
    }

    var isEmpty: Bool { slots.isEmpty }

    func has(_ language: String) -> Bool { slots[language] != nil }

    /// The reader of `language`; nil when no lexicon of that language is loaded.
    func reader(_ language: String) -> LanguageReader? { slots[language]?.get() }

    /// The reader of `language`, or of the first loaded language when that one has no lexicon.
    func readerOrFallback(_ language: String) -> LanguageReader? {
        reader(language) ?? languages.first.flatMap(reader)
    }

    /// How many readers have been built so far (for tests).
    var builtCount: Int { slots.values.filter { $0.reader.withLock { $0 != nil } }.count }
}
