import ArgumentParser
import ClauseGuardPipeline

/// `--shard` and `--files-from`: how a scan becomes one worker of many (docs/SCALE.md).
struct ShardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Scan only this worker's share of the files, I of N workers given the same arguments (e.g. 2/7); combine the JSON Lines outputs with `clauseguard merge`.", valueName: "I/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Scan the paths listed in this file too, one per line ('-' reads standard input).", valueName: "list"))
    var filesFrom: String?

    func validate() throws {
        if let shard {
            do { _ = try ShardSpec(parsing: shard) } catch { throw ValidationError(error.description) }
        }
    }

    var spec: ShardSpec? { shard.flatMap { try? ShardSpec(parsing: $0) } }

    /// The paths given on the command line, then those of the list.
    func inputs(_ paths: [String]) throws -> [String] {
        guard let filesFrom else { return paths }
        do {
            return paths + (try FileList.read(filesFrom))
        } catch {
            printError("clauseguard: error: \(error)")
            throw ExitStatus.usage
        }
    }
}
