import Foundation
import ClauseGuardIngest
import ClauseGuardRules

/// libFuzzer target: arbitrary bytes as a .txt contract (encoding detection and decoding), then the whole
/// shipped rule pack over it (normaliser, clause structure, prefilters, regexes, value parsers, messages).
let rules: RuleSet = {
    let root = ProcessInfo.processInfo.environment["CLAUSEGUARD_RULES"] ?? "Rules"
    return RuleLoader.load(paths: [root]).rules
}()
let analyzer = Analyzer(rules: rules)

func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard var document = try? PlainTextReader().read(bytes: bytes, name: "fuzz.txt", format: .txt) else { return 0 }
    ClauseStructure.assignPaths(&document.blocks)
    _ = analyzer.analyze(document)
    return 0
}

// SwiftPM links an executable's entry point itself, so start libFuzzer through its driver entry point.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var arguments = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&arguments, &argv) { data, size in fuzzText(data ?? UnsafePointer(bitPattern: 1)!, size) })
