import ClauseGuardModel

/// Reads footnotes, endnotes and comments: the same paragraphs as the body, grouped by note, skipping Word's
/// separator notes.
final class NotesHandler: SAXHandler {
    struct Note {
        var id: String
        var author: String?
        var date: String?
        var paragraphs: Range<Int>
    }

    let inner: WordDocumentHandler
    private(set) var notes: [Note] = []
    private var current: (id: String, author: String?, date: String?, first: Int)?
    private var suppressed = 0
    private let element: String

    /// `element` is the note element: footnote, endnote or comment.
    init(element: String, part: PartKind, partName: String, styles: WordStyles = WordStyles()) {
        self.element = element
        inner = WordDocumentHandler(part: part, partName: partName, styles: styles)
    }

    func start(_ name: XMLName, namespace: XMLName, attributes: SAXAttributes) {
        if suppressed > 0 { suppressed += 1; return }
        if name.string == element, WordDocumentHandler.isWord(namespace.string) {
            if let type = attributes["type"], type == "separator" || type == "continuationSeparator" || type == "continuationNotice" {
                suppressed = 1
                return
            }
            current = (attributes["id"] ?? "", attributes["author"], attributes["date"], inner.paragraphs.count)
            return
        }
        inner.start(name, namespace: namespace, attributes: attributes)
    }

    func end(_ name: XMLName, namespace: XMLName) {
        if suppressed > 0 { suppressed -= 1; return }
        if name.string == element, WordDocumentHandler.isWord(namespace.string), let note = current {
            inner.finish()
            notes.append(Note(id: note.id, author: note.author, date: note.date, paragraphs: note.first..<inner.paragraphs.count))
            current = nil
            return
        }
        inner.end(name, namespace: namespace)
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if suppressed > 0 { return }
        inner.text(bytes)
    }
}
