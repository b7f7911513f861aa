import Foundation

/// The folders a scan was given, to name each contract by its path below the folder it was found in: a key that
/// stays the same wherever the scan is run from and tells `clientA/合同.docx` from `clientB/合同.docx`.
public struct ScanRoots: Sendable {
    /// Folder arguments as discovery prefixes them (with one trailing slash), longest first.
    private let folders: [String]

    public init(arguments: [String]) {
        folders = arguments.filter { argument in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) && isFolder.boolValue
        }
        .map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        .sorted { $0.count > $1.count }
    }

    /// `file`'s path below the scanned folder it came from; its file name when it was named directly.
    public func relativePath(of file: String) -> String {
        if let folder = folders.first(where: { file.hasPrefix($0) }) { return String(file.dropFirst(folder.count)) }
        return (file as NSString).lastPathComponent
    }
}
