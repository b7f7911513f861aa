import Foundation
import ClauseGuardModel

/// `--files-from LIST`: the paths to scan, one per line (`-` reads standard input), for engines that hand each
/// worker its list. Blank lines are ignored and CR LF line ends are accepted (a list saved on Windows); a path that
/// does not exist is kept, so the scan reports it as unreadable rather than skipping it.
public enum FileList {
    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    public static func read(_ list: String) throws(Unreadable) -> [String] {
        let data: Data
        if list == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do { data = try Data(contentsOf: URL(fileURLWithPath: list)) } catch {
                throw Unreadable(description: "--files-from \(ErrorText.clipped(list)): cannot read the list (\((error as NSError).localizedDescription))")
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Unreadable(description: "--files-from \(ErrorText.clipped(list)): the list is not UTF-8 text")
        }
        return parse(text)
    }

    public static func parse(_ text: String) -> [String] {
        // Splitting on newline characters splits CR LF too ("\r\n" is one Character).
        text.split(whereSeparator: \.isNewline).compactMap { line in
            line.allSatisfy(\.isWhitespace) ? nil : String(line)
        }
    }
}
