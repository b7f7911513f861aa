import Foundation

/// Why a contract could not be read. `description` is the one-line message users see: `FILE: reason`.
public struct IngestError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Reason: String, Sendable, Codable {
        case notFound, unreadable, isDirectory, empty, unsupportedType, notZip, notWordDocument, corruptZip,
             oleCompound, encrypted, tooLarge, zipBomb, malformedXML, forbiddenDTD, badEncoding,
             /// A PDF whose pages are images without a text layer: OCR is needed before it can be checked.
             scannedImage, damagedPDF
    }
    public var file: String
    public var reason: Reason
    /// Human explanation without the file name, e.g. "not a zip archive (starts with %PDF)".
    public var detail: String

    public init(file: String, reason: Reason, detail: String) {
        // Library messages (libxml2, libzip) may span lines; users and reports get one line.
        self.file = file; self.reason = reason
        self.detail = detail.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    public var description: String { "\(file): \(detail)" }
}
