import ClauseGuardModel

/// Notes on the text behind a finding that change how a reader should take it: hidden text, tracked changes.
enum FindingNotes {
    static func notes(for block: Block, matched: Range<Int>) -> [String] {
        var notes: [String] = []
        if block.hiddenRanges.contains(where: { $0.start < matched.upperBound && matched.lowerBound < $0.end }) {
            notes.append("hidden text (w:vanish): not shown when the contract is printed or read on screen")
        }
        let nearby = block.revisions.filter { $0.offset >= matched.lowerBound - 1 && $0.offset <= matched.upperBound + 1 }
        let deleted = nearby.filter { $0.kind == .deletion || $0.kind == .moveFrom }
        let inserted = nearby.filter { $0.kind == .insertion || $0.kind == .moveTo }
        if !deleted.isEmpty || !inserted.isEmpty {
            var parts: [String] = []
            if !deleted.isEmpty { parts.append("deleted “\(deleted.map(\.text).joined())”") }
            if !inserted.isEmpty { parts.append("inserted “\(inserted.map(\.text).joined())”") }
            let author = (deleted + inserted).compactMap(\.author).first.map { " by \($0)" } ?? ""
            notes.append("tracked change\(author): " + parts.joined(separator: ", "))
        }
        return notes
    }
}
