import ClauseGuardModel
import ClauseGuardText
import ClauseGuardUnderstanding

/// Runs one frame rule over a contract's frames: a finding per frame the selector accepts (and whose sentence holds
/// the rule's patterns and condition), or for a `missing` rule one finding when no frame does. Frame findings name
/// the contract's own parties through `{actor}`, `{counterparty}`, `{client}` and `{provider}`.
struct FrameMatcher {
    let rule: Rule
    let selector: FrameSelector
    let perspective: Perspective
    let view: PartyView
    /// Negation handled as for pattern rules: a protection (`not:`) lifted by a waiver ("无需取得委托方同意") is none.
    let waivers: Waivers
    /// Each frame's sentence in the rules' view, sliced from its block's.
    let sentences: FrameSentences
    /// The contract's frames' shapes, by frame index (`ClauseFrame.shape`, made once per contract).
    let shapes: [FrameShape]

    func findings(in document: ContractDocument, _ understanding: ContractUnderstanding, languages: [String]) -> [Finding] {
        guard rule.languages.contains(where: languages.contains) else { return [] }
        let parties = partyValues(understanding.parties)
        var out: [Finding] = []
        // Selected by shape: testing the frames themselves copied every one (its strings retained and released) for
        // every frame rule.
        for i in shapes.indices where selector.matches(shapes[i]) {
            let frame = understanding.frames[i]
            let block = document.blocks[frame.blockIndex]
            // The sentence as written: for the quote of a finding, and when the view holds no sentence of this span.
            func excerpt() -> String { block.text.utf8Slice(frame.sentence.start..<frame.sentence.end) }
            // The sentence as the rules read it, sliced from the block's view.
            let sentence = sentences.sentence(of: frame)
            guard rule.languages.contains(TextLanguage.of(sentence ?? excerpt())) else { continue }
            // An item of a list is read with its lead-in, so a `not:` pattern sees it too ("乙方有权扣除保证金，扣除部分
            // 不予退还：(一)…" is about the deposit).
            let leadIn = frame.leadIn.map { sentences.block($0) }
            // `scope: clause`: the patterns read the sentence's whole paragraph (a one-sided indemnity whose "No reciprocal
            // indemnity is given" is the next sentence); the finding still quotes the frame's sentence. Otherwise an
            // answer is read with the question it answers (问：想结束合作需要提前多久说？答：请您至少提前四个月告知我们): the
            // question names what the answer's notice or right is for.
            let read: String
            if rule.scope == .clause {
                read = sentences.block(frame.blockIndex)
            } else if !(rule.any.isEmpty && rule.all.isEmpty), let asked = QuestionAsked.before(frame, in: document) {
                read = canonical(asked + "？" + excerpt())
            } else {
                read = sentence ?? canonical(excerpt())
            }
            guard sentenceHolds(read, leadIn: leadIn) else { continue }
            let excerpt = excerpt()
            let values = self.values(frame).merging(parties) { a, _ in a }
            if let condition = rule.condition, !condition.evaluate(values, parameters: rule.params) { continue }
            if rule.kind == .missing { return [] }
            let location = FindingLocation(blockIndex: frame.blockIndex, paragraph: frame.blockIndex + 1, clausePath: block.clausePath,
                                           clause: block.clauseDisplay, part: block.part, partName: block.partName, excerpt: excerpt,
                                           highlights: [], matched: excerpt, page: block.page)
            out.append(Finding(ruleID: rule.id, family: rule.family, severity: rule.severity(for: perspective), kind: .match,
                               title: render(view.contractLetters(rule.title), values), message: render(view.contractLetters(rule.message), values),
                               explanation: render(view.contractLetters(rule.explanation(for: perspective)), values), advice: render(view.contractLetters(rule.advice(for: perspective)), values), location: location, values: values,
                               notes: FindingNotes.notes(for: block, matched: frame.sentence.start..<frame.sentence.end),
                               fingerprint: Fingerprint.make(rule.id, NormalizedText(excerpt).text), suppression: nil))
        }
        if rule.kind == .missing {
            return [Finding(ruleID: rule.id, family: rule.family, severity: rule.severity(for: perspective), kind: .missing,
                            title: render(view.contractLetters(rule.title), parties), message: render(view.contractLetters(rule.message), parties),
                            explanation: render(view.contractLetters(rule.explanation(for: perspective)), parties), advice: render(view.contractLetters(rule.advice(for: perspective)), parties), location: nil, values: [:], notes: [],
                            fingerprint: Fingerprint.make(rule.id, "missing"), suppression: nil)]
        }
        return out
    }

    /// Whether the sentence of a pattern finding holds a frame `selector` accepts (for `not_frame`). `framesOfBlock`
    /// gives the indices of a block's frames: looking through every frame of the contract for each finding grew with
    /// the square of a long contract (a third of a 10 MB contract's scan).
    static func sentenceHolds(_ selector: FrameSelector, at location: FindingLocation?, in document: ContractDocument,
                              _ understanding: ContractUnderstanding, framesOfBlock: (Int) -> [Int]) -> Bool {
        guard let location else { return false }
        // The excerpt is the matched sentence, or two when the second points back at the first (`BackReferenceJoins`):
        // a frame of either one counts.
        return framesOfBlock(location.blockIndex).contains { i in
            let sentence = understanding.frames[i].sentence
            guard selector.matches(understanding.frames[i]) else { return false }
            let text = document.blocks[location.blockIndex].text.utf8Slice(sentence.start..<sentence.end)
            return text == location.excerpt || (location.excerpt.utf8.count > text.utf8.count && location.excerpt.has(text))
        }
    }

    /// A text outside the blocks' view (a question and its answer, a sentence the splits do not hold) in the rules' view.
    private func canonical(_ raw: String) -> String {
        let normalized = TraditionalChinese.simplified([NormalizedText(raw)]).texts[0]
        return view.canonical(normalized).text
    }

    /// The rule's patterns, if any, in the frame's sentence (matched, like pattern rules, in the rule pack's letters);
    /// `text` and `leadIn` are in the rules' view already.
    private func sentenceHolds(_ text: String, leadIn: String?) -> Bool {
        guard !(rule.any.isEmpty && rule.all.isEmpty && rule.not.isEmpty) else { return true }
        let texts = [text] + (rule.not.isEmpty ? [] : leadIn.map { [$0] } ?? [])
        func found(_ p: CompiledPattern, in text: String) -> Bool { ((try? p.regex.firstMatch(in: text)) ?? nil) != nil }
        func protects(_ p: CompiledPattern, in text: String) -> Bool { ((try? waivers.firstUnwaived(p, in: text)) ?? nil) != nil }
        // The patterns that must match first: most frames a rule selects fail them, and the `not:` patterns, read through
        // the waivers, cost the most.
        if !rule.all.allSatisfy({ found($0, in: texts[0]) }) { return false }
        if !rule.any.isEmpty && !rule.any.contains(where: { found($0, in: texts[0]) }) { return false }
        return !rule.not.contains { p in texts.contains { protects(p, in: $0) } }
    }

    private func values(_ frame: ClauseFrame) -> [String: ExtractedValue] {
        var out: [String: ExtractedValue] = [:]
        if let actor = frame.actor { out["actor"] = party(actor) }
        if let other = frame.counterparty { out["counterparty"] = party(other) }
        let v = frame.values
        if let d = v.notice { out["notice"] = .duration(d) }
        if let d = v.period { out["period"] = .duration(d) }
        if let p = v.percent { out["percent"] = .percent(p) }
        if let m = v.amount { out["amount"] = .money(m) }
        if let m = v.floor { out["floor"] = .money(m) }
        if let m = v.cap { out["cap"] = .money(m) }
        return out
    }

    private func partyValues(_ map: PartyMap) -> [String: ExtractedValue] {
        var out: [String: ExtractedValue] = [:]
        for role in [FrameRole.client, .provider] {
            guard let party = map.parties(in: role).first else { continue }
            out[role.rawValue] = self.party(FrameActor(text: party.label, role: role))
        }
        return out
    }

    private func party(_ actor: FrameActor) -> ExtractedValue {
        let role: PartyRole = switch actor.role {
        case .client: .client
        case .provider: .provider
        case .both: .both
        case .either: .either
        case nil: .other
        }
        // English values show their role when displayed ("Inktomi (provider)"); Chinese ones carry it in the label.
        let chinese = actor.text.unicodeScalars.contains(where: CJK.isIdeograph)
        return .party(PartyValue(label: chinese ? PartyNaming.display(actor) : actor.text, role: role))
    }

    private func render(_ text: LocalizedText, _ values: [String: ExtractedValue]) -> LocalizedText {
        LocalizedText(zh: MessageTemplate.render(text.zh, values: values, language: .zh),
                      en: MessageTemplate.render(text.en, values: values, language: .en))
    }
}
