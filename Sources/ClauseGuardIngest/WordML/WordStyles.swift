/// What ClauseGuard needs from `styles.xml`: each paragraph style's outline level, heading-ness and numbering,
/// following `w:basedOn` chains.
struct WordStyles {
    struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numID: String?
        var level: Int?
    }

    private(set) var styles: [String: Style] = [:]

    init() {}

    init(xml bytes: [UInt8], name: String) throws {
        let collector = Collector()
        try SAXStream.parse(bytes, handler: collector, name: name)
        styles = collector.styles
    }

    /// Resolved properties of a style id (inherited through basedOn, at most 10 deep to survive cycles).
    func resolved(_ id: String?) -> Style? {
        guard var id, var style = styles[id] else { return nil }
        var depth = 0
        while depth < 10, let parentID = styles[id]?.basedOn, let parent = styles[parentID] {
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
        private var current: String?
        private var inPPr = false

        func start(_ element: XMLName, namespace: XMLName, attributes: SAXAttributes) {
            let name = element.string
            var value: String? { attributes["val"] }
            switch name {
            case "style":
                guard attributes["type"] == nil || attributes["type"] == "paragraph", let id = attributes["styleId"] else { current = nil; return }
                current = id
                styles[id] = Style()
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
            if name == "style" { current = nil }
        }
        func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
    }
}
