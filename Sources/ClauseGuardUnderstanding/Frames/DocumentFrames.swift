import ClauseGuardModel
import ClauseGuardText

/// Frames of a whole contract: each body and table sentence, and the items of a list under a lead-in
/// ("有下列情形之一的，甲方有权解除本合同：" / "Customer may terminate if any of the following occurs:").
struct DocumentFrames {
    /// Each language's extractor, built on the run's first sentence of that language.
    let readers: LanguageReaders

    /// A lead-in promises items only this far.
    private static let maxItems = 15
    private static let leadInWords = ["下列", "以下", "如下", "下述", "下面", "following"]
    /// …or a table set out after it ("Brand shall pay the Agency a kill fee calculated as follows:").
    private static let tableWords = ["下表", "如下表", "以下表格", "下列表格", "计算如下", "table below", "following table", "calculated as follows",
                                     "determined as follows", "computed as follows", "shown below", "set out below", "set forth below"]
    /// A lead-in whose list sets the sums (按下列标准支付取消费：, "shall pay a cancellation fee on the following scale:").
    private static let scheduleWords = ["下列标准", "以下标准", "如下标准", "下列比例", "以下比例", "following scale", "following schedule",
                                       "following rates", "following amounts", "following percentages"]

    /// A table cell (Word, ODT) or a text line written as a row ("托管开始后3个月内 | 年度托管费的50%").
    private static func isTableRow(_ block: Block, _ text: String) -> Bool {
        block.part == .tableCell || text.has(" | ") || text.hasPrefix("|")
    }
    private static let itemLabel = try? PCRERegex("^\\s*(?:\\(?[一二三四五六七八九十]{1,3}[)、.,，]|\\(?\\d{1,2}[)、.]|\\(\\d{1,2}\\)|\\(?(?:[ivx]{2,4}|[IVX]{2,4}|[a-zA-Z])[).])")

    /// A sentence ending in "?" (NFKC has made ？ one) that asks: a question word (吗, 多久, how, does…) or a "Q:" / 问
    /// label. A "?" alone may be a character an old file lost (并可停止供电?).
    static func isQuestion(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > range.lowerBound, bytes[end - 1] == 0x3F else { return false }
        let text = String(decoding: bytes[range.lowerBound..<(end - 1)], as: UTF8.self)
        if questionWords.contains(where: { text.has($0) }) { return true }
        let firstWord = text.lowercased().drop { $0 == " " }.prefix { $0.isLetter }
        return englishOpeners.contains(String(firstWord))
    }

    private static let questionWords = ["吗", "呢", "多久", "多少", "什么", "怎么", "如何", "是否", "能否", "可否", "哪", "谁", "问:", "Q:"]
    private static let englishOpeners: Set<String> = ["what", "how", "when", "who", "why", "which", "where", "do", "does", "did", "can", "could",
                                                       "will", "would", "is", "are", "should", "may", "if", "q"]

    /// `sentences` splits the texts of `normalized`.
    func frames(_ document: ContractDocument, normalized: [NormalizedText], parties: PartyMap, sentences: SentenceSplits) -> [ClauseFrame] {
        var out: [ClauseFrame] = []
        let parsed = ParsedValues()
        var leadIn: ClauseFrame?
        // A lead-in that names who may act but not the action: its items state the actions.
        var measures: Measures?
        var itemsLeft = 0
        // The label shape of the lead-in's first item ("(1)", "一、"); its list ends at a label of another shape.
        var itemShape: String?
        // A lead-in that points at a table (按下表向甲方支付违约金：): its rows with a rate or a sum are its terms.
        var tableLead: ClauseFrame?
        // …the lead-in points at a list instead (应按下列标准向服务方支付取消费：): its items with a rate or a sum are.
        var leadTakesItems = false
        // The names a sentence is searched for besides the lexicon's words: English defined names ("Inktomi"), every
        // short name (云帆), a Chinese party named only by its short name; not the letters, which are lexicon words.
        let defined = parties.parties.flatMap { party -> [String] in
            let isLetter = party.label.unicodeScalars.contains(where: CJK.isIdeograph)
                && readers.reader("zh")?.index.lexicon.letters.contains(party.label) == true
            return (isLetter ? [] : [party.label]) + (party.aliases ?? [])
        }
        let headings = TerminationHeadings.blocks(document, normalized: normalized, index: { readers.reader("zh")?.index })
        // By index: an enumerated block is a copy of it (its strings and arrays retained and released) per block.
        for i in document.blocks.indices where document.blocks[i].part == .body || document.blocks[i].part == .tableCell {
            let text = normalized[i].text
            guard !text.isEmpty, let extractor = readers.readerOrFallback(TextLanguage.of(text))?.extractor else { continue }
            let shape = Self.opensWithCircledNumber(document.blocks[i].text) ? "①"
                : isItem(document.blocks[i], text) ? Self.shape(of: document.blocks[i], text) : nil
            // "(c) Either of us can end this agreement … if the other:", "(i) …", "(iii) …", then "(d) We can end …": a
            // label next after the lead-in's own is its sibling, not one of its items (both are "(a)" in shape).
            let leadBlock = leadIn?.blockIndex ?? measures?.block
            let sibling = itemShape != nil && leadBlock.map { Self.isNextLabel(text, after: normalized[$0].text) } == true
            let inList = (leadIn != nil || measures != nil) && itemsLeft > 0 && shape != nil && (itemShape == nil || shape == itemShape) && !sibling
            var blockFrames: [ClauseFrame] = []
            // The block's bytes once; each sentence is a slice of them (not a String and then its bytes).
            let utf8 = Array(text.utf8)
            // The whole block's lexicon words, read once when a list, table or lead-in step asks for them.
            var wholeBlockHits: [LexiconHit]?
            func blockHits() -> [LexiconHit] {
                if wholeBlockHits == nil { wholeBlockHits = extractor.index.hits(in: utf8) }
                return wholeBlockHits!
            }
            // A question grants nothing (FAQ terms: 商家可以中途不做吗？); its answer, the next sentence, says the term.
            // The frames of the block's latest sentence that had any: a sentence pointing back (前述解除权仅由乙方享有)
            // gives them to one party.
            var previous: Range<Int>?
            for range in sentences[i] where !Self.isQuestion(utf8, range) {
                let original = normalized[i].originalRange(of: range)
                let sentence = Array(utf8[range])
                let first = blockFrames.count
                blockFrames += extractor.frames(sentence: sentence, blockIndex: i,
                                                span: TextSpan(start: original.lowerBound, end: original.upperBound),
                                                parties: parties, definedLabels: defined, parsed: parsed, listItem: inList && measures != nil,
                                                underTerminationHeading: headings[i] != nil)
                if let previous, let holder = extractor.soleHolder(sentence: sentence, parties: parties, definedLabels: defined) {
                    Self.give(blockFrames[previous].indices.map { $0 }, of: &blockFrames, to: holder, parties: parties)
                }
                if blockFrames.count > first { previous = first..<blockFrames.count }
            }
            if let lead = tableLead {
                if Self.isTableRow(document.blocks[i], text) || leadTakesItems && shape != nil {
                    if !blockFrames.contains(where: { $0.action == lead.action }) {
                        let values = extractor.values(sentence: utf8, parties: parties, definedLabels: defined, parsed: parsed)
                        if values.percent != nil || values.amount != nil || values.floor != nil {
                            var row = lead
                            row.blockIndex = i
                            row.sentence = TextSpan(start: 0, end: document.blocks[i].text.utf8.count)
                            row.leadIn = lead.blockIndex
                            row.values = values
                            // A row of a table no sentence introduced names its own defaulter (1 | 栎山公司逾期支付服务费 |
                            // 每日按逾期金额的0.04%): the party its sentence names pays.
                            if row.actor == nil {
                                row.actor = blockFrames.first(where: { $0.actor != nil })?.actor
                                    ?? extractor.soleHolder(sentence: utf8, parties: parties, definedLabels: defined)
                            }
                            blockFrames.append(row)
                        }
                    }
                } else {
                    tableLead = nil
                    leadTakesItems = false
                }
            } else if Self.isTableRow(document.blocks[i], text), Self.namesPenalty(blockHits()) {
                // A table headed by the penalty it sets (序号 | 违约情形 | 违约金标准 | 上限; "Effective Date of Termination |
                // Early Termination Fee"): its rows with a rate or a sum are penalties, though no sentence leads in.
                tableLead = ClauseFrame(blockIndex: i, sentence: TextSpan(start: 0, end: document.blocks[i].text.utf8.count),
                                        actor: nil, modality: .duty, action: .pay_penalty)
                leadTakesItems = false
            }
            let colonLower = endsWithColon(text) ? text.lowercased() : nil
            let schedule = colonLower.map { lower in Self.scheduleWords.contains { lower.has($0) } } ?? false
            if let lower = colonLower, schedule || Self.tableWords.contains(where: { lower.has($0) }) {
                leadTakesItems = schedule
                // "… may terminate … by paying the early termination fee set forth in the table below:": the fee has no
                // frame of its own; the party that ends the contract pays it.
                tableLead = blockFrames.last { $0.action == .pay_penalty && !$0.negated }
                    ?? (Self.namesPenalty(blockHits()) ? blockFrames.first { $0.actor != nil && !$0.negated }.map { frame in
                        ClauseFrame(blockIndex: i, sentence: frame.sentence, actor: frame.actor, modality: .duty, action: .pay_penalty,
                                    counterparty: frame.counterparty)
                    } : nil)
            }
            if let heading = headings[i] {
                for k in blockFrames.indices where blockFrames[k].action == .terminate { blockFrames[k].heading = heading }
            }
            if leadIn != nil || measures != nil, itemShape == nil { itemShape = shape }
            if let lead = measures, inList {
                // A list of measures: each item's actions are the lead-in party's (甲方有权采取下列措施：(二)终止本合同).
                itemsLeft -= 1
                for k in blockFrames.indices where blockFrames[k].actor == nil {
                    blockFrames[k].actor = lead.actor
                    if blockFrames[k].modality == nil, let modality = lead.modality { blockFrames[k].modality = modality }
                    blockFrames[k].leadIn = lead.block
                }
            } else if let lead = leadIn, inList {
                itemsLeft -= 1
                // An item that states the lead-in's action itself (1. 双方协议一致同意终止本协议的;) is still one of its list.
                for k in blockFrames.indices where blockFrames[k].action == lead.action && blockFrames[k].leadIn == nil {
                    blockFrames[k].leadIn = lead.blockIndex
                }
                if !blockFrames.contains(where: { $0.action == lead.action && $0.actor != nil }) {
                    var item = lead
                    item.blockIndex = i
                    item.sentence = TextSpan(start: 0, end: document.blocks[i].text.utf8.count)
                    item.leadIn = lead.blockIndex
                    item.cause = Self.itemCause(text, leadIn: normalized[lead.blockIndex].text)
                    let hits = blockHits()
                    // An item that is a party's own judgement (乙方认为必要的其他情形) is no cause the other side can answer.
                    let judged = hits.contains { $0.categories.contains(.trigger(.at_will)) }
                    let missed = hits.contains { $0.categories.contains(.trigger(.missed_target)) }
                    // An item that is only the term running out (１．合营期满；) is the contract's duration, not a cause.
                    let expires = !judged && !missed && text.count <= 16 && hits.contains { $0.categories.contains(.trigger(.expiry)) }
                        && !hits.contains { $0.categories.contains(.trigger(.for_cause)) }
                    item.trigger = judged ? .at_will : missed ? .missed_target : expires ? .expiry : .for_cause
                    item.values = blockFrames.first?.values ?? FrameValues()
                    // "(d) By either party upon sixty (60) days prior written notice;": an English item that is only a
                    // party and its notice names no cause; it is the exit on notice, the party after "By" holds it.
                    if lead.action == .terminate, item.values.notice != nil, Self.onlyNotice(utf8, hits) {
                        item.trigger = .at_will
                        if item.actor == nil, Self.startsWithBy(text) { item.actor = blockFrames.first { $0.actor != nil }?.actor }
                    }
                    blockFrames.insert(item, at: 0)
                }
            } else if !inList {
                leadIn = nil
                measures = nil
            }
            // Without 下列 / "following", a right to terminate ending on a colon ("Either Party may terminate this Agreement
            // … if:", 乙方有权终止合同的情况：) is a lead-in too: its items are the causes.
            // So is the end stated under a condition the items complete ("This Agreement terminates automatically if a party:").
            let terminationLeadIn = endsWithColon(text)
                && (blockFrames.contains { $0.modality == .right && $0.action == .terminate && !$0.negated }
                    || (blockFrames.contains { $0.modality == nil && $0.action == .terminate && !$0.negated } && Self.endsOnACondition(text)))
            if endsWithColon(text), terminationLeadIn || Self.leadInWords.contains(where: { text.lowercased().has($0) }) {
                // A lead-in with a modal (甲方有权解除本合同：) or stating the end itself (本协议在下列情形下终止：).
                // A right to terminate is what a list of causes is about, before what goes with it (已收费用不予退还).
                if let k = blockFrames.lastIndex(where: { $0.modality == .right && $0.action == .terminate && !$0.negated })
                    ?? blockFrames.lastIndex(where: { $0.modality != nil })
                    ?? blockFrames.lastIndex(where: { $0.action == .terminate && !$0.negated }) {
                    // 乙方有权终止合同的情况： names no cause because its items are the causes: no right at will unless it
                    // says so (随时, "for any reason").
                    if terminationLeadIn, blockFrames[k].action == .terminate, blockFrames[k].trigger == .at_will,
                       !blockHits().contains(where: { $0.categories.contains(.trigger(.at_will)) }) {
                        blockFrames[k].trigger = .for_cause
                    }
                    leadIn = blockFrames[k]
                    measures = nil
                } else if let (actor, modality) = extractor.modalActor(sentence: text, parties: parties, definedLabels: defined),
                          actor != nil {
                    measures = Measures(actor: actor, modality: modality, block: i)
                    leadIn = nil
                }
                itemsLeft = Self.maxItems
                itemShape = nil
            } else if endsWithColon(text), blockFrames.isEmpty,
                      let actor = extractor.liabilityParty(heading: text, parties: parties, definedLabels: defined) {
                // "定作方的违约责任：" then "二，中途废止合同，…偿付…违约金": each item is what that party does wrong and
                // pays for; the heading names who, and no modal.
                measures = Measures(actor: actor, modality: nil, block: i)
                leadIn = nil
                itemsLeft = Self.maxItems
                itemShape = nil
            } else if endsWithColon(text), blockFrames.isEmpty,
                      let (actor, modality) = extractor.modalActor(sentence: text, parties: parties, definedLabels: defined),
                      actor != nil, modality == .right {
                // "If an Event of Default occurs, the Landlord may, in addition to any other remedy:" then "(a) re-enter the
                // Premises and terminate this Lease…": a right whose verbs are all in the items, without "following".
                measures = Measures(actor: actor, modality: modality, block: i)
                leadIn = nil
                itemsLeft = Self.maxItems
                itemShape = nil
            }
            out += blockFrames
        }
        return out
    }

    /// Whether an English lead-in ends on a condition that its items complete, after the words that end the contract
    /// ("terminates automatically if a party:", "shall terminate forthwith in the event that the Client:"); not one
    /// that starts with it ("If this Agreement terminates, the Client shall:": its items are what follows an ending).
    static func endsOnACondition(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let condition = [" if ", " in the event "].compactMap({ lower.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }),
              let ending = ["terminat", "cease", "come to an end", "comes to an end", "dissolved"].compactMap({ lower.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return false }
        return ending.upperBound <= condition.lowerBound && !lower[ending.upperBound..<condition.lowerBound].contains(",")
    }

    /// The cause an item states. "… may terminate this Agreement if Provider:" then "(a) commits a material breach": the
    /// lead-in's last words after "if" are the item's subject, put before it ("Provider commits a material breach").
    static func itemCause(_ text: String, leadIn: String) -> String {
        guard let ifAt = leadIn.lowercased().range(of: " if ", options: .backwards), leadIn.hasSuffix(":") else { return String(text.prefix(120)) }
        let subject = leadIn[ifAt.upperBound...].dropLast().trimmingCharacters(in: .whitespaces)
        guard !subject.isEmpty, subject.split(separator: " ").count <= 3, subject.first?.isUppercase == true || subject.lowercased().hasPrefix("the ")
        else { return String(text.prefix(120)) }
        // The item's own label, when the text holds it (a Word list's numbering is not in the text).
        let labelEnd = ((try? Self.itemLabel?.firstMatch(in: text)) ?? nil)?.range.upperBound ?? 0
        let rest = String(decoding: Array(text.utf8)[labelEnd...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return String((subject + " " + rest).prefix(120))
    }

    /// Frames whose actor the sentence left open (passive, 一方, either party) become `holder`'s, toward the other party.
    private static func give(_ indices: [Int], of frames: inout [ClauseFrame], to holder: FrameActor, parties: PartyMap) {
        for k in indices where frames[k].actor == nil || frames[k].actor?.role == .either {
            frames[k].actor = holder
            if frames[k].counterparty == nil || frames[k].counterparty?.role == .either {
                frames[k].counterparty = FrameExtractor.other(than: holder, in: parties)
            }
        }
    }

    private static let conditionWords: Set<String> = ["if", "in the event", "in case", "should"]

    /// No cause or condition in an English item: no for-cause or missed-target word, no "if" / "in the event".
    private static func onlyNotice(_ utf8: [UInt8], _ hits: [LexiconHit]) -> Bool {
        guard !utf8.contains(where: { $0 >= 0xE3 && $0 <= 0xE9 }) else { return false }  // CJK text: not this reading
        return !hits.contains { hit in
            hit.categories.contains(.trigger(.for_cause)) || hit.categories.contains(.trigger(.missed_target))
                || hit.categories.contains(.conditionBefore)
                    && conditionWords.contains(String(decoding: utf8[hit.start..<hit.end], as: UTF8.self).lowercased())
        }
    }

    /// "(c) By either party …": the item names who acts, after its label.
    private static func startsWithBy(_ text: String) -> Bool {
        let body = text.drop { $0 != ")" && $0 != "." }.dropFirst().drop { $0 == " " }
        return body.lowercased().hasPrefix("by ")
    }

    private struct Measures {
        var actor: FrameActor?
        /// nil for a liability heading, which names the party and no modal.
        var modality: Modality?
        var block: Int
    }

    /// Whether `text` opens with the letter label right after the one `leadIn` opens with: "(d)" after "(c)", "e." after
    /// "d.". Letters only: a numbered lead-in's items are never numbers of the same shape.
    static func isNextLabel(_ text: String, after leadIn: String) -> Bool {
        guard let lead = letterLabel(leadIn), let label = letterLabel(text) else { return false }
        return lead.open == label.open && lead.close == label.close && label.letter == lead.letter + 1
    }

    /// "(c)" → ("(", c, ")"), "d." → ("", d, "."): a one-letter label at the start of a text.
    private static func letterLabel(_ text: String) -> (open: Bool, letter: UInt8, close: UInt8)? {
        var bytes = text.utf8.drop { $0 == 0x20 }[...]
        let open = bytes.first == 0x28
        if open { bytes = bytes.dropFirst() }
        guard bytes.count >= 2, let letter = bytes.first, let close = bytes.dropFirst().first,
              (0x61...0x7A).contains(letter | 0x20), close == 0x29 || close == 0x2E else { return nil }
        return (open, letter, close)
    }

    /// "① 自行采购…", "❷ …": a circled number label. NFKC makes ① a bare "1" (and "1 自行采购" no label), so the block's own
    /// text is read; every circled number is one shape.
    static func opensWithCircledNumber(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }) else { return false }
        return (0x2460...0x2473).contains(first.value) || (0x2776...0x2793).contains(first.value)
    }

    private func isItem(_ block: Block, _ text: String) -> Bool {
        block.numberingLabel != nil || (Self.itemLabel.map { (try? $0.firstMatch(in: text)) != nil } ?? false)
    }

    /// A list label's shape: digits → 1, Chinese numerals → 一, letters → a, punctuation kept: "(1)", "一、", "a.". A run
    /// of one kind is one ("10." is "1." as "9." is, "(iii)" is "(a)" as "(i)" is), so a list goes on past its ninth item
    /// and through roman numerals.
    static func shape(of block: Block, _ text: String) -> String {
        if let label = block.numberingLabel { return "word:\(block.numberingLevel ?? 0)" + collapsed(label.map(Self.shapeChar)) }
        // A multi-level number keeps its depth: "11.2.1" is "1.1.1", "11.6" is "1.1", so clause 11.6 after the items
        // 11.2.1–11.2.4 is no item of 11.2's list.
        let number = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        if let dot = number.firstIndex(of: "."), number.index(after: dot) < number.endIndex {
            return collapsed(number.map(Self.shapeChar))
        }
        var out: [Character] = []
        for ch in text.prefix(6) {
            out.append(Self.shapeChar(ch))
            if ch == ")" || ch == "、" || ch == "." || ch == "）" || ch == "," || ch == "，" { break }
        }
        return collapsed(out)
    }

    private static func collapsed(_ shape: [Character]) -> String {
        var out = ""
        for c in shape where !(out.last == c && (c == "1" || c == "a" || c == "一")) { out.append(c) }
        return out
    }

    private static func shapeChar(_ ch: Character) -> Character {
        if ch.isASCII && ch.isNumber { return "1" }
        if "一二三四五六七八九十".contains(ch) { return "一" }
        if ch.isASCII && ch.isLetter { return "a" }
        return ch
    }

    private static let colons: [Unicode.Scalar] = [":", "：", "—", "-"]

    /// Whether a text names a penalty (违约金, "early termination fee", "cancellation charge").
    private static func namesPenalty(_ hits: [LexiconHit]) -> Bool {
        hits.contains { $0.categories.contains(.action(.pay_penalty)) }
    }

    private func endsWithColon(_ text: String) -> Bool {
        LastCharacter.isOne(of: Self.colons, in: text)
    }
}
