import ClauseGuardModel
import ClauseGuardRules
import ClauseGuardReport

extension ReportFormat {
    /// The report as the CLI streams it: begin (with the header only JSON Lines writes), each contract rendered then
    /// delivered in order, finish with the batch's totals.
    func streamedAsTheCLI(_ report: BatchReport, rules: RuleSet, options: RenderOptions) throws -> String {
        let stream = stream(options: options, rules: rules)
        let output = ReportBuffer()
        let header = StreamHeader(batch: report, rules: rules, failOn: options.failOn, shard: nil, files: report.contracts.count,
                                  inputs: PathListHash(report.contracts.map(\.path)))
        output.write(stream.begin(header: header))
        for (i, contract) in report.contracts.enumerated() {
            stream.deliver(contract, part: stream.contract(contract, position: i, first: i == 0), to: output)
        }
        var tail = report
        tail.contracts = []
        try stream.finish(tail, to: output)
        return output.text
    }
}
