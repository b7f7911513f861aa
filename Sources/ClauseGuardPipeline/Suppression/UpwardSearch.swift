import Foundation

/// Finds a file such as `.clauseguard.yml` in the working folder or a folder above it, the way git finds its
/// repository, but never past the project: the search stops at the first folder holding `.git` or at the home
/// folder. Outside any project and outside home only the working folder itself is searched, so a stray config in
/// `/tmp` or `/` cannot silently turn rules off for every scan below it.
public enum UpwardSearch {
    public static func find(_ fileName: String, from start: String = FileManager.default.currentDirectoryPath,
                            home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String? {
        let fm = FileManager.default
        let startURL = URL(fileURLWithPath: start).standardizedFileURL
        let homePath = home.flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0).standardizedFileURL.path }
        var folders: [URL] = []
        var dir = startURL
        var bounded = false
        while true {
            folders.append(dir)
            if fm.fileExists(atPath: dir.appendingPathComponent(".git").path) || dir.path == homePath { bounded = true; break }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        for folder in bounded ? folders : [startURL] {
            let candidate = folder.appendingPathComponent(fileName).path
            if fm.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }
}
