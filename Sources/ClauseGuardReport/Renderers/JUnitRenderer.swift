import ClauseGuardRules

/// JUnit XML: one test suite per contract, one test case per rule family; a case fails when a finding of that
/// family is at or above `--fail-on`. Unreadable contracts are errors.
public struct JUnitRenderer: ReportRenderer {
    public var families: [String]
    public var options: RenderOptions
    public init(families: [String], options: RenderOptions) { self.families = families; self.options = options }

    public func render(_ report: BatchReport) throws -> String {
        var suites = ""
        var totalTests = 0, totalFailures = 0, totalErrors = 0
        for contract in report.contracts {
            let chinese = options.language == "zh"
            var cases = ""
            var failures = 0
            if let error = contract.error {
                totalErrors += 1
                totalTests += 1
                cases += "    <testcase classname=\"\(xml(contract.path))\" name=\"read\">\n"
                cases += "      <error type=\"\(xml(contract.errorReason ?? "unreadable"))\" message=\"\(xml(error))\"/>\n    </testcase>\n"
                suites += "  <testsuite name=\"\(xml(contract.path))\" tests=\"1\" failures=\"0\" errors=\"1\">\n\(cases)  </testsuite>\n"
                continue
            }
            let present = Set(contract.findings.map(\.family))
            let families = (self.families + present.sorted()).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            for family in families {
                let failing = contract.findings.filter { $0.family == family && $0.severity >= options.failOn }
                cases += "    <testcase classname=\"\(xml(contract.path))\" name=\"\(xml(family))\">\n"
                if !failing.isEmpty {
                    failures += 1
                    let body = failing.map { f in
                        "[\(f.severity.rawValue)] \(f.ruleID): \(f.message.text(chinese: chinese))" + (f.location.map { " (\($0.clause.isEmpty ? "¶\($0.paragraph)" : $0.clause)): \($0.excerpt)" } ?? "")
                    }.joined(separator: "\n")
                    cases += "      <failure type=\"\(xml(family))\" message=\"\(failing.count) finding(s) at or above \(options.failOn.rawValue)\">\(xml(body))</failure>\n"
                }
                let below = contract.findings.filter { $0.family == family && $0.severity < options.failOn }
                if !below.isEmpty {
                    cases += "      <system-out>\(xml(below.map { "[\($0.severity.rawValue)] \($0.ruleID): \($0.message.text(chinese: chinese))" }.joined(separator: "\n")))</system-out>\n"
                }
                cases += "    </testcase>\n"
            }
            totalTests += families.count
            totalFailures += failures
            suites += "  <testsuite name=\"\(xml(contract.path))\" tests=\"\(families.count)\" failures=\"\(failures)\" errors=\"0\">\n\(cases)  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"clauseguard\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n\(suites)</testsuites>\n"
    }
}

/// Escapes text for XML attributes and content; drops characters XML 1.0 cannot carry.
func xml(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
        default:
            if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
