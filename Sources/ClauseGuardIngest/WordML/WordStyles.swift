/// What ClauseGuard needs from `styles.xml`: each paragraph style's outline level, heading-ness and numbering,
/// following `w:basedOn` chains, and which paragraph and character styles (or the document defaults) hide text.
///
/// Styles are parsed when first asked for (see `StyleSheetIndex`), so a class: the handlers of one document share
/// it, one after another on one thread. A part the index cannot vouch for is parsed whole at once, as is the whole
/// part when a style parsed alone turns out malformed, so its error is the part's own (`failure`).
final class WordStyles {
    struct Style: Equatable {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numID: String?
        var level: Int?
        /// `w:rPr/w:vanish` of the style: true hides its text, false shows it, nil inherits.
        var vanish: Bool?
    }

    private var styles: [String: Style] = [:]
    /// Character styles (`w:type="character"`), for `w:vanish` only.
    private var characterStyles: [String: Style] = [:]
    /// The paragraph style of paragraphs without `w:pStyle` (`w:default="1"`).
    private(set) var defaultParagraphStyle: String?
    /// `w:docDefaults/w:rPrDefault/w:rPr/w:vanish`.
    private(set) var defaultVanish: Bool?
    /// The error of the whole part, found when a style parsed alone failed; the reader reports it.
    private(set) var failure: Error?

    /// The part's bytes and index while styles remain unparsed; nil once everything is parsed.
    private var lazy: (bytes: [UInt8], index: StyleSheetIndex, name: String)?
    private var parsedParagraphStyles: Set<String> = []
    private var parsedCharacterStyles: Set<String> = []

    init() {}

    /// `indexed: false` parses the whole part at once (the reference the index is tested against).
    init(xml bytes: [UInt8], name: String, indexed: Bool = true) throws {
        guard indexed, let index = StyleSheetIndexCache.index(of: bytes) else {
            try parseWhole(bytes, name: name)
            return
        }
        lazy = (bytes, index, name)
        defaultParagraphStyle = index.defaultParagraphStyle
        if let defaults = index.docDefaults {
            let collector = parseSlice(defaults)
            defaultVanish = collector?.defaultVanish
        }
    }

    private func parseWhole(_ bytes: [UInt8], name: String) throws {
        let collector = Collector()
        try SAXStream.parse(bytes, handler: collector, name: name)
        styles = collector.styles
        characterStyles = collector.characterStyles
        defaultParagraphStyle = collector.defaultParagraphStyle
        defaultVanish = collector.defaultVanish
        lazy = nil
    }

    /// Parses one element of the part on its own, wrapped in the root's tags. On failure the whole part is parsed
    /// instead (recording its error), and nil is returned.
    private func parseSlice(_ range: Range<Int>) -> Collector? {
        guard let (bytes, index, name) = lazy else { return nil }
        var wrapped = Array(bytes[index.rootStart])
        wrapped += bytes[range]
        wrapped += index.rootEnd
        let collector = Collector()
        do {
            try SAXStream.parse(wrapped, handler: collector, name: name)
            return collector
        } catch {
            do { try parseWhole(bytes, name: name) } catch { failure = failure ?? error }
            lazy = nil
            return nil
        }
    }

    func paragraphStyle(_ id: String) -> Style? {
        if let lazy, !parsedParagraphStyles.contains(id), let range = lazy.index.paragraphStyles[id] {
            parsedParagraphStyles.insert(id)
            if let parsed = parseSlice(range)?.styles[id] { styles[id] = parsed }
        }
        return styles[id]
    }

    func characterStyle(_ id: String) -> Style? {
        if let lazy, !parsedCharacterStyles.contains(id), let range = lazy.index.characterStyles[id] {
            parsedCharacterStyles.insert(id)
            if let parsed = parseSlice(range)?.characterStyles[id] { characterStyles[id] = parsed }
        }
        return characterStyles[id]
    }

    /// Whether a paragraph style hides its text, through its basedOn chain; nil when no style in it says.
    func vanish(paragraphStyle id: String?) -> Bool? { Self.vanish(id ?? defaultParagraphStyle, in: paragraphStyle) }

    /// Whether a character style hides its text, through its basedOn chain; nil when no style in it says.
    func vanish(characterStyle id: String?) -> Bool? { Self.vanish(id, in: characterStyle) }

    private static func vanish(_ id: String?, in table: (String) -> Style?) -> Bool? {
        var id = id
        var depth = 0
        while let current = id, let style = table(current), depth < 10 {
            if let vanish = style.vanish { return vanish }
            id = style.basedOn
            depth += 1
        }
        return nil
    }

    /// Resolved properties of a style id (inherited through basedOn, at most 10 deep to survive cycles).
    func resolved(_ id: String?) -> Style? {
        guard var id, var style = paragraphStyle(id) else { return nil }
        var depth = 0
        while depth < 10, let parentID = paragraphStyle(id)?.basedOn, let parent = paragraphStyle(parentID) {
            style.outlineLevel = style.outlineLevel ?? parent.outlineLevel
            style.numID = style.numID ?? parent.numID
            style.level = style.level ?? parent.level
            id = parentID
            depth += 1
        }
        return style
    }

    func isHeading(_ id: String?) -> Bool {
        guard let id, let style = resolved(id) else { return false }
        if let name = style.name?.lowercased(), name.hasPrefix("heading") || name == "title" { return true }
        return id.lowercased().hasPrefix("heading") || style.outlineLevel != nil
    }

    private final class Collector: SAXHandler {
        var styles: [String: Style] = [:]
        var characterStyles: [String: Style] = [:]
        var defaultParagraphStyle: String?
        var defaultVanish: Bool?
        private var current: String?
        private var currentCharacter: String?
        private var inPPr = false
        private var inRPr = false
        private var inDefaults = false

        func start(_ element: XMLName, namespace: XMLName, attributes: SAXAttributes) {
            let name = element.string
            var value: String? { attributes["val"] }
            switch name {
            case "style":
                current = nil
                currentCharacter = nil
                guard let id = attributes["styleId"] else { return }
                switch attributes["type"] {
                case nil, "paragraph":
                    current = id
                    styles[id] = Style()
                    if let isDefault = attributes["default"], isDefault == "1" || isDefault == "true" { defaultParagraphStyle = id }
                case "character":
                    currentCharacter = id
                    characterStyles[id] = Style()
                default: break
                }
            case "docDefaults": inDefaults = true
            case "rPr": inRPr = true
            case "vanish" where inRPr && !inPPr:
                let hidden = value != "0" && value != "false" && value != "off"
                if let current { styles[current]?.vanish = hidden }
                else if let currentCharacter { characterStyles[currentCharacter]?.vanish = hidden }
                else if inDefaults { defaultVanish = hidden }
            case "basedOn" where currentCharacter != nil: if let currentCharacter { characterStyles[currentCharacter]?.basedOn = value }
            case "name": if let current { styles[current]?.name = value }
            case "basedOn": if let current { styles[current]?.basedOn = value }
            case "pPr": inPPr = true
            case "outlineLvl": if let current, inPPr { styles[current]?.outlineLevel = value.flatMap(Int.init) }
            case "numId": if let current, inPPr { styles[current]?.numID = value }
            case "ilvl": if let current, inPPr { styles[current]?.level = value.flatMap(Int.init) }
            default: break
            }
        }
        func end(_ element: XMLName, namespace: XMLName) {
            let name = element.string
            if name == "pPr" { inPPr = false }
            if name == "rPr" { inRPr = false }
            if name == "docDefaults" { inDefaults = false }
            if name == "style" { current = nil; currentCharacter = nil }
        }
        func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
    }
}
