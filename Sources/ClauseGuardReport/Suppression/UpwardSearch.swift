import Foundation

/// Finds a file such as `.clauseguard.yml` in the working folder or the nearest folder above it, the way git finds
/// its repository: a config checked in at a templates repository's root applies in every sub-folder.
public enum UpwardSearch {
    public static func find(_ fileName: String, from start: String = FileManager.default.currentDirectoryPath) -> String? {
        var dir = URL(fileURLWithPath: start)
        while true {
            let candidate = dir.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }
}
