/// Markup Compatibility (ECMA-376 Part 3) as Word applies it to `mc:AlternateContent`: a consumer takes the first
/// `mc:Choice` whose `Requires` prefixes all name namespaces it understands, otherwise the `mc:Fallback`. What
/// ClauseGuard "understands" is deliberately the set Word (2016–365) understands, so it takes the branch Word shows:
/// a Choice that requires an unknown namespace is a decoy Word never displays. See docs/WORD-FIDELITY.md.
enum MarkupCompatibility {
    enum Verdict: Equatable {
        /// Every required namespace is one Word understands: Word shows this Choice.
        case understood
        /// A required namespace is foreign to Office: Word skips this Choice.
        case notUnderstood
        /// Which branch Word shows is not certain (an Office namespace newer than this list, an undeclared prefix,
        /// no `Requires`): ClauseGuard reads this Choice and the rest, and says so.
        case uncertain
    }

    /// The namespaces Word understands in `Requires`, whose content ClauseGuard reads as Word does (WordprocessingML
    /// text, drawings and text boxes) or reports as not read (math, charts, ink, 3D models).
    static let understood: Set<String> = [
        // WordprocessingML, Transitional and Strict, and its relationships
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
        "http://schemas.openxmlformats.org/markup-compatibility/2006",
        // Word extensions 2006-2023: w14, w15, w16se, w16cid, w16, w16cex, w16sdtdh, w16du, wne
        "http://schemas.microsoft.com/office/word/2006/wordml",
        "http://schemas.microsoft.com/office/word/2010/wordml",
        "http://schemas.microsoft.com/office/word/2012/wordml",
        "http://schemas.microsoft.com/office/word/2015/wordml/symex",
        "http://schemas.microsoft.com/office/word/2016/wordml/cid",
        "http://schemas.microsoft.com/office/word/2018/wordml",
        "http://schemas.microsoft.com/office/word/2018/wordml/cex",
        "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
        "http://schemas.microsoft.com/office/word/2023/wordml/word16du",
        // Drawings in Word: wp, wp14, wps, wpg, wpc, wpi, a, a14, pic, c, dgm
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
        "http://schemas.openxmlformats.org/drawingml/2006/main",
        "http://schemas.microsoft.com/office/drawing/2010/main",
        "http://schemas.openxmlformats.org/drawingml/2006/picture",
        "http://schemas.openxmlformats.org/drawingml/2006/chart",
        "http://schemas.openxmlformats.org/drawingml/2006/diagram",
        // Chart extensions, ink and 3D models (Office 2016+): cx, cx1…cx8, aink, am3d
        "http://schemas.microsoft.com/office/drawing/2014/chartex",
        "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex",
        "http://schemas.microsoft.com/office/drawing/2015/10/21/chartex",
        "http://schemas.microsoft.com/office/drawing/2016/5/9/chartex",
        "http://schemas.microsoft.com/office/drawing/2016/5/10/chartex",
        "http://schemas.microsoft.com/office/drawing/2016/5/11/chartex",
        "http://schemas.microsoft.com/office/drawing/2016/5/12/chartex",
        "http://schemas.microsoft.com/office/drawing/2016/5/13/chartex",
        "http://schemas.microsoft.com/office/drawing/2016/5/14/chartex",
        "http://schemas.microsoft.com/office/drawing/2016/ink",
        "http://schemas.microsoft.com/office/drawing/2017/model3d",
        // Math and VML: m, v, o, w10
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "urn:schemas-microsoft-com:vml",
        "urn:schemas-microsoft-com:office:office",
        "urn:schemas-microsoft-com:office:word",
    ]

    /// Namespace roots where Office defines its own namespaces: one of these not in `understood` may be known to a
    /// newer Word, so the branch Word shows depends on its version.
    static let officeRoots = ["http://schemas.microsoft.com/office/", "http://schemas.openxmlformats.org/", "http://purl.oclc.org/ooxml/"]

    /// The verdict on a Choice's `Requires` (space-separated prefixes), resolving each prefix with `namespace`.
    static func verdict(requires: String?, namespace: (String) -> String?) -> Verdict {
        let prefixes = (requires ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard !prefixes.isEmpty else { return .uncertain }   // Requires is mandatory; Word's reaction is unknown
        var verdict = Verdict.understood
        for prefix in prefixes {
            guard let uri = namespace(String(prefix)) else { verdict = .uncertain; continue }   // undeclared: an error in MCE
            if understood.contains(uri) { continue }
            if officeRoots.contains(where: { uri.hasPrefix($0) }) { verdict = .uncertain; continue }
            return .notUnderstood
        }
        return verdict
    }
}
