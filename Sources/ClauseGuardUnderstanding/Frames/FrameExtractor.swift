import ClauseGuardModel
import ClauseGuardText

/// Reads clause frames from a contract's sentences: for each modal (有权 / shall not …) the action it governs, its
/// actor, trigger, counterparty and values; statements without a modal for the actions that matter without one
/// (违约金为…, 自动续约); and list items that inherit their lead-in's actor and action. A class: one per language, shared
/// by every block (a struct was copied per block, each of its arrays retained and released).
public final class FrameExtractor: Sendable {
    let index: LexiconIndex
    let values: ValueReader
    /// The lexicon's words looked for around an action, lower-cased, as bytes: automatic-renewal cues, receive words
    /// (收取, charge) and conditions written after their clause.
    private let automaticCues: [[UInt8]]
    /// The cues that say so after the renewal verb too: "automatically", "by default" (not "successive").
    private let automaticAfter: [[UInt8]]
    private let receiveWords: [[UInt8]]
    private let conditionsAfter: [[UInt8]]
    /// The lexicon's `back_reference` words, lower-cased, as bytes (see `soleHolder`).
    let backReference: (words: [[UInt8]], onlyBefore: [[UInt8]], onlyAfter: [[UInt8]])

    public init(index: LexiconIndex) {
        self.index = index
        values = ValueReader(index: index)
        automaticCues = (index.lexicon.cues[.automatic] ?? []).map { Array($0.lowercased().utf8) }
        automaticAfter = (index.lexicon.cues[.automatic] ?? []).map { $0.lowercased() }.filter { $0.has("automatic") || $0.has("default") || $0.has("itself") || $0.has("its own") }.map { Array($0.utf8) }
        receiveWords = index.lexicon.receives.map { Array($0.lowercased().utf8) }
        conditionsAfter = index.lexicon.conditionsAfter.map { Array($0.utf8) }
        let cues = index.lexicon.backReference
        backReference = cues.isEmpty ? ([], [], []) : (Self.lowered(cues.words), Self.lowered(cues.onlyBefore), Self.lowered(cues.onlyAfter))
    }

    private static func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }
    private static func lowered(_ list: [String]) -> [[UInt8]] { list.map { Array($0.lowercased().utf8) } }
    private static let notDirect = words(["unless", "until", "surviv", "earlier", "otherwise", "upon", "after", "prior"])
    /// How far before a Chinese renewal word a deeming cue (视为, 自动) of its sub-clause still counts: 15 characters.
    private static let deemingReach = 45
    private static let selfActing = words(["自动", "自行", "automatically"])
    private static let earlyExit = words(["提前", "单方面", "单方", "中途", "无故", "擅自"])
    private static let whether = Array("是否".utf8)
    private static let agreedEnd = words(["双方同意", "双方书面同意", "各方同意", "一致同意", "协商一致", "协商同意"])
    private static let until = Array("至".utf8), untilEnd = Array("止".utf8)
    private static let part = Array("部分".utf8), counting = words(["偿付", "支付", "赔偿", "按", "按照"])
    private static let semicolon = UInt8(ascii: ";"), colon = UInt8(ascii: ":")
    private static let open = UInt8(ascii: "("), close = UInt8(ascii: ")")

    /// Where a modal's window ends: `budget` bytes on from `start`, not counting what brackets hold (有权在其认为必要时
    /// （包括但不限于人员调整、系统升级…等情形）暂停服务: the examples in brackets do not push the verb out of reach).
    static func windowEnd(_ bytes: [UInt8], from start: Int, outsideBrackets budget: Int) -> Int {
        var i = start, left = budget, depth = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == open { depth += 1 } else if byte == close, depth > 0 { depth -= 1 } else if depth == 0 {
                left -= 1
                if left < 0 { break }
            }
            i += 1
        }
        return i
    }
    private static let conditionEnds = words(["的", "时"])
    private static let unless = Array("unless".utf8)
    /// (帐号 is read as 账号: `VariantCharacters`.)
    private static let account = words(["账号", "该用户"])
    private static let contractWords = words(["合同", "协议", "契约"])
    private static let thisContract = words(["本合同", "本协议", "本契约", "该合同", "该协议"])
    /// 终止并不影响各方应有的权利 / 解除不免除…责任: what the end leaves in force is said after it.
    private static let afterWords = words(["后", "时", "之", "前", "的", "或", "和", "及", "日", "并不", "不影响", "不免除"])
    private static let de = Array("的".utf8), deSemicolon = Array("的;".utf8), deFullStop = Array("的。".utf8)
    private static let onlyThen = words(["方", "才", "始"])
    /// Charges a sub-clause can open with and state something of (滞纳金照常计算, 违约金按日累计).
    private static let charges = words(["滞纳金", "违约金", "罚息", "利息", "罚金"])
    /// What a sub-clause before such a charge says when its party pays the charge too (应向乙方支付违约金，违约金按…计算).
    private static let chargedOrPaid = charges + words(["支付", "承担", "赔偿", "缴纳", "交纳", "付"])
    private static let passive = Array(" be ".utf8), you = Array("由".utf8), by = Array("by ".utf8)
    /// Words after which a Chinese party is what is acted on: prepositions and verbs that take a party as object.
    /// 应偿付需方…罚金 / 支付乙方违约金: the party right after a paying verb is paid.
    private static let chineseObject = words(["向", "对", "给", "跟", "为", "经", "干扰", "妨碍", "通知", "告知", "函告", "要求", "委托", "协助", "配合",
                                              "偿付", "支付", "赔付", "付给", "赔偿"])
    // "it owes the Agency liquidated damages": the party owed is no payer.
    private static let englishObject = words(["to ", "against ", "owes ", "owe ", "pays ", "pay "]), the = Array("the ".utf8)
    /// 本合同自然终止 / 即告终止 / 即行解除 / 当然终止 / 合同随之解除: the contract ends by itself.
    // 本合同自甲方书面告知之日起终止 / 自账户关闭之日终止: the contract ends on an event, by itself.
    private static let byItself = words(["自然", "即告", "即行", "当然", "随之", "随即", "之日起", "之时起", "次日起", "当日起", "之日"])
    private static let liability = Array("责任".utf8)

    /// Actions a sentence states without a modal verb that still matter.
    private static let statedActions: Set<FrameAction> = [.renew, .pay_penalty, .no_refund, .terminate, .notify, .deduct, .indemnify]

    /// The values of a sentence that states no action (a row of a penalty table: 年度托管费的50%，最低5,000元).
    func values(sentence bytes: [UInt8], parties: PartyMap, definedLabels: [String], parsed: ParsedValues) -> FrameValues {
        let reading = SentenceReading(bytes: bytes, hits: index.hits(in: bytes), index: index, parties: parties, definedLabels: definedLabels)
        return values.read(reading, parsed)
    }

    /// Frames of one sentence (normalised text, UTF-8); `span` is where the sentence sits in the block's original text.
    /// `listItem`: the sentence is an item of a list whose lead-in names the actor ("甲方有权采取下列措施：(二)终止本合同"),
    /// so an action it states is read even without the words that make a bare statement count.
    /// `underTerminationHeading`: the sentence stands in an article headed 合同的解除 / 终止, so termination it states
    /// (服务合同才视为终止, 因××××终止) is read without a modal, unless it talks about after the end (合同终止后).
    func frames(sentence bytes: [UInt8], blockIndex: Int, span: TextSpan, parties: PartyMap, definedLabels: [String],
                parsed: ParsedValues, listItem: Bool = false, underTerminationHeading: Bool = false) -> [ClauseFrame] {
        let hits = index.hits(in: bytes)
        guard hits.contains(where: { hit in hit.categories.contains { if case .action = $0 { return true } else { return false } } }) else { return [] }
        let reading = SentenceReading(bytes: bytes, hits: hits, index: index, parties: parties, definedLabels: definedLabels)
        // The values are the sentence's, whichever frame of it they end up in: read once.
        let sentenceValues = values.read(reading, parsed)
        var frames: [ClauseFrame] = []
        // Action words a modal already governs (by where they start), so a statement is not read twice.
        var covered: Set<Int> = []
        // Actions a modal governs, by the stretch between commas they stand in.
        var governed: Set<GovernedAction> = []
        // A Chinese modal is followed by its verb: one closing a sub-clause is a noun (系统升级或业务排期需要，暂停服务),
        // unless it is its own action (不予退还，).
        let modals = reading.hits.filter { hit in
            hit.modality != nil
                && !(reading.chinese && reading.closesSubClause(at: hit.end) && !hit.categories.contains { if case .action = $0 { return true } else { return false } })
                && !(reading.chinese && namesAPart(reading, after: hit))
        }
        // How far after a modal its action may come: 50 Chinese characters ("不得以任何理由（包括但不限于…）要求提前解除").
        let window = reading.chinese ? 150 : 200
        for (n, modal) in modals.enumerated() {
            let modality = modal.modality!
            // Past the window, only as far as the next modal: where a notice given first leads to the action (`stepAfterNotice`).
            var reach = n + 1 < modals.count ? max(modals[n + 1].start, modal.end) : reading.bytes.count
            var limit = min(Self.windowEnd(reading.bytes, from: modal.start, outsideBrackets: window), reach)
            // A Chinese modal governs nothing past the next "；" unless a colon opens a list before it (服务费不得高于本期
            // 标准；委托方未予回复的，本协议自动终止: the bar is on the fee, the ending is a new sub-clause's).
            if reading.chinese, let semicolon = reading.bytes[modal.end..<limit].firstIndex(of: Self.semicolon),
               !reading.bytes[modal.end..<semicolon].contains(Self.colon) {
                limit = semicolon
                reach = semicolon
            }
            // A bar inside a condition (工程不能按时交付使用的，乙方偿付违约金) is an inability that governs only the
            // condition's own verbs (a right or duty before a time, 可在其认为必要时，暂停服务, reaches past it).
            if reading.chinese, modality == .prohibition {
                let clauseEnd = reading.segmentEnd(modal.end)
                if Self.conditionEnds.contains(where: { reading.endsExactly(reading.segmentStart(modal.start)..<clauseEnd, with: $0) }) {
                    limit = min(limit, clauseEnd)
                }
            }
            // An exclusion that is itself the action (不予退还), else the first action after the modal.
            let own = modal.categories.compactMap { if case .action(let a) = $0 { return a } else { return nil } }.first
            guard let (action, actionHit) = own.map({ ($0, modal) }) ?? firstAction(reading, after: modal, before: limit, reach: reach) else { continue }
            if action == .no_refund, returnsAThing(reading, actionHit) || keepsSpentMoney(reading, actionHit) { continue }
            covered.insert(actionHit.start)
            // "may extend the time for performance": not the contract's renewal.
            if action == .renew, !reading.renewsTheContract(actionHit) { continue }
            // "an irrevocable license", "its offer shall remain irrevocable": a bar stated as a property binds a party
            // only to the contract, its term or a commitment ("The Initial Term is non-cancellable by Customer").
            if !reading.chinese, action == .terminate, actionHit.start < modal.end, reading.isProperty(modal),
               reading.agent(after: modal.end) == nil, !reading.barsTheContract(before: modal.start) { continue }
            let built = frame(reading, modal: modal, modality: modality, action: action, actionHit: actionHit, blockIndex: blockIndex, span: span,
                              values: sentenceValues)
            if action == .pay_penalty, sumWithoutItsBreach(reading, actionHit, built) { continue }
            // "shall be in effect until …, unless sooner terminated by either party": the modal is not the termination's.
            if !reading.chinese, built.action == .terminate, actionHit.start >= modal.end, modality != .prohibition,
               !governsDirectly(reading, modal, actionHit), let right = passiveRight(reading, actionHit, blockIndex: blockIndex, span: span, values: sentenceValues) {
                frames.append(right)
                continue
            }
            if !reading.chinese, built.action == .terminate, built.actor == nil, !governsDirectly(reading, modal, actionHit) { continue }
            // "the Contract will terminate automatically on completion of the sale": the contract ends; no party must act.
            var event = built
            // 双方应…协商决定是否解除合同: the duty is to decide; whether the contract ends is the term.
            if reading.chinese, action == .terminate, modality == .duty,
               reading.ends(reading.segmentStart(actionHit.start)..<actionHit.start, with: Self.whether) {
                event.modality = nil
            }
            if !reading.chinese, built.action == .terminate, built.actor == nil, modality == .duty, reading.contractIsTheSubject(of: modal) {
                event.modality = nil
            }
            frames.append(event)
            if action == .pay_penalty { governed.insert(GovernedAction(action: action, segment: reading.segmentStart(actionHit.start))) }
            // "may suspend or terminate" / 可以暂停或解除: the modal governs the action joined to the first one too.
            // The same action joined to it ("shall not be extended or renewed automatically") is the same statement.
            if let (joined, joinedHit) = coordinatedAction(reading, after: actionHit, before: limit),
               joined != .renew || reading.renewsTheContract(joinedHit) {
                covered.insert(joinedHit.start)
                if joined == action { continue }
                // A right to damages is the other party's duty to pay them; the action joined to it (有权要求赔偿并终止合同)
                // stays the right holder's.
                if action == .pay_penalty {
                    frames.append(frame(reading, modal: modal, modality: modality, action: joined, actionHit: joinedHit, blockIndex: blockIndex,
                                        span: span, values: sentenceValues))
                } else {
                    var second = built
                    second.action = joined
                    frames.append(second)
                }
            }
        }
        for hit in reading.hits where !covered.contains(hit.start) {
            for case .action(let action) in hit.categories where Self.statedActions.contains(action) {
                if action == .renew, !reading.renewsTheContract(hit) { continue }
                if action == .no_refund, returnsAThing(reading, hit) || keepsSpentMoney(reading, hit) { continue }
                // 应赔偿我方全部损失并支付违约金: the action again after the one a modal governs, with no comma between, is the
                // same duty of the same party, not a statement of its own whose party is the one just named (我方).
                if action == .pay_penalty, governed.contains(GovernedAction(action: action, segment: reading.segmentStart(hit.start))) { continue }
                // "You indemnify us", "the Brand indemnifies the Agency": plain terms state the duty with its party just
                // before the verb; indemnification talked about ("indemnification obligations survive") is none.
                if action == .indemnify, !reading.mentions.contains(where: { $0.end <= hit.start && hit.start - $0.end <= 1 }) { continue }
                if action == .terminate, let right = passiveRight(reading, hit, blockIndex: blockIndex, span: span, values: sentenceValues) {
                    frames.append(right)
                    continue
                }
                // 甲方有解除本合同的权利 / 行使中断服务的权利: a right named after its action; 向另一方发出通知…即可撤消及终止本合同:
                // a step that suffices to end the contract.
                if reading.chinese, rightNamedAfter(reading, hit) || action == .terminate && sufficesToEnd(reading, hit) {
                    frames.append(frame(reading, modal: nil, modality: .right, action: action, actionHit: hit, blockIndex: blockIndex, span: span,
                                        values: sentenceValues))
                    continue
                }
                // 合同终止后 / upon termination: talk about termination, not a right to it. In English an expiry word
                // beside it ("upon the expiration or termination of this Agreement") is more such talk, not 期满终止.
                if action == .terminate, reading.refersToTheEnd(hit) || reading.endsAnotherThing(hit) { continue }
                if action == .terminate, !listItem, !(reading.chinese && reading.has(.trigger(.expiry))) && !stated(reading, hit),
                   !(underTerminationHeading && reading.chinese && !talksAfter(reading, hit)) { continue }
                var stated = frame(reading, modal: nil, modality: nil, action: action, actionHit: hit, blockIndex: blockIndex, span: span,
                                   values: sentenceValues)
                if action == .pay_penalty, sumWithoutItsBreach(reading, hit, stated) { continue }
                // 甲方店铺被关闭的，本合同自关闭之日起终止: the contract is the subject; the party is in the condition.
                if action == .terminate, reading.chinese {
                    let clause = reading.segmentStart(hit.start)..<hit.start
                    if Self.thisContract.contains(where: { reading.starts(clause, with: $0) }) { stated.actor = nil }
                }
                // A bare mention of notice matters only with a period (提前30日书面通知).
                if action == .notify && stated.values.notice == nil && !stated.values.noticeUnstated { continue }
                // A deduction stated without a modal is a sum docked for a default (每少一场扣减服务费800元), not the
                // way fees are settled (服务费从货款中扣除).
                if action == .deduct, !(stated.trigger == .for_cause || stated.trigger == .missed_target)
                    || stated.values.amount == nil && !stated.values.perDay { continue }
                // One statement per action and sentence (违约金…违约金 is one penalty), unless it renews differently.
                if frames.contains(where: { $0.action == action && $0.modality == nil && $0.automatic == stated.automatic }) { continue }
                frames.append(stated)
            }
        }
        return frames
    }

    /// "shall pay the other party a sum equal to 20% of …": an English sum with no penalty word is a penalty only when the
    /// sentence states the breach it answers ("If either party breaches clause 7.3"); "Company will pay ACSI the sum of
    /// $480,000 in consideration of the rights" is a price.
    private func sumWithoutItsBreach(_ r: SentenceReading, _ hit: LexiconHit, _ frame: ClauseFrame) -> Bool {
        guard !r.chinese, Self.genericSums.contains(where: { r.startsCaseless(hit.start..<hit.end, with: $0) }) else { return false }
        guard frame.trigger == .for_cause, let cause = frame.cause?.lowercased() else { return true }
        return !Self.breachWords.contains { cause.has($0) }
    }

    private static let genericSums = words(["a sum", "an amount", "a fixed sum"])
    private static let breachWords = ["breach", "fails to", "failure to", "violat", "default"]

    /// 偿付不能交货部分货款的5%: an inability naming the part of the goods a sum is counted on, no bar on a party.
    private func namesAPart(_ r: SentenceReading, after modal: LexiconHit) -> Bool {
        // Only where a sum is counted (偿付 / 按 just before): 不得将部分工作转包 is a bar.
        guard modal.categories.contains(.modality(.prohibition)), Self.counting.contains(where: { r.ends(0..<modal.start, with: $0) }) else { return false }
        let reach = modal.end..<min(r.segmentEnd(modal.end), modal.end + 12)
        return r.holds(Self.part, in: reach)
    }

    /// The first modal of a lead-in sentence and the party before it ("出租人有权采取下列措施：" → 出租人, right), for a
    /// list whose items state the actions.
    func modalActor(sentence text: String, parties: PartyMap, definedLabels: [String]) -> (actor: FrameActor?, modality: Modality)? {
        let bytes = Array(text.utf8)
        let hits = index.hits(in: bytes)
        for hit in hits {
            if let modality = hit.modality {
                let reading = SentenceReading(bytes: bytes, hits: hits, index: index, parties: parties, definedLabels: definedLabels)
                return (actor(reading, before: hit.start, modalEnd: nil, actionStart: hit.end), modality)
            }
        }
        return nil
    }

    /// The one party a liability heading is about ("定作方的违约责任：", "甲方违约责任："): a short line naming one party
    /// before 违约责任 and nothing else that acts.
    func liabilityParty(heading text: String, parties: PartyMap, definedLabels: [String]) -> FrameActor? {
        let bytes = Array(text.utf8)
        guard let liability = bytes.firstRange(of: Self.liabilityWord), text.unicodeScalars.count <= Self.longestHeading else { return nil }
        let hits = index.hits(in: bytes)
        guard !hits.contains(where: { $0.modality != nil }) else { return nil }
        let reading = SentenceReading(bytes: bytes, hits: hits, index: index, parties: parties, definedLabels: definedLabels)
        let named = reading.mentions.filter { !$0.isOther && $0.end <= liability.lowerBound }
        guard named.count == 1, let party = named.first?.actor, party.role != .both, party.role != .either else { return nil }
        return party
    }

    private static let liabilityWord = Array("违约责任".utf8)
    /// 第十三条　定作方的违约责任： with room for a longer party name.
    private static let longestHeading = 24

    /// "This Agreement shall (automatically) terminate": the modal governs the termination itself, not a clause around it
    /// ("will end unless earlier terminated", "shall survive termination").
    private func governsDirectly(_ r: SentenceReading, _ modal: LexiconHit, _ action: LexiconHit) -> Bool {
        // A bar worded as a property ("non-cancellable") binds a party only when it names one ("by Customer", read as
        // the actor): fees that are "non-cancellable and non-refundable" are a payment term.
        guard action.start >= modal.end else { return false }
        let between = modal.end..<action.start
        // "retains the right at all times during the Term to terminate": a longer run of time words is still the right's
        // own when its infinitive marker stands right before the action and no comma breaks it off.
        guard action.start - modal.end <= 24
              || action.start - modal.end <= 64 && !r.chinese && r.ends(between, with: Self.infinitive) && !r.bytes[between].contains(Self.comma)
        else { return false }
        return !Self.notDirect.contains { r.holds($0, in: between) }
    }

    /// "本合同自动终止" / "本协议终止：" / "this Agreement shall automatically terminate": termination stated as an
    /// event, not "合同终止后" (after it ends).
    /// 除…解除合同…外: the words stand in an exception to another term (除 before, 外 after, in one stretch between commas).
    private func insideAnExceptionToAnother(_ reading: SentenceReading, _ hit: LexiconHit) -> Bool {
        let start = reading.segmentStart(hit.start), end = reading.segmentEnd(hit.end)
        return reading.holds(Self.except, in: start..<hit.start) && !reading.holds(Self.unlessWord, in: start..<hit.start)
            && reading.holds(Self.outside, in: hit.end..<end)
    }

    private static let except = Array("除".utf8), unlessWord = Array("除非".utf8), outside = Array("外".utf8)

    private func stated(_ reading: SentenceReading, _ hit: LexiconHit) -> Bool {
        let before = max(0, hit.start - 12)..<hit.start
        if Self.selfActing.contains(where: { reading.holds($0, in: before) }) { return true }
        // 甲方在合作期内提前解约的，…应支付违约金 / 甲方无故辞退乙方，…应偿付违约金: a party's early exit named as the
        // condition of its cost is its way out. The party is the subject of its sub-clause: "本合同提前解除的，…" and a
        // heading 提前解约 are about the end, and under 除非 ("除非一方提前终止本协议，否则…") the exit is no way out.
        if reading.chinese, Self.earlyExit.contains(where: { reading.ends(before, with: $0) }) {
            let clause = reading.segmentStart(hit.start)..<hit.start
            if reading.mentions.contains(where: { clause.contains($0.start) }), reading.firstHit(.exception, in: clause) == nil { return true }
        }
        // 由双方协商决定是否解除合同: after an event (force majeure), whether the contract ends is decided here.
        if reading.chinese, reading.ends(before, with: Self.whether) { return true }
        // 本契约将一直有效，除非双方同意终止契约: the contract ends by both sides' consent (a way it ends, under 除非 too).
        // (Not 除双方协商同意解除合同外，甲方可据实予以延期: an exception to another term names it.)
        if reading.chinese, Self.agreedEnd.contains(where: { reading.ends(before, with: $0) }), !insideAnExceptionToAnother(reading, hit) {
            return true
        }
        // 立即取消用户帐号 / 将会中断其邮件帐号: terms of service end a user's service by closing the account, a statement
        // with no modal ("will").
        if reading.chinese, Self.account.contains(where: { reading.holds($0, in: hit.start..<hit.end) }) { return true }
        // "This Agreement terminates on the expiry of the Initial Term."
        if reading.contractIsTheSubject(of: hit) { return true }
        // 本合同自然终止 / 即告终止 / 即行解除 / 当然终止 / 自…之日起终止: the contract ends by itself.
        if reading.chinese, Self.byItself.contains(where: { reading.ends(before, with: $0) }), !talksAfter(reading, hit) { return true }
        // 1．终止合同，乙方按累计应付款的＿＿％向甲方支付违约金: an option of a list of remedies that opens with the
        // termination itself.
        if reading.chinese, opensTheSentence(reading, hit), Self.contractWords.contains(where: { reading.starts(hit.end..<reading.bytes.count, with: $0) }) {
            return true
        }
        // A lead-in that ends on the termination (本协议在下列情况下终止：): its list says when.
        if reading.chinese, hit.end < reading.bytes.count, reading.bytes[hit.end] == UInt8(ascii: ":") { return true }
        guard reading.chinese, Self.contractWords.contains(where: { reading.ends(before, with: $0) }) else { return false }
        return !talksAfter(reading, hit)
    }

    /// 终止后 / 解除时 / 终止之日 / 解约日 / 解除的，: the sentence is about what follows the end, not the end itself. "…约定终止的;"
    /// closing a list item is a case of termination.
    private func talksAfter(_ reading: SentenceReading, _ hit: LexiconHit) -> Bool {
        let after = hit.end..<min(reading.bytes.count, hit.end + 6)
        if reading.equals(after, Self.de) || reading.starts(after, with: Self.deSemicolon) || reading.starts(after, with: Self.deFullStop) { return false }
        return Self.afterWords.contains { reading.starts(after, with: $0) }
    }

    /// "…, unless sooner terminated by either party upon thirty (30) days' notice": the party after "by" may terminate;
    /// "until either party terminates it by giving notice": so may the party before the verb.
    private func passiveRight(_ reading: SentenceReading, _ hit: LexiconHit, blockIndex: Int, span: TextSpan, values: FrameValues) -> ClauseFrame? {
        // "Termination by NCM" is a heading, not a passive; "terminable by Licensor upon thirty (30) days' written notice"
        // is a right as the passive is.
        guard !reading.chinese, let agent = reading.isParticiple(hit) || reading.isAbilityAdjective(hit) ? reading.agent(after: hit.end)
                                                                                                          : reading.partyEndingIt(before: hit)
        else { return nil }
        var right = frame(reading, modal: nil, modality: .right, action: .terminate, actionHit: hit, blockIndex: blockIndex, span: span, values: values)
        right.actor = agent.actor
        switch reading.passiveException(hit) {
        // "shall automatically renew for one-year terms unless terminated by either party by notice given ninety (90)
        // days before the end of the then-current term": the party's way out is not to renew, at the end of a term. (On
        // notice alone, "unless terminated by either party upon ninety (90) days' notice" may be read as a right at any
        // time: it stays one at will.)
        case .renewal where right.trigger == nil || right.trigger == .at_will && !reading.has(.trigger(.at_will))
                            && (values.notice == nil || reading.endsTheTerm(in: hit.end..<reading.bytes.count)):
            right.trigger = .expiry
        // "shall automatically renew … unless earlier terminated by either party": the contract's other clauses say how;
        // this sentence gives no right of its own.
        case .earlier where values.notice == nil && !reading.has(.trigger(.at_will)) && right.trigger != .for_cause:
            return nil
        default:
            if right.trigger == nil, values.notice != nil || !reading.pointsToAnotherClause() { right.trigger = .at_will }
        }
        return right
    }

    /// `range` without the spaces at either end.
    private static func withoutSpaces(_ range: Range<Int>, in r: SentenceReading) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, r.bytes[start] == 0x20 { start += 1 }
        while end > start, r.bytes[end - 1] == 0x20 { end -= 1 }
        return start..<end
    }

    /// Where 以…为由 / 以…理由 ends, when the text after the modal opens with 以 and the grounds end in its sub-clause.
    private func groundsEnd(_ r: SentenceReading, from start: Int, before end: Int) -> Int? {
        guard r.chinese, start < end, r.starts(start..<end, with: Self.byReasonOf) else { return nil }
        let clause = start..<min(end, r.segmentEnd(start + Self.byReasonOf.count))
        for marker in Self.groundsMarkers {
            var i = clause.lowerBound
            while i + marker.count <= clause.upperBound {
                if r.equals(i..<(i + marker.count), marker) { return i + marker.count }
                i += 1
            }
        }
        return nil
    }

    private static let byReasonOf = Array("以".utf8), groundsMarkers = words(["为由", "理由"])
    private static let spokenMustWord = Array("得".utf8)
    private static let infinitive = Array(" to ".utf8), comma = UInt8(ascii: ",")
    /// 承租方不退还房屋的: a thing not handed back, not money kept.
    private func returnsAThing(_ r: SentenceReading, _ hit: LexiconHit) -> Bool {
        // 不退还房屋 / 直播结束后样品不予退还: the thing named after the words or as their subject right before them.
        r.chinese && Self.returnedThings.contains { r.starts(hit.end..<r.bytes.count, with: $0) || r.ends(r.segmentStart(hit.start)..<hit.start, with: $0) }
    }

    /// 已消耗的推广费用不予退还: money already spent on the merchant's behalf (ad spend consumed, fees used up) is gone, not a
    /// fee the provider keeps; the sub-clause before 不予退还 says so.
    private func keepsSpentMoney(_ r: SentenceReading, _ hit: LexiconHit) -> Bool {
        r.chinese && Self.spentMoney.contains { r.holds($0, in: r.segmentStart(hit.start)..<hit.start) }
    }

    private static let spentMoney = words(["已消耗", "已经消耗", "已实际消耗", "已消费", "已花费", "已投放", "已扣费", "已扣除的推广"])

    /// What 不退还 / 不返还 may refuse to hand back that is no money.
    private static let returnedThings = words(["房屋", "房产", "租赁物", "场地", "设备", "物品", "资料", "账号", "店铺", "货物", "样品", "钥匙", "证件"])
    // 暂停服务直至解除本合同: the suspension may go as far as the termination, which is a right too.
    private static let joiners = words(["or", "and/or", "and", "或", "或者", "、", "及", "和", "并", "并且", "以及", "直至", "直到", "甚至", "乃至"]), orSpace = Array("or ".utf8)
    private static let spaceOr = Array(" or".utf8), spaceAndOr = Array(" and/or".utf8), objectReach = 64, chineseObjectReach = 36
    private static let chineseOr = words(["或", "或者", "并", "并可", "及"])
    private static let chineseManner = words(["单方面", "单方", "擅自", "提前", "随时", "自行"])
    private static let payingToUse = words([" by paying", " upon paying", " on paying", " subject to paying", " by payment of", " upon payment of"])
    private static let either = Array("either".utf8)
    /// What an English contract calls itself as the subject of its own ending.
    private static let contractSubjects = words(["agreement", "contract", "lease", "tenancy", "engagement"])
    private static let jointSubject = words(["and", "and the", "and its", "and their"])

    /// Whether `range` is only "and" (the, its, their) between two parties.
    private static func joinsTwoSubjects(_ range: Range<Int>, in r: SentenceReading) -> Bool {
        jointSubject.contains { range.count == $0.count && r.startsCaseless(range, with: $0) }
    }
    private static let chineseJoiners = words(["和", "与", "及", "以及", "、"])

    /// Whether the action of `hit` is the object of a right its sub-clause names around it: 有 / 行使 / 保留 before it and
    /// 的权利 / 的权力 / 之权 after it (甲方有提前解除合同的权利).
    private func rightNamedAfter(_ reading: SentenceReading, _ hit: LexiconHit) -> Bool {
        let before = reading.segmentStart(hit.start)..<hit.start, after = hit.end..<reading.segmentEnd(hit.end)
        return Self.rightHolders.contains { reading.holds($0, in: before) } && Self.rightNouns.contains { reading.holds($0, in: after) }
    }

    private static let rightHolders = words(["有", "行使", "保留"]), rightNouns = words(["的权利", "的权力", "之权"])

    /// 即可解除 / 即可撤消及终止: whoever takes the step before it (a notice, a payment) may end the contract.
    private func sufficesToEnd(_ reading: SentenceReading, _ hit: LexiconHit) -> Bool {
        reading.holds(Self.suffices, in: max(reading.segmentStart(hit.start), hit.start - 18)..<hit.start)
    }

    private static let suffices = Array("即可".utf8)

    /// Whether only an item number stands before `hit` (1．, (二), 3、): the sentence opens with it.
    private func opensTheSentence(_ reading: SentenceReading, _ hit: LexiconHit) -> Bool {
        String(decoding: reading.bytes[0..<hit.start], as: UTF8.self).unicodeScalars.allSatisfy { scalar in
            scalar.properties.isWhitespace || scalar.isASCII && !scalar.properties.isAlphabetic || Self.numerals.contains(scalar)
        }
    }

    private static let numerals = Set("一二三四五六七八九十、".unicodeScalars)

    /// The action joined to `first` by "or" / "and/or" / 或 / 或者 / 、 right after it.
    private func coordinatedAction(_ reading: SentenceReading, after first: LexiconHit, before end: Int) -> (FrameAction, LexiconHit)? {
        // Words that only describe (a trigger such as 随时, a value's cue, a base, a plain word) do not stand between.
        guard let next = reading.hits.first(where: { $0.start >= first.end && $0.start < end && !Self.onlyDescribes($0) }) else { return nil }
        let between = Self.withoutSpaces(first.end..<next.start, in: reading)
        // 修改密码或收回权限: a joined termination word that takes back something else than the service ends nothing.
        let endsNothing = next.categories.contains(.action(.terminate)) && reading.endsAnotherThing(next)
        if next.start - first.end > 8 {
            return next.categories.contains(.action(.terminate)) && !endsNothing && joinedAfterObject(reading, between) ? (.terminate, next) : nil
        }
        guard Self.joiners.contains(where: { between.count == $0.count && reading.startsCaseless(between, with: $0) })
                || reading.startsCaseless(between, with: Self.orSpace) else { return nil }
        for case .action(let action) in next.categories where action != .notify && !(action == .terminate && endsNothing) { return (action, next) }
        return nil
    }

    private static func onlyDescribes(_ hit: LexiconHit) -> Bool {
        hit.categories.allSatisfy { category in
            switch category {
            case .trigger, .cue, .base, .plain: return true
            default: return false
            }
        }
    }

    /// "may suspend performance of the Services or terminate this Agreement" / 可以暂停代理业务或者解除本合同: the first
    /// verb's object may stand before the "or" (或, 或者, 并) that joins termination to it; a comma or semicolon in between
    /// starts another statement.
    private func joinedAfterObject(_ reading: SentenceReading, _ between: Range<Int>) -> Bool {
        guard between.count <= (reading.chinese ? Self.chineseObjectReach : Self.objectReach),
              !reading.bytes[between].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) else { return false }
        if reading.chinese {
            // 不得提前收回房屋或单方解除本合同: a manner word after the 或 is the joined verb's own.
            let manner = Self.chineseManner.first { reading.ends(between, with: $0) }
            let joiner = manner.map { between.lowerBound..<(between.upperBound - $0.count) } ?? between
            return Self.chineseOr.contains { reading.ends(joiner, with: $0) }
        }
        return reading.ends(between, with: Self.spaceOr) || reading.ends(between, with: Self.spaceAndOr)
    }

    private func firstAction(_ reading: SentenceReading, after modal: LexiconHit, before end: Int, reach: Int) -> (FrameAction, LexiconHit)? {
        let modalEnd = modal.end
        // 不能以业绩未达预期、店铺转让或任何其他理由解除合同: the grounds listed after 以 run to 理由 / 为由; the modal
        // governs the verb after them.
        let start = groundsEnd(reading, from: modalEnd, before: end) ?? Self.insertionEnd(reading, after: modal, before: end) ?? modalEnd
        // Words in brackets are examples (不得以任何理由（包括…店铺转让）解除: the bar is on the termination, not the transfer).
        for hit in reading.hits where hit.start >= start && hit.start < end && !reading.inBrackets(hit.start, from: start) {
            // "will not solicit … at the time of termination": the modal governs another verb; termination is a time.
            // 应在提出解约申请之日起7日内支付违约金: 解约 names the application; the modal governs 支付违约金.
            for case .action(let action) in hit.categories where action != .notify
                && !(action == .terminate && (reading.refersToTheEnd(hit) || reading.isDistantNoun(hit, after: start) || namesAThing(reading, hit)
                                              || reading.endsAnotherThing(hit))) {
                return (action, hit)
            }
        }
        // Notice only when nothing else is governed ("乙方应提前30日书面通知甲方").
        for hit in reading.hits where hit.start >= start && hit.start < end {
            for case .action(let action) in hit.categories where action == .notify {
                return stepAfterNotice(reading, hit, reach: reach) ?? (action, hit)
            }
        }
        return nil
    }

    /// "Customer may, in addition to receiving Service Credits, terminate": in English, words set off by commas right
    /// after the modal are an aside; the modal governs the verb after the second comma. Where the aside does not close
    /// before the clause ends, it is no aside. After a modal that is itself an aside ("may, at its option, renew …,
    /// subject to") the comma closes it.
    private static func insertionEnd(_ r: SentenceReading, after modal: LexiconHit, before end: Int) -> Int? {
        guard !r.chinese else { return nil }
        var before = modal.start
        while before > 0, r.bytes[before - 1] == 0x20 { before -= 1 }
        if before > 0, r.bytes[before - 1] == 0x2C { return nil }
        var i = modal.end
        while i < end, r.bytes[i] == 0x20 { i += 1 }
        guard i < end, r.bytes[i] == 0x2C else { return nil }
        var depth = 0
        for j in (i + 1)..<end {
            switch r.bytes[j] {
            case 0x28: depth += 1
            case 0x29: depth = max(0, depth - 1)
            case 0x2C where depth == 0: return j + 1
            default: break
            }
        }
        return nil
    }

    /// 有权在…任何时间、基于…任何其他理由，以书面方式通知甲方后单方解除本合同: a notice followed by 后 and the action is
    /// the step before the action the modal gives, however long the words before it (legal drafting).
    private func stepAfterNotice(_ reading: SentenceReading, _ notice: LexiconHit, reach: Int) -> (FrameAction, LexiconHit)? {
        guard reading.chinese,
              let after = (notice.end..<min(reach, notice.end + Self.noticeObjectReach)).first(where: { reading.starts($0..<reach, with: Self.afterWord) })
        else { return nil }
        let from = after + Self.afterWord.count
        for hit in reading.hits where hit.start >= from && hit.start < min(reach, from + Self.stepGap) {
            for case .action(let action) in hit.categories where action != .notify { return (action, hit) }
        }
        return nil
    }

    /// A Chinese termination's trigger read against the term: the term's end with no renewal signed (期限届满后，双方未另行
    /// 签订续约协议的，本协议自然终止) is the plain expiry, and so is a condition that is only the term's end (租赁期满，甲方有权
    /// 收回该房屋); a right used "when" something happens (乙方可以在系统维护时中断服务) is tied to that event, not at will.
    private func chineseTermTrigger(_ r: SentenceReading, trigger: Trigger?, cause: String?, modality: Modality?,
                                    from start: Int, to end: Int) -> (Trigger?, String?) {
        if trigger == .for_cause, let stated = cause {
            let noRenewal = modality == nil && Self.termEnds.contains(where: { stated.has($0) })
                && (Self.notRenewed.contains(where: { stated.has($0) }) || Self.renewalNotMade(stated))
            if noRenewal || Self.onlyTheTermsEnd(stated) { return (.expiry, nil) }
        }
        if trigger == nil, let when = occasion(r, from: start, to: end) { return (.for_cause, r.text(when)) }
        return (trigger, cause)
    }

    /// What stands in "在…时" between a modal and its action (可以在系统维护时中断服务: 系统维护), in one sub-clause; not
    /// 在任何时候 / 随时, which say "at any time".
    private func occasion(_ r: SentenceReading, from start: Int, to end: Int) -> Range<Int>? {
        guard start < end, let at = r.bytes[start..<end].firstRange(of: Self.atWord)?.lowerBound,
              let when = r.bytes[at..<end].firstRange(of: Self.whenWord)?.upperBound, r.segmentStart(end) <= at,
              when - at > Self.atWord.count + Self.whenWord.count,
              !Self.anyTime.contains(where: { r.bytes[at..<when].firstRange(of: $0) != nil }) else { return nil }
        return (at + Self.atWord.count)..<(when - Self.whenWord.count)
    }
    /// 托管期满且未依本协议第二条第2款续期的: a renewal the contract provides for, not made.
    private static func renewalNotMade(_ cause: String) -> Bool {
        guard let not = cause.range(of: "未依") ?? cause.range(of: "未按") else { return false }
        let after = cause[not.upperBound...].prefix(Self.renewalReach)
        return Self.renewalWords.contains { String(after).has($0) }
    }
    private static let renewalWords = ["续期", "续展", "续约", "续签", "续订", "延续", "延期"], renewalReach = 24
    /// 租赁期满 / 承包期届满后 / 合同到期时: a condition of a few words that ends with the term's end.
    private static func onlyTheTermsEnd(_ cause: String) -> Bool {
        var text = Substring(cause)
        while let last = text.last, "，,的后时。 ".contains(last) { text = text.dropLast() }
        return text.count <= Self.shortCondition && Self.termEnds.contains { text.hasSuffix($0) }
    }
    private static let shortCondition = 8
    private static let termEnds = ["期满", "届满", "到期"]
    private static let notRenewed = ["未续签", "未续约", "未续订", "未另行签订", "未签订续", "未签署续", "未另行签署", "不续约", "不续签", "没有续约", "没续约", "未办理续"]
    private static let atWord = Array("在".utf8), whenWord = Array("时".utf8)
    private static let anyTime = ["任何时", "随时", "届时", "同时", "及时", "适时"].map { Array($0.utf8) }

    /// 甲方（委托方）: the one told, with a gloss; 单方 / 即可: what may stand between 后 and the action.
    private static let noticeObjectReach = 30, stepGap = 12
    private static let afterWord = Array("后".utf8)

    private func frame(_ r: SentenceReading, modal: LexiconHit?, modality: Modality?, action: FrameAction, actionHit: LexiconHit,
                       blockIndex: Int, span: TextSpan, values: FrameValues) -> ClauseFrame {
        let anchor = modal?.start ?? actionHit.start
        let actor = self.actor(r, before: anchor, modalEnd: modal?.end, actionStart: actionHit.start)
        let counterparty = r.mentions.first { $0.start >= (modal?.end ?? actionHit.start) && !$0.isOther && $0.actor.text != actor?.text
                                              && $0.actor.role != nil && $0.actor.role != actor?.role }?.actor
            ?? r.mentions.first { $0.start >= anchor && $0.isOther }.map { _ in
                FrameActor(text: "", role: actor?.role == .client ? .provider : actor?.role == .provider ? .client : nil) }
        var (trigger, cause) = self.trigger(r, anchor: anchor, action: action, modality: modality, actionEnd: actionHit.end)
        if r.chinese, action == .terminate {
            (trigger, cause) = chineseTermTrigger(r, trigger: trigger, cause: cause, modality: modality,
                                                  from: modal?.end ?? anchor, to: actionHit.start)
        }
        // A right on notice, or stated bare, is at will; one that points to another clause for its grounds is not known to be.
        if trigger == nil, action == .terminate, modality == .right, values.notice != nil || !r.pointsToAnotherClause() { trigger = .at_will }
        // A cause measured by the actor's own yardstick (甲方的资料不符合乙方要求的，乙方可随时中止) is its judgement.
        if trigger == .for_cause, let cause, let name = actor?.text, r.chinese, !name.isEmpty,
           Self.ownYardstick.contains(where: { cause.has(name + $0) }) {
            trigger = .at_will
        }
        // A negation between the modal (or the sub-clause start) and the action: 无需支付违约金, 不因…而自动续期, "shall not
        // automatically renew".
        // (Nor in the grounds a bar lists: 不能以业绩未达预期…为由解除.)
        let grounds = modal.flatMap { groundsEnd(r, from: $0.end, before: actionHit.start) } ?? 0
        let from = max(modal?.end ?? 0, r.segmentStart(actionHit.start), grounds)
        // Words in brackets are examples, not the clause (不得以任何理由（包括销售额未达预期…）解除).
        // 未到期 / 未届满 ("before expiry") is a time, not a negation of the action.
        // 无需通知 / 不经甲方同意 / 无须说明理由 / 无须办理其它手续 before the action lift a step on the way to it, not the action itself (unless
        // the action is the notice: 无需另行通知).
        let negated = r.hits.contains { hit in
            hit.categories.contains(.negation) && hit.start >= from && hit.end <= actionHit.start
                && hit.modality == nil
                && !r.inBrackets(hit.start, from: from) && !r.expiry(startsAt: hit.end)
                && (action == .notify || !Self.liftedSteps.contains { r.starts(hit.end..<min(r.bytes.count, hit.end + $0.count), with: $0) })
                && !negatesTheDefault(r, hit, action: action, actionHit: actionHit)
        }
            || modal.map { r.negatedSubject(before: $0.start) } == true
            // "expires on December 31, 2021 and shall not be renewed or extended automatically": a statement read without its
            // modal (too far from the contract it renews) is still barred by the "shall not" before it in its sub-clause.
            || modal == nil && !r.chinese && r.hits.contains { hit in
                hit.modality == .prohibition && hit.start >= r.segmentStart(actionHit.start) && hit.end <= actionHit.start
            }
        let exception = r.firstHit(.exception, in: 0..<r.bytes.count).map { hit in r.text(hit.start..<r.segmentEnd(hit.end)) }
        var frame = ClauseFrame(blockIndex: blockIndex, sentence: span, actor: actor, modality: modality, action: action,
                                trigger: trigger, cause: cause, counterparty: counterparty?.text.isEmpty == true && counterparty?.role == nil ? nil : counterparty,
                                negated: negated, exception: exception, values: values)
        // 得 before paying is the spoken "must" (也得赔5000块, děi), not the written "may": nobody has a right to pay.
        let spokenMust = action == .pay_penalty && r.chinese && modal.map { r.equals($0.start..<$0.end, Self.spokenMustWord) } == true
        if spokenMust { frame.modality = .duty }
        // 乙方服务费晚付的，每晚一天按欠款的1%收滞纳金: a charge whose party is the one in the condition is charged to
        // that party, who paid late; 乙方…按日收取违约金 and 甲方未付款的，乙方有权…收取违约金 name the one who charges it.
        // 老板的服务费要在每月5号前付清，逾期的每天…收滞纳金: a party named as the owner of the fee (its subject dropped
        // after) is the one late with it, the payer.
        let charges = receives(r, before: actionHit)
            && !(r.chinese && actor.map { !$0.text.isEmpty && (Self.condition(of: cause).contains($0.text) || ownsTheFee(r, $0, before: actionHit.start)) } ?? false)
        // "you can do so by paying us, as an early exit fee, …": the right is to leave, paid for by its holder.
        let paysToUseIt = !r.chinese && modality == .right && modal.map { m in
            Self.payingToUse.contains { r.holds($0, in: m.end..<actionHit.start) }
        } == true
        if action == .pay_penalty, paysToUseIt { frame.modality = .duty }
        if action == .pay_penalty, modality == .right && !spokenMust && !paysToUseIt || charges, let holder = actor,
           holder.role == .client || holder.role == .provider {
            // A right to a penalty (乙方有权收取违约金, "Provider shall be entitled to liquidated damages") or a charge of one
            // (乙方…按日收取违约金) is the other party's duty to pay it: the frame names the payer, as "甲方应支付违约金" does.
            frame.actor = counterparty?.role == nil ? FrameActor(text: "", role: holder.role == .client ? .provider : .client) : counterparty
            frame.counterparty = holder
            // A party barred from claiming one (乙方…不得主张违约金) is the other's freedom from paying it.
            frame.modality = modality == .prohibition ? .exclusion : .duty
        }
        // 乙方违约的，甲方有权没收保证金 / 甲方有权不予退还: the holder of a right to keep the money is not the one who loses
        // it; the other side's money is kept.
        if action == .no_refund, modality == .right, let holder = actor, holder.role == .client || holder.role == .provider {
            let other: FrameRole = holder.role == .client ? .provider : .client
            frame.actor = counterparty?.role == other ? counterparty
                : r.mentions.first { $0.actor.role == other }?.actor ?? FrameActor(text: "", role: other)
            frame.counterparty = holder
            frame.modality = .exclusion
        }
        if action == .pay_penalty, !r.chinese, r.text(actionHit.start..<actionHit.end).lowercased().has("credit"), frame.actor?.role != .provider {
            // A service credit is the provider's for missing its service levels, whoever the sentence names first
            // ("Customer's sole remedy … is a service credit of 5%").
            let provider = r.mentions.first { $0.actor.role == .provider }?.actor ?? FrameActor(text: "", role: .provider)
            frame.counterparty = r.mentions.first { $0.actor.role == .client }?.actor ?? frame.actor
            frame.actor = provider
            frame.modality = frame.modality ?? .duty
        }
        // 运营部…可随时暂停托管服务，恕不另行通知各位商家: a right to stop the service, held by no party named, toward the
        // merchant, is the provider's: only the side giving the service suspends it.
        if action == .suspend, frame.actor == nil, frame.counterparty?.role == .client, modality == .right {
            frame.actor = FrameActor(text: "", role: .provider)
        }
        if action == .refund, negated || modality == .exclusion {
            // "No Fees shall be refunded", "terminate without refund", 营运方并无责任向客户退还已付服务费: a refund refused
            // (or owed by nobody) is money kept.
            frame.action = .no_refund
            frame.negated = false
        }
        // Closing a user's account is the provider's act when only the condition names the user (若用户的行为不符合…，将…取消
        // 用户帐号), not when the user is the subject of the closing itself (用户有权注销其账号).
        if action == .terminate, r.chinese, let actor = frame.actor, actor.role == .client,
           Self.account.contains(where: { r.holds($0, in: actionHit.start..<actionHit.end) }),
           !r.holds(Array(actor.text.utf8), in: r.segmentStart(actionHit.start)..<actionHit.start) {
            frame.actor = FrameActor(text: "", role: .provider)
        }
        if action == .renew, !negated {
            // 自动续约 / 视为本合同续签 / "shall automatically renew": a cue in the action words or just before them; in
            // English also just after them, in their sub-clause ("shall renew automatically", "each Renewal Term shall
            // commence automatically").
            // (In Chinese within the renewal's own sub-clause: 不因…而视为续约，续约须经双方书面确认 deems nothing of the second.)
            let words = max(r.chinese ? r.segmentStart(actionHit.start) : 0, actionHit.start - (r.chinese ? 18 : 24))..<actionHit.end
            let after = actionHit.end..<(r.chinese ? actionHit.end : min(r.segmentEnd(actionHit.end), actionHit.end + 40))
            // After the verb only "automatically" says so: "renewed by mutual agreement for successive terms" is not.
            frame.automatic = automaticCues.contains { r.holds($0, in: words) } || automaticAfter.contains { r.holds($0, in: after) }
            // 视为双方同意按原条件续约一年: in Chinese a deeming cue earlier in the renewal's own sub-clause says it too.
            if !frame.automatic, r.chinese {
                let clause = max(r.segmentStart(actionHit.start), actionHit.start - Self.deemingReach)..<actionHit.start
                frame.automatic = automaticCues.contains { r.holds($0, in: clause) }
            }
            // "This agreement renews for another year unless you stop it": a renewal that happens unless someone acts
            // happens by itself (not "may be renewed … unless", an option).
            // 服务期限顺延至本协议义务履行完毕止: the term runs on by itself until an event, no party acting.
            if !frame.automatic, r.chinese, modality == nil, r.starts(actionHit.end..<r.bytes.count, with: Self.until),
               r.holds(Self.untilEnd, in: actionHit.end..<r.segmentEnd(actionHit.end)) {
                frame.automatic = true
            }
            // 合同期满，甲方未提出异议的，本合同顺延一年: stated bare after a party's silence at the term's end, the renewal
            // happens unless someone objects.
            if !frame.automatic, r.chinese, modality == nil, silentAtTheEnd(r, before: actionHit.start) { frame.automatic = true }
            // (Not an "unless" another modal governs: "Any extension … shall require a written amendment …, and Consultant
            // shall not be compensated … unless such an amendment has been executed".)
            if !frame.automatic, !r.chinese, modality != .right,
               let unless = r.firstHit(.exception, in: actionHit.end..<r.bytes.count), r.startsCaseless(unless.start..<unless.end, with: Self.unless),
               !r.hits.contains(where: { $0.modality != nil && $0.start >= actionHit.end && $0.end <= unless.start }) {
                frame.automatic = true
            }
        }
        return frame
    }

    private static let termEndWords = termEnds.map { Array($0.utf8) }
    private static let silenceWord = Array("未".utf8)
    private static let objections = ["异议", "终止", "解除", "不续", "不再续", "退出", "解约"].map { Array($0.utf8) }
    /// How far after 未 the objection may stand: 未在期满前提交书面终止通知 is 12 characters.
    private static let silenceReach = 16 * 3
    private static let conditionEnd = Array("的".utf8)

    /// Whether a Chinese renewal follows a condition that names the term's end and a party's silence then: the
    /// sub-clause just before the renewal's ends in 的 and says 未提出异议 / 未在期满前提交书面终止通知. (Not "乙方未确认的合同
    /// 到期自然终止，续约价格不高于本期价格": no condition of the renewal.)
    private func silentAtTheEnd(_ r: SentenceReading, before end: Int) -> Bool {
        let own = r.segmentStart(end)
        guard own > 0, Self.termEndWords.contains(where: { r.holds($0, in: 0..<end) }) else { return false }
        let condition = r.segmentStart(own - 1)..<(own - 1)
        guard !condition.isEmpty, r.endsExactly(condition, with: Self.conditionEnd) else { return false }
        return r.bytes[condition].ranges(of: Self.silenceWord).contains { silence in
            let after = silence.upperBound..<min(condition.upperBound, silence.upperBound + Self.silenceReach)
            return Self.objections.contains { r.holds($0, in: after) }
        }
    }

    /// A Chinese cause's condition: its first sub-clause ending in 的 (乙方服务费晚付的), without a bracket opening it
    /// that says who is who; "" when it has none.
    static func condition(of cause: String?) -> Substring {
        guard var rest = cause?[...] else { return "" }
        if rest.first == "(", let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
        guard let end = rest.range(of: "的,")?.lowerBound ?? (rest.hasSuffix("的") ? rest.index(before: rest.endIndex) : nil) else { return "" }
        return rest[..<end]
    }

    /// Whether `party` is named, before `end` and in another sub-clause, as the owner of a fee (老板的服务费, 甲方的费用).
    private func ownsTheFee(_ r: SentenceReading, _ party: FrameActor, before end: Int) -> Bool {
        r.mentions.contains { m in
            m.end < r.segmentStart(end) && m.actor.text == party.text
                && Self.ownedFees.contains { r.starts(m.end..<r.bytes.count, with: $0) }
        }
    }

    private static let ownedFees = words(["的服务费", "的费用", "的托管费", "的运营费", "的款项", "的货款", "的佣金", "的租金"])

    /// Whether a receive word (收取, charge) comes just before a penalty word, in its sub-clause.
    private func receives(_ r: SentenceReading, before hit: LexiconHit) -> Bool {
        let from = max(r.segmentStart(hit.start), hit.start - (r.chinese ? 12 : 24))
        if receiveWords.contains(where: { r.holds($0, in: from..<hit.start) }) { return true }
        // 暂停期间逾期违约金照常计收: a charge "still collected" is collected by the one named before it, paid by the other.
        if r.chinese, Self.stillCollected.contains(where: { r.starts(hit.end..<r.bytes.count, with: $0) }) { return true }
        // 甲方有权扣减当季服务费的百分之二，作为乙方的违约补偿: the sum deducted is named "as" the penalty after it, in
        // the sub-clause before too.
        guard r.chinese, r.holds(Self.asThe, in: max(0, hit.start - Self.asReach)..<hit.start) else { return false }
        let deducted = max(0, hit.start - Self.deductionReach)..<hit.start
        return Self.deductions.contains { r.holds($0, in: deducted) }
    }

    private static let asThe = Array("作为".utf8), asReach = 18, deductionReach = 72
    private static let stillCollected = words(["照常计收", "照常收取", "照常计算", "照收", "照计", "继续计收", "继续收取", "继续计算"])
    private static let deductions = words(["扣减", "扣除", "抵扣", "扣收"])

    /// The party named last before the modal in its sub-clause (甲方有权 / "Either party may"), else before it in the
    /// sentence; for a passive ("may be terminated by Customer", "可由甲方解除"), the party after 由 / by.
    private func actor(_ r: SentenceReading, before anchor: Int, modalEnd: Int?, actionStart: Int) -> FrameActor? {
        if let modalEnd {
            if actionStart < modalEnd, let agent = r.agent(after: modalEnd) { return agent.actor }
            let between = modalEnd..<max(modalEnd, actionStart)
            if r.startsCaseless(between, with: Self.passive) || r.holds(Self.you, in: between) {
                let agent = r.mentions.first { $0.start >= modalEnd && $0.start <= actionStart + 60 && !$0.isOther
                    && (r.isAgent($0) || r.equals(max(0, $0.start - 3)..<$0.start, Self.you)) }
                if let agent { return agent.actor }
            }
        }
        let segment = r.segmentStart(anchor)
        let candidates = r.mentions.filter { $0.end <= anchor && !$0.isOther && !isObject(r, $0) && !r.isExcluded($0) && !r.inOpeningAside($0.start) }
        if r.chinese {
            // 方可 / 才可 / 始可 ("only then may"): the permission is the sentence's topic's, not the party just named.
            let before = max(0, anchor - 3)..<anchor
            let namedJustBefore = r.mentions.contains { $0.end == anchor }
            if !namedJustBefore, Self.onlyThen.contains(where: { r.equals(before, $0) }) { return candidates.first?.actor }
            // 一方严重违约的，另一方可以解除 / 甲方违约的，对方有权终止: the other side of the party named before acts.
            if let other = r.mentions.last(where: { $0.isOther && $0.end <= anchor && $0.start >= segment }),
               !candidates.contains(where: { $0.start > other.start && $0.start >= segment }) {
                let named = candidates.last { $0.start < other.start }?.actor.role
                let role: FrameRole? = named == .client ? .provider : named == .provider ? .client : named == .either ? .either : nil
                return FrameActor(text: other.actor.text, role: role)
            }
            // 您和我们都可以随时结束合作 / 甲方与乙方均可 / 您和我们公司都可以: two sides named together act together.
            let own = candidates.filter { $0.start >= segment }
            if own.count == 2, own[0].actor.role != own[1].actor.role, anchor - own[1].end <= 12,
               Self.chineseJoiners.contains(where: { r.equals(own[0].end..<own[1].start, $0) }) {
                return FrameActor(text: r.text(own[0].start..<own[1].end), role: .both)
            }
            // 任何一方（无论是客户还是服务提供商）均可: a party named in a bracket explains the one before it, it does not act.
            if let own = own.last(where: { !r.inBrackets($0.start, from: segment) }) ?? own.last { return own.actor }
            // 甲方有权暂停服务，滞纳金照常计算: a sub-clause that opens with what it states (the charge) and has no modal says
            // something of that charge; it takes a subject only from a condition just before it (甲方逾期的，违约金按日计算)
            // or from a sub-clause that pays (应向乙方支付违约金，违约金按剩余服务费的40%计算).
            if modalEnd == nil, anchor == segment, segment > 4, r.bytes[segment - 1] == 0x2C,
               Self.charges.contains(where: { r.starts(segment..<r.bytes.count, with: $0) }),
               !Self.conditionEnds.contains(where: { r.endsExactly(0..<(segment - 1), with: $0) }) {
                let before = r.segmentStart(segment - 1)..<(segment - 1)
                if !Self.chargedOrPaid.contains(where: { r.holds($0, in: before) }) { return nil }
            }
            // Chinese drops the subject after a condition (甲方逾期付款的，应按…支付; 乙方认定甲方配合不到位的，可终止): the
            // subject is the first party of the nearest sub-clause before that names one.
            let earlier = candidates.filter { $0.start < segment }
            guard let last = earlier.last else { return nil }
            let clauseStart = r.segmentStart(last.start)
            return (earlier.first { $0.start >= clauseStart } ?? candidates.first)?.actor
        }
        // "…, this Agreement shall terminate", "the Contract will terminate", "this Lease shall terminate": the contract is
        // the subject, not the party of the condition.
        let subject = Self.withoutSpaces(max(0, anchor - 16)..<anchor, in: r)
        if Self.contractSubjects.contains(where: { r.ends(subject, with: $0) }) { return nil }
        // "either the Merchant or Brightline may terminate": parties offered as alternatives each hold the right.
        let own = candidates.filter { $0.start >= segment }
        if let first = own.first, let last = own.last, Set(own.map(\.actor.role)).count >= 2, r.holds(Self.either, in: segment..<first.start) {
            return FrameActor(text: r.text(first.start..<last.end), role: .either)
        }
        // "You and the Agency can give any notice": two sides named together as the subject act together.
        if own.count == 2, let first = own.first, let last = own.last, first.actor.role != last.actor.role, anchor - last.end <= 2,
           Self.joinsTwoSubjects(Self.withoutSpaces(first.end..<last.start, in: r), in: r) {
            return FrameActor(text: r.text(first.start..<last.end), role: .both)
        }
        // "the Customer (the merchant whose store the Agency operates) shall pay": a party in a bracket describes the
        // subject before it; it does not act.
        return (own.last(where: { !r.inBrackets($0.start, from: segment) }) ?? own.last ?? candidates.last { anchor - $0.end <= 80 })?.actor
    }

    /// 向甲方 / 对乙方 / 给 / 干扰乙方运营 / 经甲方同意 / to Customer: the party is an object, not the actor.
    private func isObject(_ r: SentenceReading, _ m: SentenceReading.Mention) -> Bool {
        if r.chinese {
            // Two-character verbs (干扰, 通知) need six bytes before the party.
            let before = max(0, m.start - 6)..<m.start
            return Self.chineseObject.contains { r.ends(before, with: $0) }
        }
        // "to Customer", "owes the Agency": the verb or preposition right before the party, or before its "the".
        let before = max(0, m.start - 4)..<m.start, beforeThe = max(0, m.start - 10)..<m.start
        return Self.englishObject.contains { r.ends(before, with: $0) || r.ends(beforeThe, with: $0 + Self.the) }
    }

    /// Both sides' consent in `range`, not denied in its own sub-clause (未经双方协商一致, "without mutual agreement"), and
    /// not the words that open what the parties stipulate (双方同意：乙方有权随时解除… / 双方同意如下: the consent is to the
    /// clause, which says who may end it).
    private func agreed(_ r: SentenceReading, in range: Range<Int>) -> Bool {
        r.hits.contains { hit in
            guard range.contains(hit.start), hit.categories.contains(.trigger(.by_agreement)) else { return false }
            let after = hit.end..<min(r.bytes.count, hit.end + 6)
            if Self.stipulationOpeners.contains(where: { r.starts(after, with: $0) }) { return false }
            let clause = r.segmentStart(hit.start)..<hit.start
            return !Self.consentDenied.contains { r.holds($0, in: clause) }
        }
    }

    private static let stipulationOpeners = words(["：", ":", "如下"])

    private static let terminationNouns = words(["申请", "之日", "日起", "通知书", "通知送达", "通知发出", "通知到达", "事宜", "手续", "后", "之后",
                                                 "以后", "时"])

    /// 解约申请 / 解除之日 / 终止事宜: the termination word names a thing, it is not the act; 合同终止后 / 终止时 name a
    /// time (乙方应在合同终止后移交全部数据: the duty is the handover).
    private func namesAThing(_ reading: SentenceReading, _ hit: LexiconHit) -> Bool {
        guard reading.chinese else { return false }
        if Self.terminationNouns.contains(where: { reading.starts(hit.end..<min(reading.bytes.count, hit.end + $0.count), with: $0) }) { return true }
        // 截至解除或终止之日 / 解除、终止后: the first of two joined termination words names what the second names.
        for joiner in Self.terminationJoiners where reading.starts(hit.end..<min(reading.bytes.count, hit.end + joiner.count), with: joiner) {
            let next = hit.end + joiner.count
            if let second = reading.hits.first(where: { $0.start == next && $0.categories.contains(.action(.terminate)) }) {
                return namesAThing(reading, second)
            }
        }
        return false
    }

    private static let terminationJoiners = words(["或者", "或", "、", "及", "和"])

    /// 不履行本合同的罚金 / 未按期交货的违约金 / 不按时支付服务费的滞纳金: the negation is in the clause that says which
    /// default the penalty is for (it ends on 的 right before the penalty word), not a negation of the penalty. A word that
    /// lifts a duty (无需支付的违约金, 免于承担的罚款) still negates it.
    private func negatesTheDefault(_ r: SentenceReading, _ negation: LexiconHit, action: FrameAction, actionHit: LexiconHit) -> Bool {
        guard r.chinese, action == .pay_penalty, r.endsExactly(negation.end..<actionHit.start, with: Self.of) else { return false }
        return Self.defaultNegations.contains { r.equals(negation.start..<negation.end, $0) }
    }

    private static let of = Array("的".utf8)
    private static let defaultNegations = words(["不", "未", "非"])

    /// 另行 lifts the step it names (无需另行通知即可解除), not the action itself (不另行承担违约金).
    private static let liftedSteps = words(["通知", "告知", "事先", "提前", "经", "征得", "说明", "任何理由", "理由", "办理",
                                            "另行通知", "另行告知", "另行征得", "另行取得", "另行经", "另行签订", "另行签署", "另行协商",
                                            "另行确认", "另行同意", "另行办理", "另行说明", "另行书面", "另行发出", "另行催告"])
    /// At-will words that cannot be a time: "at any time if the other party breaches" is for cause.
    /// ("This Agreement shall terminate (a) at the option of any party, upon 90 days' advance written notice; or (b) …".)
    private static let withoutCause: Set<String> = ["without cause", "for convenience", "for any reason", "for no reason", "with or without cause",
                                                    "any reason or no reason", "for any or no reason", "at the option of"]
    private static let ownYardstick = ["要求", "的要求", "标准", "的标准", "满意", "认可"]
    private static let consentDenied = words(["未经", "非经", "无需", "无须", "不需", "不经", "without", "absent"])

    /// Whether the first expiry word before `end` ends the contract's own term (本合同到期后, 本协议服务期届满), not a
    /// licence's or an authorisation's (品牌授权到期, 许可证…有效期届满): its own sub-clause, up to the word, ends with the
    /// contract or its term and names no other instrument.
    private func contractTermEnds(_ r: SentenceReading, before end: Int) -> Bool {
        guard let expiry = r.firstHit(.trigger(.expiry), in: 0..<end) else { return false }
        let start = r.bytes[0..<expiry.start].lastIndex(where: { $0 == 0x2C || $0 == 0x3B }).map { $0 + 1 } ?? 0
        let subject = r.text(start..<expiry.start)
        return Self.termNouns.contains { subject.hasSuffix($0) } && !Self.otherInstruments.contains { subject.contains($0) }
    }

    /// Marks of a second way of ending the contract in the same sentence.
    private static let alternatives = ["(ii)", "(b)", "(2)", "; or", "or (", "or,"]

    private static let termNouns = ["合同", "协议", "服务期", "合作期", "委托期", "托管期", "运营期", "租赁期", "租期", "期限", "有效期", "合同期"]
    private static let otherInstruments = ["授权", "许可", "证", "执照", "资质", "备案", "批准", "保函"]

    private func trigger(_ r: SentenceReading, anchor: Int, action: FrameAction, modality: Modality?, actionEnd: Int) -> (Trigger?, String?) {
        let segment = r.segmentStart(anchor)
        // …，本保函自即日起生效，有效期到乙方履行完毕之日终止: a stated end whose own sub-clause names the term's end is that
        // end, whatever conditions the sentence set out before.
        if r.chinese, action == .terminate, modality == nil, r.endsTheTerm(in: segment..<anchor) { return (.expiry, nil) }
        // 本合同自双方签字盖章之日起生效，至托运货物全部交付收货人并结清运费之日终止: a sub-clause running "until" the day the
        // contract ends is its term, not a way to end it.
        if r.chinese, action == .terminate, modality == nil, r.starts(segment..<anchor, with: Self.until) { return (.expiry, nil) }
        // The cause words that count: in the conditions and the action's own sub-clause, not in a consequence after it
        // (解除合同，且不承担违约责任), and not "违约责任" (liability for breach) itself.
        let reach = r.segmentEnd(actionEnd)
        func causes(in range: Range<Int>, anyReach: Bool = false) -> Bool {
            r.hits.contains { hit in
                // (A word that is the action too, 解散, is not its own cause.)
                range.contains(hit.start) && (anyReach || hit.start < reach) && hit.end != actionEnd
                    && (hit.categories.contains(.trigger(.for_cause)) || hit.categories.contains(.trigger(.missed_target)))
                    && !r.starts(hit.end..<min(r.bytes.count, hit.end + 6), with: Self.liability)
            }
        }
        // Conditions: the sub-clauses before the actor's one (乙方逾期付款的，甲方有权…), or from "if" to the comma.
        var cause: String?
        if segment > 0 {
            // The condition is the sub-clause's own, after the last ";" before it (…应另行签订续约协议；未签订的，本合同终止).
            let clauseStart = r.bytes[0..<(segment - 1)].lastIndex(of: UInt8(ascii: ";")).map { $0 + 1 } ?? 0
            let before = r.trimmingTrailing(clauseStart..<(segment - 1))
            let conditional = r.has(.conditionBefore, in: clauseStart..<segment) || conditionsAfter.contains { r.endsExactly(before, with: $0) }
            if conditional || causes(in: clauseStart..<segment) { cause = r.text(before) }
        }
        // "may terminate … at any time without cause, by providing thirty (30) days' notice": a right stated as one
        // without cause in its own clause is at will, whatever condition a later clause sets.
        if cause == nil, !r.chinese, let hit = r.firstHit(.conditionBefore, in: anchor..<r.bytes.count),
           r.hits.contains(where: { (anchor..<hit.start).contains($0.start) && $0.categories.contains(.trigger(.at_will))
                                    && Self.withoutCause.contains(r.text($0.start..<$0.end).lowercased()) }) {
            return (.at_will, nil)
        }
        if cause == nil, let hit = r.firstHit(.conditionBefore, in: anchor..<r.bytes.count) {
            // "…，亦不因此承担违约责任": liability for breach after a condition word is no cause.
            if causes(in: hit.start..<r.bytes.count, anyReach: true) {
                // "may terminate this Agreement, effective upon written notice, if the other party breaches": the condition
                // is the one before the cause word, not the notice's "upon" in an earlier sub-clause.
                let causeWord = r.hits.first { $0.start >= hit.start && $0.end != actionEnd
                    && ($0.categories.contains(.trigger(.for_cause)) || $0.categories.contains(.trigger(.missed_target))) }
                // (Not across an alternative: "(i) upon thirty (30) days prior written notice, or (ii) immediately … if:" is
                // a right on notice first.)
                let condition = causeWord.flatMap { word in
                    r.hits.last { $0.start >= hit.start && $0.start < word.start && $0.categories.contains(.conditionBefore) }
                }.flatMap { later in
                    let between = r.text(hit.start..<later.start).lowercased()
                    return Self.alternatives.contains { between.has($0) } ? nil : later
                } ?? hit
                cause = r.text(condition.start..<r.segmentEnd(condition.end))
            } else if !r.chinese, action == .terminate, !r.has(.trigger(.at_will)), !r.has(.trigger(.for_cause)), r.bytes.last != 0x3A,
                      let condition = r.hits.first(where: { $0.start >= hit.start && $0.categories.contains(.conditionBefore) && r.statesACondition($0) }) {
                // "may terminate … upon notice in the event that distribution of the Services is discontinued": a right
                // under a condition is not one at will, whatever the condition names.
                cause = r.text(condition.start..<r.segmentEnd(condition.end))
            }
        } else if cause == nil, causes(in: anchor..<reach),
                  let hit = r.hits.first(where: { (anchor..<reach).contains($0.start) && $0.end != actionEnd && $0.categories.contains(.trigger(.for_cause)) }) {
            cause = r.text(hit.start..<r.segmentEnd(hit.end))
        }
        // Consent of both sides (双方协商一致，可以解除; "at any time by mutual agreement"): nobody's exit, whatever the
        // modal says.
        if cause == nil, agreed(r, in: 0..<reach) { return (.by_agreement, nil) }
        // A stated condition wins over 随时 elsewhere in the sentence (如乙方违约，甲方有权随时解除: for cause).
        if cause == nil, r.has(.trigger(.at_will)) { return (.at_will, nil) }
        if let cause {
            let hits = index.hits(in: Array(cause.utf8))
            // 本合同服务期届满且未续展的，本合同自然终止: a condition that is the contract's own term ending, with no default in
            // it, is the term ending, not a cause to end it early (品牌授权到期…，本合同随之终止 still ends it early).
            if r.chinese, action == .terminate, modality == nil, r.endsTheTerm(in: 0..<segment), contractTermEnds(r, before: segment),
               !hits.contains(where: { $0.categories.contains(.trigger(.for_cause)) || $0.categories.contains(.trigger(.missed_target)) }) {
                return (.expiry, nil)
            }
            // 双方协商一致的，可以解除: the condition is the agreement itself, no event.
            if agreed(r, in: 0..<segment) {
                let onlyAgreement = hits.contains { $0.categories.contains(.trigger(.by_agreement)) }
                    && !hits.contains { $0.categories.contains(.trigger(.for_cause)) }
                return (.by_agreement, onlyAgreement ? nil : cause)
            }
            // An inline list (有下列情形之一的，乙方可中止服务：(1)…；(2)乙方认为有必要的其他情形): an item that is the actor's
            // own judgement makes the list an escape hatch.
            if let colon = r.bytes.firstIndex(of: 0x3A), colon > actionEnd, r.has(.trigger(.at_will), in: colon..<r.bytes.count) {
                return (.at_will, cause)
            }
            // A condition that is the actor's own judgement (如乙方认为…, "if Provider determines") is no cause.
            // (Not for an ending stated as what will happen: "if the LSA is terminated for any reason whatsoever, the present
            // Agreement will automatically terminate" names another contract's end, no one's discretion.)
            if hits.contains(where: { $0.categories.contains(.trigger(.at_will)) }),
               r.chinese || action != .terminate || !r.text(anchor..<actionEnd).lowercased().has("automatic") {
                return (.at_will, cause)
            }
            // "Upon at least sixty (60) days' written notice, Alpha may terminate" / 提前三十日书面通知乙方后，甲方可以解除: the
            // condition is the notice itself, no event (unlike a cure notice left unanswered, 收到通知后仍未改正).
            // (Not when another condition follows the notice: "upon ten (10) days' notice in the event of any of the
            // following:" is a lead-in to causes.)
            if let notice = hits.first(where: { $0.categories.contains(.action(.notify)) }),
               !hits.contains(where: { $0.categories.contains(.trigger(.for_cause)) || $0.categories.contains(.trigger(.missed_target))
                                       || $0.categories.contains(.negation) || $0.start > notice.end && $0.categories.contains(.conditionBefore) }) {
                return (nil, nil)
            }
            let missed = hits.contains { $0.categories.contains(.trigger(.missed_target)) }
            return (missed ? .missed_target : .for_cause, cause)
        }
        // A lead-in with a condition ("Customer may terminate if Provider:") introduces causes.
        // In English so does any right to terminate that ends on a colon ("Licensor may terminate this Agreement:",
        // "… under any of the following conditions:"): its list says when, and at-will words would have said so.
        if r.bytes.last == 0x3A, r.has(.conditionBefore, in: anchor..<r.bytes.count) || !r.chinese && action == .terminate { return (.for_cause, nil) }
        if causes(in: 0..<reach) && (action == .terminate || action == .pay_penalty) {
            return (r.has(.trigger(.missed_target), in: 0..<reach) ? .missed_target : .for_cause, nil)
        }
        if (action == .renew || action == .terminate) && r.endsTheTerm() { return (.expiry, nil) }
        return (nil, nil)
    }

    private struct GovernedAction: Hashable {
        var action: FrameAction
        var segment: Int
    }
}
