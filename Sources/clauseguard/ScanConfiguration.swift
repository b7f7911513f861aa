import Foundation
import Yams
import ClauseGuardRules
import ClauseGuardReport

/// `.clauseguard.yml`: rule folders, disabled rules, severity overrides and thresholds for a repository of contracts.
struct ScanConfiguration {
    struct File: Decodable {
        var rules: [String]?
        var disable: [String]?
        var severity: [String: Severity]?
        /// Rule parameters such as `max_notice_days: 15` (all rules) or `notice.long-period.max_days: 15` (one rule).
        var params: [String: Double]?
        var failOn: Severity?
        var minSeverity: Severity?
        var lang: String?
        var perspective: Perspective?
        var include: [String]?
        var exclude: [String]?

        enum CodingKeys: String, CodingKey {
            case rules, disable, severity, params, lang, perspective, include, exclude
            case failOn = "fail_on", minSeverity = "min_severity"
        }
    }

    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    var path: String?
    var file: File?

    static let fileName = ".clauseguard.yml"

    static func load(explicit: String?) throws -> ScanConfiguration {
        guard let path = explicit ?? UpwardSearch.find(fileName) else { return ScanConfiguration() }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadError(description: "\(path): cannot read config file")
        }
        do {
            var file = try YAMLDecoder().decode(File.self, from: text)
            // Rule folders are relative to the config file.
            let base = (path as NSString).deletingLastPathComponent
            file.rules = file.rules?.map { $0.hasPrefix("/") ? $0 : (base as NSString).appendingPathComponent($0) }
            return ScanConfiguration(path: path, file: file)
        } catch {
            throw LoadError(description: "\(path): bad config: \(error)")
        }
    }
}
