import Foundation

/// Builds minimal OpenDocument text packages for tests: `body` goes inside `office:text`, `automaticStyles` inside
/// content.xml's `office:automatic-styles`, `styles` and `masterStyles` into styles.xml.
public struct OdtBuilder {
    public static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    xmlns:dc="http://purl.org/dc/elements/1.1/" \
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
    xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3"
    """

    public var body: String
    public var automaticStyles = ""
    public var styles = ""
    public var masterStyles = ""
    public var mimetype = "application/vnd.oasis.opendocument.text"
    public var manifest = """
    <?xml version="1.0" encoding="UTF-8"?>
    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
    <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
    <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
    </manifest:manifest>
    """

    public init(body: String) { self.body = body }

    public var content: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(Self.namespaces)><office:automatic-styles>\(automaticStyles)</office:automatic-styles>\
        <office:body><office:text>\(body)</office:text></office:body></office:document-content>
        """
    }

    public var stylesXML: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(Self.namespaces)><office:styles>\(styles)</office:styles>\
        <office:master-styles>\(masterStyles)</office:master-styles></office:document-styles>
        """
    }

    /// The package bytes: `mimetype` first and stored, as ODF requires.
    public var bytes: [UInt8] {
        var zip = RawZip()
        zip.add("mimetype", Array(mimetype.utf8))
        zip.add("content.xml", Array(content.utf8))
        zip.add("styles.xml", Array(stylesXML.utf8))
        zip.add("META-INF/manifest.xml", Array(manifest.utf8))
        return zip.bytes
    }

    public func write(name: String = "contract.odt") throws -> String {
        try DocxBuilder.file(bytes, name: name)
    }

    public static func p(_ text: String, style: String? = nil) -> String {
        "<text:p\(style.map { " text:style-name=\"\($0)\"" } ?? "")>\(text)</text:p>"
    }
}
