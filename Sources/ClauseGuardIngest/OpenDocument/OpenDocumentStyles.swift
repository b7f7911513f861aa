/// What the OpenDocument reader needs from the styles of `styles.xml` (common and automatic styles) and of
/// `content.xml` (automatic styles): which paragraph and character styles hide their text (`text:display="none"`),
/// and how list and outline levels render their labels. Filled by `OpenDocumentTextHandler` while it parses.
final class OpenDocumentStyles {
    struct Style {
        var parent: String?
        /// `text:display` of the style's own text properties: true for `none`, nil when the style does not say.
        var hidden: Bool?
    }

    /// One level of a list or outline style (`text:list-level-style-number`, `text:outline-level-style`).
    struct Level {
        /// `style:num-format`: `1`, `a`, `A`, `i`, `I`, `一, 二, 三, ...`; empty or nil: no number (bullets, images).
        var format: String?
        var prefix = ""
        var suffix = ""
        var displayLevels = 1
        var start = 1
        /// LibreOffice's `loext:num-list-format` (`第%1%条`, `%1%.%2%`): the whole label, when written.
        var listFormat: String?
    }

    /// Paragraph and character styles by family, then name (names are unique only within a family).
    private(set) var paragraphStyles: [String: Style] = [:]
    private(set) var textStyles: [String: Style] = [:]
    /// List styles by name; level 0 is `text:level="1"`.
    var listStyles: [String: [Int: Level]] = [:]
    /// The outline style numbering headings (`text:outline-style`).
    var outline: [Int: Level] = [:]

    func define(_ name: String, family: String, style: Style) {
        switch family {
        case "paragraph": paragraphStyles[name] = style
        case "text": textStyles[name] = style
        default: break
        }
    }

    func setHidden(_ name: String, family: String, hidden: Bool) {
        switch family {
        case "paragraph": paragraphStyles[name]?.hidden = hidden
        case "text": textStyles[name]?.hidden = hidden
        default: break
        }
    }

    /// Whether a paragraph style (or one it is based on) hides its text.
    func paragraphHidden(_ name: String?) -> Bool { resolve(name, in: paragraphStyles) ?? false }

    /// Whether a character style hides its text: nil when neither it nor a parent says.
    func textHidden(_ name: String?) -> Bool? { resolve(name, in: textStyles) }

    private func resolve(_ name: String?, in styles: [String: Style]) -> Bool? {
        var current = name
        // Bounded: a hostile file may make styles their own parents.
        for _ in 0..<32 {
            guard let key = current, let style = styles[key] else { return nil }
            if let hidden = style.hidden { return hidden }
            current = style.parent
        }
        return nil
    }
}
