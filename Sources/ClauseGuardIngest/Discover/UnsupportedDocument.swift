import ClauseGuardModel

/// Formats a contract arrives in that ClauseGuard cannot read. A scanned folder returns them (rather than counting
/// them as "not a contract file") so each gets a one-line error saying how to convert it: a contract in one of
/// them would otherwise go unchecked without anyone noticing. Images, spreadsheets, slides and the like are not
/// contract documents and stay skipped and counted.
enum UnsupportedDocument: Sendable {
    case legacyWord, legacyWordTemplate, rtf, openDocument, wps, pages, archive

    private static let byExtension: [String: UnsupportedDocument] = [
        "doc": .legacyWord, "dot": .legacyWordTemplate,
        "rtf": .rtf,
        "fodt": .openDocument,
        "wps": .wps, "wpt": .wps,
        "pages": .pages,
        // A contract sent as an e-mail attachment often arrives zipped; the archive is not opened.
        "zip": .archive, "rar": .archive, "7z": .archive,
    ]

    init?(path: String) {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
              let kind = Self.byExtension[name[name.index(after: dot)...].lowercased()] else { return nil }
        self = kind
    }

    /// Word 97-2003 and WPS binary files: looked at by content (`LegacyBinaryDocument`), since many are really
    /// Word packages under an old name.
    var isLegacyBinary: Bool { self == .legacyWord || self == .legacyWordTemplate || self == .wps }

    var reason: IngestError.Reason { isLegacyBinary ? .oleCompound : .unsupportedType }

    var detail: String {
        switch self {
        case .legacyWord, .legacyWordTemplate, .wps: LegacyBinaryDocument.detail
        case .rtf: "unsupported file type: RTF: open it in Word or LibreOffice and save as .docx"
        case .openDocument: "unsupported file type: flat OpenDocument XML (.fodt): open it in LibreOffice and save as .docx or .odt"
        case .pages: "unsupported file type: Apple Pages: open it in Pages and save as .docx (File > Export To > Word)"
        case .archive: "unsupported file type: archive: ClauseGuard does not look inside archives; extract it and scan the folder"
        }
    }
}
