import Foundation
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardModel

/// libFuzzer target: arbitrary bytes as a rule file (YAML, keys, patterns and placeholders, conditions,
/// examples), then every rule that loads run over a short contract and its own examples' runner.
let contract: ContractDocument = {
    let text = "第八条 违约责任\n1. 乙方有权单方解除合同，已收费用不予退还，甲方应支付剩余费用的30%作为违约金，最低5000元。\n2. 任何一方解除本合同，应提前30日书面通知对方。This Agreement shall automatically renew for successive one-year terms unless either party gives ninety (90) days' notice."
    var document = try! PlainTextReader().read(bytes: Array(text.utf8), name: "c.txt", format: .txt)
    ClauseStructure.assignPaths(&document.blocks)
    return document
}()

func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (rules, _) = RuleLoader.parse(yaml: yaml, file: "fuzz.yml")
    guard !rules.isEmpty else { return 0 }
    _ = Analyzer(rules: RuleSet(rules)).analyze(contract)
    return 0
}

// SwiftPM links an executable's entry point itself, so start libFuzzer through its driver entry point.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var arguments = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&arguments, &argv) { data, size in fuzzRules(data ?? UnsafePointer(bitPattern: 1)!, size) })
