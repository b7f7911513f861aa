import ClauseGuardModel

/// Turns a contract's frames into its key terms: every termination right, penalty, notice period and renewal,
/// one per sentence and family, with a one-line summary naming the contract's own parties.
struct KeyTermBuilder {
    private static let automaticWords = ["自动", "视为", "顺延", "默认", "automatic", "deemed", "unless", "successive"]

    func keyTerms(_ frames: [ClauseFrame], _ document: ContractDocument) -> [KeyTerm] {
        var out: [KeyTerm] = []
        var seen: Set<String> = []
        let bySentence = Dictionary(grouping: frames) { "\($0.blockIndex):\($0.sentence.start)" }
        for frame in frames {
            let block = document.blocks[frame.blockIndex]
            let excerpt = block.text.utf8Slice(frame.sentence.start..<frame.sentence.end)
            let location = KeyTermLocation(blockIndex: frame.blockIndex, paragraph: frame.blockIndex + 1, clause: block.clauseDisplay,
                                           clausePath: block.clausePath, excerpt: excerpt)
            let siblings = bySentence["\(frame.blockIndex):\(frame.sentence.start)"] ?? []
            func add(_ family: KeyTerm.Family, purpose: NoticePurpose? = nil, automatic: Bool? = nil, forfeiture: Bool = false) {
                guard seen.insert("\(family.rawValue):\(frame.blockIndex):\(frame.sentence.start)").inserted else { return }
                var term = KeyTerm(family: family, location: location, party: frame.actor, counterparty: frame.counterparty,
                                   modality: frame.modality, trigger: frame.trigger, cause: frame.cause, values: frame.values,
                                   purpose: purpose, automatic: automatic, forfeiture: forfeiture, summary: LocalizedText())
                term.summary = KeyTermSummary.text(term)
                out.append(term)
            }
            switch frame.action {
            case .terminate where frame.modality == .right || frame.modality == .prohibition || frame.modality == .duty || frame.leadIn != nil:
                add(.termination)
            case .pay_penalty:
                add(.penalty)
            case .no_refund:
                add(.penalty, forfeiture: true)
            case .renew:
                let lower = excerpt.lowercased()
                add(.auto_renewal, automatic: !frame.negated && Self.automaticWords.contains { lower.contains($0) })
            default:
                break
            }
            if frame.values.notice != nil {
                let actions = Set(siblings.map(\.action))
                let purpose: NoticePurpose = actions.contains(.terminate) ? .termination
                    : actions.contains(.renew) || excerpt.contains("续") ? .non_renewal
                    : actions.contains(.change_price) ? .price_change : .other
                add(.notice, purpose: purpose)
            }
        }
        return out
    }
}
