import Foundation
import ClauseGuardModel

/// Every output a run will write, checked together before any contract is read: none may be one of the run's
/// inputs (a contract, the config, the ignore file, the baseline it reads, a rule file) or another output, and
/// each must be writable, so a bad `--timings` path fails in a second instead of after the whole scan.
struct OutputPlan {
    struct Request {
        var option: String
        var path: String
        /// An input this output may replace on purpose (`--write-baseline` over the `--baseline` it read).
        var mayReplace: String?
    }

    let targets: [String: OutputTarget]

    /// Classifies each requested path and refuses the plan if an output would destroy an input or another output.
    init(_ requests: [Request], inputs: some Sequence<String>) throws(OutputTarget.Refusal) {
        var classified: [(request: Request, target: OutputTarget)] = []
        for request in requests { classified.append((request, try OutputTarget.classify(request.path, option: request.option))) }
        // Only an output that already exists can be an input: without one, no input is stat'ed (a 100,000-file scan
        // to a new report costs nothing here).
        var existing: Set<FileIdentity> = []
        for (_, target) in classified { if case .file(_, _, let identity?) = target { existing.insert(identity) } }
        var overwritten: [FileIdentity: String] = [:]
        if !existing.isEmpty {
            for input in inputs {
                if let identity = FileIdentity(path: input), existing.contains(identity), overwritten[identity] == nil { overwritten[identity] = input }
            }
        }
        var targets: [String: OutputTarget] = [:]
        var claimed: [String: String] = [:]   // file identity or resolved path → option
        for (request, target) in classified {
            if case .file(_, let resolved, let identity) = target {
                if let identity, let input = overwritten[identity],
                   request.mayReplace.flatMap(FileIdentity.init(path:)) != identity {
                    throw OutputTarget.Refusal(description:
                        "\(request.option) \(ErrorText.clipped(request.path)): is an input of this scan (\(ErrorText.clipped(input))); ClauseGuard never writes over its inputs")
                }
                let key = identity.map { "\($0.device):\($0.inode)" } ?? Self.absolute(resolved)
                if let other = claimed[key] {
                    throw OutputTarget.Refusal(description: "\(request.option) \(ErrorText.clipped(request.path)): is also the path of \(other)")
                }
                claimed[key] = request.option
            }
            targets[request.option] = target
        }
        self.targets = targets
    }

    /// Opens every output (temporary files are created now, so an unwritable folder fails before the scan).
    func open() throws(OutputFile.Failure) -> [String: OutputFile] {
        var opened: [String: OutputFile] = [:]
        for (option, target) in targets.sorted(by: { $0.key < $1.key }) {
            do throws(OutputFile.Failure) {
                opened[option] = try OutputFile(target)
            } catch {
                opened.values.forEach { $0.abandon() }
                throw error
            }
        }
        return opened
    }

    private static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }
}
