import ClauseGuardModel
import ClauseGuardText

/// Turns a contract's frames into its key terms: every termination right, penalty, notice period and renewal,
/// one per sentence and family, with a one-line summary naming the contract's own parties.
struct KeyTermBuilder {
    /// The cue words of `key_terms:` in every lexicon (a contract may mix languages), lower-cased.
    let cues: KeyTermCues

    /// `normalized` and `sentences`: the blocks as the frames were read (normalised, Traditional as Simplified) and
    /// their sentences, where a frame's sentence is found already normalised.
    func keyTerms(_ frames: [ClauseFrame], _ document: ContractDocument, normalized: [NormalizedText], sentences: SentenceSplits) -> [KeyTerm] {
        var out: [KeyTerm] = []
        var seen: Set<SentenceFamily> = []
        // A sentence's frames (its siblings) all lie in its block's run of frames, which `DocumentFrames` writes block by
        // block: they are looked for there rather than copied into a table of every sentence's frames.
        let runs = BlockRuns(frames)
        // Each sentence's text and cue words, read once however many frames it holds.
        // By the sentence's whole span: a list item's frame spans its block and starts where the block's first sentence does.
        var read: [SentenceSpan: (excerpt: String, reading: String, cues: KeyTermCues.Found)] = [:]
        var clauses: [Int: String] = [:]
        let readings = NormalizedSentences(normalized: normalized, sentences: sentences)
        for (position, frame) in frames.enumerated() {
            // Most frames (obligations, payments, confidentiality …) are no key term and never look at their sentence's
            // words: skip normalising it for them.
            guard Self.mayBeKeyTerm(frame) else { continue }
            let sentence = Sentence(frame)
            let span = SentenceSpan(block: frame.blockIndex, start: frame.sentence.start, end: frame.sentence.end)
            let (excerpt, reading, found) = read[span] ?? {
                let excerpt = document.blocks[frame.blockIndex].text.utf8Slice(frame.sentence.start..<frame.sentence.end)
                // Cue words are read in the normalised text, Traditional as Simplified like frames: 違約金 is a penalty word.
                let reading = readings.normalized(frame) ?? TraditionalChinese.simplified([NormalizedText(excerpt)]).texts[0].text
                let value = (excerpt, reading, cues.find(in: reading))
                read[span] = value
                return value
            }()
            let siblings = runs.siblings(of: position, in: frames)
            /// `asRight`: the party's right, read from its duty to give notice to use it.
            /// `docked`: a sum deducted for a default, paid by the side it is deducted from (not the deduction's holder).
            func add(_ family: KeyTerm.Family, purpose: NoticePurpose? = nil, automatic: Bool? = nil, forfeiture: Bool = false, asRight: Bool = false,
                     docked: Bool = false) {
                // Fees kept and a sum paid on top in one sentence (已支付的服务费不予退还，并应支付剩余服务费的30%) are two
                // penalty terms: the sum's rate and floor would be lost in the forfeiture's.
                guard seen.insert(SentenceFamily(sentence: sentence, family: family, forfeiture: forfeiture)).inserted else { return }
                // Where the term stands, made only for a frame that is one (most frames are not).
                let clause = clauses[frame.blockIndex] ?? {
                    let display = document.blocks[frame.blockIndex].clauseDisplay
                    clauses[frame.blockIndex] = display
                    return display
                }()
                let location = KeyTermLocation(blockIndex: frame.blockIndex, paragraph: frame.blockIndex + 1, clause: clause,
                                               clausePath: document.blocks[frame.blockIndex].clausePath, excerpt: excerpt)
                // The side that docks the sum is paid it; the other side pays.
                let receiver = docked && (frame.actor?.role == .client || frame.actor?.role == .provider) ? frame.actor : nil
                let payer = receiver.map { receiver in
                    frame.counterparty?.role != nil && frame.counterparty?.role != receiver.role ? frame.counterparty
                        : FrameActor(text: "", role: receiver.role == .client ? .provider : .client)
                }
                var term = KeyTerm(family: family, location: location, party: payer ?? frame.actor, counterparty: receiver ?? frame.counterparty,
                                   modality: asRight ? .right : receiver != nil ? .duty : frame.modality, trigger: asRight ? nil : frame.trigger,
                                   cause: asRight ? nil : frame.cause, values: frame.values,
                                   purpose: purpose, automatic: automatic, forfeiture: forfeiture, summary: LocalizedText())
                term.summary = KeyTermSummary.text(term)
                out.append(term)
            }
            switch frame.action {
            case .terminate where !found.contains(.survival) && Self.givesTerminationTerm(frame)
                                  && (Self.isTermination(frame) || !siblings.contains(where: Self.isTermination)):
                // What an article headed 合同的解除 says of termination (乙方如需中止委托关系，应…) when the sentence holds no
                // right, bar or event of its own to list.
                add(.termination)
                // 甲方提前解除合同的，应向乙方支付剩余期限的全部服务费: the fees of the term left, paid on leaving, are the
                // price of leaving (not 无需支付剩余服务费, nor 退还剩余服务费); a sentence that names its penalty
                // (…的30%作为违约金) gives that term from its own frame, with the frame's values.
                if frame.values.base == .remaining_fee, !frame.negated, !siblings.contains(where: { $0.action == .pay_penalty }),
                   Self.paysTheRest(reading) { add(.penalty) }
            case .pay_penalty where !frame.negated && frame.modality != .prohibition && frame.modality != .exclusion:
                // "Neither party shall be liable for … liquidated damages" excludes a penalty rather than imposing one.
                // Indemnities and tax clauses mention penalties without imposing one.
                // A proviso that caps the sum ("provided that in no event shall the aggregate … exceed 12.5%") excludes nothing.
                // (An exception keeps a named penalty, 支付违约金5000元，但…罚款除外; one that caps damages no word names as a
                // penalty, 承担赔偿责任，但每一事故的赔偿额以当月服务费为限, still sets none.)
                // (Nor one another part names: 应向甲方支付违约金5万元；导致甲方遭受行政处罚的，乙方还应赔偿.)
                if found.contains(.notPenalty), !found.contains(.penalty)
                    || !Self.onlyInTheException(.notPenalty, frame, reading, cues) && !Self.paidInAPartOfItsOwn(reading, cues) { break }
                // 剩余合同期内全部服务费: a base measures the sum as a figure does.
                let hasValue = frame.values.percent != nil || frame.values.amount != nil || frame.values.floor != nil || frame.values.base != nil
                // A penalty owed elsewhere and set off against a deposit or fees; one that states its sum is still set here.
                if !hasValue, PenaltySetOff.collectsAPenaltyOwed(reading) { break }
                // Without a modal, a penalty must be named (违约金, 罚款, liquidated damages) or priced and paid (加收…利息), or
                // be interest charged for a default (迟延付款的，按…利率的1.5倍计收利息).
                let chargedInterest = found.contains(.interest) && frame.trigger == .for_cause
                // A row under a penalty's lead-in ("After the 4th anniversary | $575,000") is priced by the lead-in's words.
                let pricedRow = frame.leadIn != nil && hasValue
                if frame.modality == nil && !found.contains(.penalty) && !((hasValue || chargedInterest) && found.contains(.pay)) && !pricedRow { break }
                // Damages without an agreed sum, rate or measure (违约方应赔偿守约方的实际损失) are the law's, not a penalty
                // term; three months' fees (三个月的技术服务费) are a measure.
                if !found.contains(.penalty) && !found.contains(.interest) && !hasValue && frame.values.period == nil { break }
                // A table's header cell or a label (违约金标准, 解约时间 | 违约金标准) names penalties without imposing one; a
                // form's field to fill in (违约金的数额：＿＿) sets one with its sum left blank.
                if frame.modality == nil && frame.actor == nil && !hasValue && frame.values.period == nil
                    && (excerpt.unicodeScalars.count <= 16 || excerpt.contains(" | ")) && !Self.isBlankField(excerpt) { break }
                // Interest is a penalty for paying late or for a breach (未按期支付的…应支付1%的利息), not a loan's price.
                if found.contains(.interest) && !found.contains(.penalty) && frame.trigger != .for_cause && !frame.values.perDay { break }
                add(.penalty)
            case .deduct where Self.docksForADefault(frame):
                guard !frame.negated, frame.modality != .prohibition, frame.modality != .exclusion else { break }
                // 甲方有权按每日千分之一扣减服务费作为违约金: the sentence's own penalty frame names who pays (the side docked);
                // the deduction's holder is the one paid.
                if siblings.contains(where: { $0.action == .pay_penalty && $0.modality == .duty && !$0.negated
                                              && $0.actor?.role != nil && $0.actor?.role != frame.actor?.role }) { break }
                add(.penalty, docked: true)
            case .no_refund:
                // 不予退还 is the merchant's exit cost in a Chinese shop contract unless the fee is refused whatever happens
                // (一经支付，概不退还: a price term, `FeesNeverRefunded`); in English a
                // "non-refundable fee" is a forfeiture only when the clause is about ending the contract, or when a sum is
                // lost for a default in penalty words ("Where the Merchant breaches Clause 6, the Performance Deposit shall
                // be forfeited"; a fee "non-refundable except on breach" is not).
                let forACause = frame.trigger == .for_cause || frame.trigger == .missed_target
                let forADefault = forACause && found.contains(.penalty)
                if !excerpt.unicodeScalars.contains(where: CJK.isIdeograph), !found.contains(.exit), !forADefault { break }
                if !excerpt.unicodeScalars.contains(where: CJK.isIdeograph), GoodsNotReturnable.only(in: reading) { break }
                if !forACause, FeesNeverRefunded.only(in: reading, exitNamed: found.contains(.exit)) { break }
                add(.penalty, forfeiture: true)
            case .renew where !siblings.contains(where: { $0.action == .renew && $0.automatic }) || frame.automatic:
                // "shall not be renewed automatically", 不再续约: no renewal.
                guard found.contains(.term), found.contains(.renewal), !found.contains(.renewalElsewhere), !frame.negated,
                      frame.modality != .prohibition else { break }
                // "shall not renew automatically, and any extension … shall be subject to the mutual written agreement":
                // an automatic renewal the sentence denies makes none of its renewals automatic.
                let automatic = siblings.contains { $0.action == .renew && $0.automatic }
                    && !siblings.contains { $0.action == .renew && $0.automatic && ($0.negated || $0.modality == .prohibition) }
                // A renewal that is not automatic is a term when a party may or must renew (可续约 / has the option to
                // renew), not when it needs the parties' new agreement (续签须经双方书面确认, by mutual written agreement;
                // 经乙方同意，双方可以续订合同: in Chinese, both sides together may renew; "the parties may renew this
                // Agreement for additional terms" is CUAD's renewal term).
                let together = frame.actor?.role == .both && excerpt.unicodeScalars.contains(where: CJK.isIdeograph)
                guard automatic || frame.modality != nil && !found.contains(.agreedRenewal) && !together else { break }
                add(.auto_renewal, automatic: automatic)
            case .notify where isNoticeToEndWithoutAPeriod(frame, found, reading):
                // 当事人一方要求解除合同，应提前通知对方: how the contract may be ended, though the notice names no period.
                if !Self.holdsTerminationTerm(siblings) { add(.termination, asRight: true) }
            default:
                break
            }
            if frame.values.notice != nil || frame.values.noticeUnstated {
                let actions = siblings.actions
                // A termination only at a term's end beside a renewal ("renews … unless terminated by either party upon
                // ninety (90) days' notice") is the way not to renew.
                let onlyAtTheEnd = actions.contains(.renew) && actions.contains(.terminate)
                    && !siblings.contains { $0.action == .terminate && $0.trigger != .expiry }
                let purpose: NoticePurpose = actions.contains(.terminate) && !onlyAtTheEnd ? .termination
                    : actions.contains(.renew) || found.contains(.renewal) ? (Self.offersRenewal(siblings, excerpt) ? .renewal : .non_renewal)
                    : actions.contains(.change_price) ? .price_change
                    // A termination named only in the notice's condition (乙方要求终止合同的，须预先30天告知甲方).
                    : found.contains(.exit) && !Self.exitEndsAnotherThing(reading) ? .termination
                    : questionAsked(before: frame, in: document).map { cues.find(in: $0) }.map {
                        $0.contains(.renewal) ? .non_renewal : $0.contains(.exit) ? .termination : .other
                    } ?? .other
                add(.notice, purpose: purpose)
                // Notice to end the contract is how it may be ended (本合同一方如要求提前终止合同，应当提前十五日通知对方).
                // A termination term read from the sentence's own termination frame, if it has one, says it better.
                if purpose == .termination, !frame.negated, !Self.holdsTerminationTerm(siblings) { add(.termination, asRight: true) }
            }
        }
        return out
    }

    /// The question just before the frame's sentence (`QuestionAsked`), as Simplified text.
    private func questionAsked(before frame: ClauseFrame, in document: ContractDocument) -> String? {
        QuestionAsked.before(frame, in: document).map { TraditionalChinese.simplified([NormalizedText($0)]).texts[0].text }
    }

    /// Whether a frame of the sentence already gives a termination term, which says it better than its notice does. A bar
    /// gives none, under a heading too: in "甲方不得单方解除本合同，但甲方提前六十日书面通知乙方并支付提前解约费的除外" the
    /// notice is the way out.
    private static func holdsTerminationTerm(_ siblings: BlockRuns.Siblings) -> Bool {
        siblings.contains { $0.action == .terminate && givesTerminationTerm($0) }
    }

    /// A termination frame that is a term: a right, list item or event (`isTermination`), or what an article headed
    /// 合同的解除 says of termination; never a bar or the plain expiry.
    private static func givesTerminationTerm(_ frame: ClauseFrame) -> Bool {
        !isBarOrExpiry(frame) && (isTermination(frame) || frame.heading != nil && !frame.negated)
    }

    /// A duty to tell the other side ahead (提前 / 事先 / 预先) when one asks to end the contract, with no period: the
    /// exit is named before the word of ahead (一方要求解除合同，应提前通知), not after it (提前通知…后解除 is the usual
    /// notice term, read with its period).
    /// Read in the sentence's normalised text, where the cue words are (Traditional as Simplified).
    private func isNoticeToEndWithoutAPeriod(_ frame: ClauseFrame, _ found: KeyTermCues.Found, _ reading: String) -> Bool {
        guard frame.values.notice == nil, !frame.values.noticeUnstated, !frame.negated, frame.modality == .duty,
              found.contains(.exit),
              let ahead = Self.aheadWords.compactMap({ reading.range(of: $0)?.lowerBound }).min() else { return false }
        return cues.exitWords.contains { word in reading.range(of: word).map { $0.lowerBound < ahead } ?? false }
    }

    private static let aheadWords = ["提前", "事先", "预先"]

    /// Whether a sub-clause of a Chinese sentence pays (支付, 照付, 补交…) what is left of the term (剩余…, 未履行…) with no
    /// word lifting or barring the payment (无需支付, 乙方不得另行收取…剩余服务期费用).
    static func paysTheRest(_ reading: String) -> Bool {
        reading.split(whereSeparator: { ",;。，；".contains($0) }).contains { part in
            restWords.contains { part.contains($0) } && payingWords.contains { part.contains($0) }
                && !liftingWords.contains { part.contains($0) }
        }
    }

    private static let restWords = ["剩余", "未履行", "剩下", "没做完", "没履行完", "没到期", "未到期"]
    private static let payingWords = ["支付", "付清", "照付", "补交", "补足", "赔付", "结清"]
    private static let liftingWords = ["无需", "无须", "不再", "不用", "免于", "不必", "毋须", "不需", "免除", "不得", "无权"]

    /// Whether the frame can give a key term: the actions the switch below reads, or a notice. Every other frame adds
    /// nothing (it only serves as a sibling, which `bySentence` holds).
    static func mayBeKeyTerm(_ frame: ClauseFrame) -> Bool {
        switch frame.action {
        case .terminate, .pay_penalty, .no_refund, .renew: return true
        // Only a sum or daily rate docked for a default is one; most deductions are payment terms.
        case .deduct where docksForADefault(frame): return true
        case .notify where frame.modality == .duty: return true
        default: return frame.values.notice != nil || frame.values.noticeUnstated
        }
    }

    /// 违约金的数额： / 违约金：＿＿＿＿。: a label, a colon and nothing after it but blanks to fill in.
    static func isBlankField(_ text: String) -> Bool {
        guard let colon = text.unicodeScalars.lastIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        return text.unicodeScalars[text.unicodeScalars.index(after: colon)...].allSatisfy { "＿_ 　。.".unicodeScalars.contains($0) }
    }

    /// A sum or a daily rate docked from the fees for a default (每延迟一天扣除服务费200元): a penalty paid by set-off. A share
    /// of a fee cut for a poor assessment (扣减当季服务费的30%) prices the service instead.
    private static func docksForADefault(_ frame: ClauseFrame) -> Bool {
        (frame.trigger == .for_cause || frame.trigger == .missed_target) && (frame.values.amount != nil || frame.values.perDay)
    }

    private static let againstRenewal = ["non-renew", "nonrenew", "not to renew", "not renew", "not be renewed", "not to extend",
                                         "not extend", "unless"]

    /// "If either party wishes to extend the Initial Term, it shall give notice …", "may, at its option, renew … by notice":
    /// in English, a notice that asks for a renewal (a party's option, nothing automatic, nothing refused) is no
    /// notice of non-renewal.
    private static func offersRenewal(_ siblings: BlockRuns.Siblings, _ excerpt: String) -> Bool {
        guard !excerpt.unicodeScalars.contains(where: CJK.isIdeograph),
              siblings.contains(where: { $0.action == .renew && $0.modality == .right && !$0.negated }),
              !siblings.contains(where: { $0.action == .renew && ($0.automatic || $0.negated) }) else { return false }
        let lower = excerpt.lowercased()
        return !againstRenewal.contains { lower.contains($0) }
    }

    /// "the insurer shall not terminate or materially modify such policy … without thirty (30) days' notice": in English,
    /// every exit word ends something else than the contract (read as the frame reader reads a termination's object), so
    /// a notice is not one to end the contract.
    private static func exitEndsAnotherThing(_ reading: String) -> Bool {
        guard !reading.unicodeScalars.contains(where: CJK.isIdeograph) else { return false }
        let lower = reading.lowercased()
        var ended = false
        var from = lower.startIndex
        while let exit = lower.range(of: #"\b(terminat|cancel)[a-z]*"#, options: .regularExpression, range: from..<lower.endIndex) {
            // "may suspend access, without terminating this Agreement, if …": the contract named as what is not ended.
            let spared = Self.notEnding.contains { lower[..<exit.lowerBound].hasSuffix($0) }
            guard spared || SentenceReading.objectIsAnotherThing(lower[exit.upperBound...]) == true else { return false }
            ended = true
            from = exit.upperBound
        }
        return ended
    }

    private static let notEnding = ["without ", "instead of ", "rather than "]

    /// Whether the cue is found only in the frame's exception or proviso, not in what the clause itself says.
    private static func onlyInTheException(_ cue: KeyTermCues.Found, _ frame: ClauseFrame, _ reading: String, _ cues: KeyTermCues) -> Bool {
        guard let exception = frame.exception, let range = reading.range(of: exception) else { return false }
        return !cues.find(in: String(reading[..<range.lowerBound]) + " " + reading[range.upperBound...]).contains(cue)
    }

    /// A part of the sentence (between semicolons, or a second duty joined by 并 / 另 / 同时 / 此外: 乙方应承担平台扣除的全部
    /// 款项，并按当月托管费的50%向甲方支付违约金) that names a penalty, its payment and its sum, and none of the words of a
    /// sum others levy: the sentence sets a penalty though another part passes on a fine (行政处罚, platform penalties).
    private static func paidInAPartOfItsOwn(_ reading: String, _ cues: KeyTermCues) -> Bool {
        let parts = reading.split(whereSeparator: { $0 == "；" || $0 == ";" }).flatMap(secondDuties)
        guard parts.count > 1 else { return false }
        return parts.contains { part in
            let found = cues.find(in: String(part))
            return found.contains(.penalty) && found.contains(.pay) && !found.contains(.notPenalty) && statesASum(part)
        }
    }

    /// `part` cut before each comma that joins a second duty (，并 / ，另 / ，同时 / ，此外).
    private static func secondDuties(_ part: Substring) -> [Substring] {
        var pieces: [Substring] = [], start = part.startIndex, i = part.startIndex
        while i < part.endIndex {
            let next = part.index(after: i)
            if part[i] == "," || part[i] == "，", secondDutyOpenings.contains(where: { part[next...].hasPrefix($0) }) {
                pieces.append(part[start..<i]); start = next
            }
            i = next
        }
        pieces.append(part[start...])
        return pieces
    }

    private static let secondDutyOpenings = ["并", "另", "同时", "此外"]

    /// A figure, a rate (百分之 / 千分之 / 万分之) or a sum in yuan.
    private static func statesASum(_ part: Substring) -> Bool {
        part.contains(where: { $0.isASCII && $0.isNumber }) || part.contains("元") || part.contains("分之") || part.contains("%")
    }

    /// Rights, list items, and termination as an event (本协议终止：, "this Agreement shall terminate"). Ending by both
    /// sides' consent (经双方协商一致，可以解除本合同) is listed too: it restates the law, but it is how many contracts say
    /// they may end early, and the labels of real shop-management contracts count it.
    private static func isTermination(_ frame: ClauseFrame) -> Bool {
        guard frame.action == .terminate, !frame.negated, !isBarOrExpiry(frame) else { return false }
        // A termination stated as an event (本合同自然终止) is one whoever its condition names (双方未续签的).
        return frame.modality == .right || frame.modality == nil || frame.leadIn != nil || frame.actor == nil
    }

    /// A bar is no right to leave: 甲方不得解除合同 (on one side, over a list of the other side's situations, or on both)
    /// is a finding's business when it hurts, not a termination term. The contract ending with its term (合同期满，本合同
    /// 自行终止) is its duration, not an early termination.
    private static func isBarOrExpiry(_ frame: ClauseFrame) -> Bool {
        frame.modality == .prohibition || frame.trigger == .expiry && frame.modality == nil
    }

    /// A sentence by its block and start: frames of one sentence share it.
    private struct Sentence: Hashable {
        var block: Int
        var start: Int
        init(_ frame: ClauseFrame) { block = frame.blockIndex; start = frame.sentence.start }
    }

    private struct SentenceSpan: Hashable {
        var block: Int
        var start: Int
        var end: Int
    }

    private struct SentenceFamily: Hashable {
        var sentence: Sentence
        var family: KeyTerm.Family
        var forfeiture: Bool
    }
}
