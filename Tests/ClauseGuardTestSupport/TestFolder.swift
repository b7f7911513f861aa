import Foundation

/// Scratch folders for tests, all inside one folder per test process that is removed when the process exits, so
/// a test run leaves nothing behind in the temporary directory.
public enum TestFolder {
    public static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("clauseguard-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestFolder.root) }
        return root
    }()

    /// A new empty folder named `prefix-UUID`.
    public static func make(_ prefix: String) throws -> URL {
        let dir = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
