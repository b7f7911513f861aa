import Foundation
import FuzzDriver
import ClauseGuardIngest
import ClauseGuardRules

/// libFuzzer target: arbitrary bytes as a .txt contract (encoding detection and decoding), then the whole
/// shipped rule pack over it (normaliser, clause structure, prefilters, regexes, value parsers, messages).
let rules: RuleSet = {
    let root = ProcessInfo.processInfo.environment["CLAUSEGUARD_RULES"] ?? "Rules"
    return RuleLoader.load(paths: [root]).rules
}()
let analyzer = Analyzer(rules: rules)

func fuzzText(_ input: UnsafeBufferPointer<UInt8>) {
    let bytes = Array(input)
    guard let document = try? ContractReader().read(bytes: bytes, name: "fuzz.txt") else { return }
    _ = analyzer.analyze(document)
}

runFuzzer(fuzzText)
