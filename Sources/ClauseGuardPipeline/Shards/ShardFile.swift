import Foundation
import ClauseGuardModel
import ClauseGuardReport
#if canImport(Glibc)
import Glibc
#endif

/// Why `merge` cannot go on: one line naming the file (and the line) and the reason.
public struct MergeError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// One JSON Lines file written by `scan --format jsonl`, read a line at a time: its header when opened, then its
/// contracts in order. Every line is checked: a line that is not a contract, positions out of order, and a file
/// with fewer or more contract lines than its header announces (a worker stopped halfway) are errors.
public final class ShardFile {
    public let path: String
    public let header: StreamHeader
    private let reader: LineReader
    private var contracts = 0
    private var lastPosition = -1

    public init(path: String) throws(MergeError) {
        self.path = path
        guard let reader = LineReader(path: path) else {
            throw MergeError("\(ErrorText.clipped(path)): cannot open (\(String(cString: strerror(errno))))")
        }
        self.reader = reader
        guard let first = try reader.next(named: path) else {
            throw MergeError("\(ErrorText.clipped(path)): empty, not the output of clauseguard scan --format jsonl")
        }
        guard let header = try? JSONDecoder().decode(StreamHeader.self, from: first) else {
            throw MergeError("\(ErrorText.clipped(path)):1: not a ClauseGuard JSON Lines header (the first line of clauseguard scan --format jsonl)")
        }
        guard header.clauseguardJSONL == 1 else {
            throw MergeError("\(ErrorText.clipped(path)):1: JSON Lines version \(header.clauseguardJSONL), this clauseguard reads version 1")
        }
        self.header = header
    }

    /// The next contract and its position in the run's file list; nil after the last.
    public func next() throws(MergeError) -> (position: Int, contract: ContractReport)? {
        var line: Data?
        repeat { line = try reader.next(named: path) } while line?.isEmpty == true
        guard let line else {
            guard contracts == header.files else {
                throw MergeError("\(ErrorText.clipped(path)): \(contracts) contract lines where its header announces \(header.files): the file was cut off (did its worker stop before the end?)")
            }
            return nil
        }
        let at = "\(ErrorText.clipped(path)):\(reader.lineNumber)"
        guard contracts < header.files else {
            throw MergeError("\(at): more contract lines than the \(header.files) its header announces")
        }
        let decoded: ShardLine
        do {
            decoded = try JSONDecoder().decode(ShardLine.self, from: line)
        } catch {
            throw MergeError("\(at): not a contract line: \(Self.reason(error))")
        }
        guard decoded.position > lastPosition else {
            throw MergeError("\(at): position \(decoded.position) after \(lastPosition): lines out of order")
        }
        contracts += 1
        lastPosition = decoded.position
        return (decoded.position, decoded.contract)
    }

    /// A decoding error in a few words: which key is missing or wrong, not Foundation's paragraph.
    private static func reason(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "no \"\(path(context.codingPath + [key]))\""
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "\"\(path(context.codingPath))\" has the wrong type"
        case .dataCorrupted(let context)? where !context.codingPath.isEmpty: return "\"\(path(context.codingPath))\" has a bad value"
        default: return "not valid JSON"
        }
    }
}

/// A contract line: the JSON report's contract object plus its `position`.
private struct ShardLine: Decodable {
    let position: Int
    let contract: ContractReport

    private enum Keys: String, CodingKey { case position }

    init(from decoder: Decoder) throws {
        position = try decoder.container(keyedBy: Keys.self).decode(Int.self, forKey: .position)
        contract = try ContractReport(from: decoder)
    }
}

/// Lines of a file without holding the file: `getline` reuses one buffer, however long a line is.
private final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    private(set) var lineNumber = 0

    init?(path: String) {
        guard let file = fopen(path, "r") else { return nil }
        self.file = file
    }

    deinit {
        free(buffer)
        fclose(file)
    }

    /// The next line without its newline; nil at the end of the file.
    func next(named path: String) throws(MergeError) -> Data? {
        let count = getline(&buffer, &capacity, file)
        guard count >= 0, let buffer else {
            if ferror(file) != 0 { throw MergeError("\(ErrorText.clipped(path)): cannot read (\(String(cString: strerror(errno))))") }
            return nil
        }
        lineNumber += 1
        let length = count > 0 && buffer[count - 1] == 0x0A ? count - 1 : count
        return Data(bytes: buffer, count: length)
    }
}
