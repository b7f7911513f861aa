import Foundation
import Yams
import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardText

/// `.clauseguard.yml`: rule folders, disabled rules, severity overrides and thresholds for a repository of contracts.
/// Found upward from the working folder within the project (`UpwardSearch`), or given with `--config`.
public struct ScanConfiguration: Sendable {
    public struct File: Decodable, Sendable {
        public var rules: [String]?
        public var disable: [String]?
        public var severity: [String: Severity]?
        /// Rule parameters such as `max_notice_days: 15` (all rules) or `notice.long-period.max_days: 15` (one rule).
        public var params: [String: Double]?
        public var failOn: Severity?
        public var minSeverity: Severity?
        public var lang: Language?
        public var perspective: Perspective?
        /// The party that is the client in the scanned contracts (`client: 乙方`).
        public var client: String?
        public var include: [String]?
        public var exclude: [String]?

        public init() {}

        enum CodingKeys: String, CodingKey, CaseIterable {
            case rules, disable, severity, params, lang, perspective, client, include, exclude
            case failOn = "fail_on", minSeverity = "min_severity"
        }
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    public var path: String?
    public var file: File?

    public init(path: String? = nil, file: File? = nil) {
        self.path = path
        self.file = file
    }

    public static let fileName = ".clauseguard.yml"

    /// The config's path for reports and messages: relative to the working folder when it is there or above it.
    public var displayPath: String? { path.map(Self.display) }

    public static func load(explicit: String?) throws -> ScanConfiguration {
        guard let path = explicit ?? UpwardSearch.find(fileName) else { return ScanConfiguration() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot read config file (missing, unreadable or not UTF-8)")
        }
        do {
            guard let root = try Yams.compose(yaml: text) else { return ScanConfiguration(path: path, file: File()) }
            guard let mapping = root.mapping else { throw LoadError(description: "\(path):\(root.mark?.line ?? 1): a config file is a mapping of keys") }
            // A misspelt key (fail-on, disabled_rules) would otherwise be ignored and the setting silently lost.
            let known = File.CodingKeys.allCases.map(\.rawValue)
            for (key, value) in mapping {
                let name = key.string ?? ""
                guard let shape = ConfigValue.byKey[name], known.contains(name) else {
                    let hint = KeySuggestion.hint(for: name, in: known)
                    throw LoadError(description: "\(path):\(key.mark?.line ?? 1): unknown key '\(ErrorText.clipped(name, limit: 40))'"
                                    + (hint.isEmpty ? " (known: \(known.sorted().joined(separator: ", ")))" : hint))
                }
                if let problem = shape.problem(value, key: name) {
                    throw LoadError(description: "\(path):\(value.mark?.line ?? key.mark?.line ?? 1): \(problem)")
                }
            }
            var file = try YAMLDecoder().decode(File.self, from: root)
            // Rule folders are relative to the config file.
            let base = (path as NSString).deletingLastPathComponent
            file.rules = file.rules?.map { $0.hasPrefix("/") ? $0 : (base as NSString).appendingPathComponent($0) }
            return ScanConfiguration(path: path, file: file)
        } catch let error as LoadError {
            throw error
        } catch let error as DecodingError {
            throw LoadError(description: "\(path): bad config: \(describe(error))")
        } catch {
            throw LoadError(description: "\(path): bad config: \(ErrorText.clipped(String(describing: error)))")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (key.isEmpty ? "" : "'\(key)': ") + ErrorText.clipped(context.debugDescription)
        @unknown default:
            return ErrorText.clipped(String(describing: error))
        }
    }

    /// `path` relative to the working folder when it is inside it or above it (`../.clauseguard.yml`), else as is.
    public static func display(_ path: String) -> String {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        guard path.hasPrefix("/") else { return path }
        var common = 0
        while common < min(cwd.count, target.count), cwd[common] == target[common] { common += 1 }
        guard common == cwd.count || common == target.count - 1 else { return path }
        let ups = Array(repeating: "..", count: cwd.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}
