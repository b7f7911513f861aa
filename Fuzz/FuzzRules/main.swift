import Foundation
import FuzzDriver
import ClauseGuardIngest
import ClauseGuardRules
import ClauseGuardModel

/// libFuzzer target: arbitrary bytes as a rule file (YAML, keys, patterns and placeholders, conditions,
/// examples), then every rule that loads run over a short contract and its own examples' runner.
let contract: ContractDocument = {
    let text = "第八条 违约责任\n1. 乙方有权单方解除合同，已收费用不予退还，甲方应支付剩余费用的30%作为违约金，最低5000元。\n2. 任何一方解除本合同，应提前30日书面通知对方。This Agreement shall automatically renew for successive one-year terms unless either party gives ninety (90) days' notice."
    try! ContractReader().read(bytes: Array(text.utf8), name: "c.txt")
}()

func fuzzRules(_ input: UnsafeBufferPointer<UInt8>) {
    let yaml = String(decoding: input, as: UTF8.self)
    let (rules, _) = RuleLoader.parse(yaml: yaml, file: "fuzz.yml")
    guard !rules.isEmpty else { return }
    _ = Analyzer(rules: RuleSet(rules)).analyze(contract)
}

runFuzzer(fuzzRules)
