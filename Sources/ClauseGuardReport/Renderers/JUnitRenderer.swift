import ClauseGuardModel
import ClauseGuardRules

/// JUnit XML: one test suite per contract, one test case per rule family; a case fails when a finding of that
/// family is at or above `--fail-on`. Unreadable contracts are errors; content left unread (an altChunk, an object)
/// is a skipped `not-read` case and a `notRead` suite property.
public struct JUnitRenderer: ReportRenderer, Sendable {
    public var families: [String]
    public var options: RenderOptions
    public init(families: [String], options: RenderOptions) { self.families = families; self.options = options }

    public func render(_ report: BatchReport) throws -> String {
        top(report.contracts.map(counts)) + report.contracts.map(suite).joined() + bottom
    }

    /// A suite's or the whole run's test counts.
    struct Counts: Sendable {
        var tests = 0, failures = 0, errors = 0, skipped = 0
    }

    /// The opening tag, with the totals over every contract.
    func top(_ suites: [Counts]) -> String {
        let total = suites.reduce(into: Counts()) {
            $0.tests += $1.tests; $0.failures += $1.failures; $0.errors += $1.errors; $0.skipped += $1.skipped
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"clauseguard\" tests=\"\(total.tests)\" failures=\"\(total.failures)\" errors=\"\(total.errors)\"\(skippedAttribute(total.skipped))>\n"
    }

    let bottom = "</testsuites>\n"

    /// The families a readable contract's suite has a case for: every family of the rules, then any other it has findings of.
    private func families(of contract: ContractReport) -> [String] {
        let present = Set(contract.findings.map(\.family))
        return (families + present.sorted()).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    func counts(_ contract: ContractReport) -> Counts {
        if contract.error != nil { return Counts(tests: 1, errors: 1) }
        let skipped = contract.notRead == nil ? 0 : 1
        let failing = Set(contract.findings.filter { $0.severity >= options.failOn }.map(\.family))
        return Counts(tests: families(of: contract).count + skipped, failures: failing.count, skipped: skipped)
    }

    /// One contract's test suite.
    func suite(_ contract: ContractReport) -> String {
        let language = options.language(for: contract)
        var cases = ""
        if let error = contract.error {
            cases += "    <testcase classname=\"\(xml(contract.path))\" name=\"read\">\n"
            cases += "      <error type=\"\(xml(contract.errorReason ?? "unreadable"))\" message=\"\(xml(error))\"/>\n    </testcase>\n"
            return "  <testsuite name=\"\(xml(contract.path))\" tests=\"1\" failures=\"0\" errors=\"1\">\n\(cases)  </testsuite>\n"
        }
        // Content left unread was not checked: a suite property, and a skipped case CI dashboards count and show.
        var properties = ""
        if let notRead = contract.notRead {
            properties = "    <properties>\n      <property name=\"notRead\" value=\"\(xml(notRead))\"/>\n    </properties>\n"
            cases += "    <testcase classname=\"\(xml(contract.path))\" name=\"not-read\">\n"
            cases += "      <skipped message=\"\(xml(notRead))\"/>\n    </testcase>\n"
        }
        for family in families(of: contract) {
            let failing = contract.findings.filter { $0.family == family && $0.severity >= options.failOn }
            cases += "    <testcase classname=\"\(xml(contract.path))\" name=\"\(xml(family))\">\n"
            if !failing.isEmpty {
                let body = failing.map { f in
                    "[\(f.severity.rawValue)] \(f.ruleID): \(f.message[language])" + (f.location.map { " (\($0.clause.isEmpty && $0.page == nil ? "¶\($0.paragraph)" : $0.citation)): \($0.excerpt)" } ?? "")
                }.joined(separator: "\n")
                cases += "      <failure type=\"\(xml(family))\" message=\"\(failing.count) finding(s) at or above \(options.failOn.rawValue)\">\(xml(body))</failure>\n"
            }
            let below = contract.findings.filter { $0.family == family && $0.severity < options.failOn }
            if !below.isEmpty {
                cases += "      <system-out>\(xml(below.map { "[\($0.severity.rawValue)] \($0.ruleID): \($0.message[language])" }.joined(separator: "\n")))</system-out>\n"
            }
            cases += "    </testcase>\n"
        }
        let counts = counts(contract)
        return "  <testsuite name=\"\(xml(contract.path))\" tests=\"\(counts.tests)\" failures=\"\(counts.failures)\" errors=\"0\"\(skippedAttribute(counts.skipped))>\n\(properties)\(cases)  </testsuite>\n"
    }

    /// ` skipped="n"`, only where something was skipped, so the suites of fully read contracts carry nothing extra.
    private func skippedAttribute(_ n: Int) -> String { n > 0 ? " skipped=\"\(n)\"" : "" }
}

/// Escapes text for XML attributes and content. Controls are shown visibly (XML 1.0 cannot carry most of them, and
/// a CI log is read by people); U+FFFE and U+FFFF, which XML cannot carry either, are dropped.
func xml(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.visibleControls.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        default:
            if (0xFFFE...0xFFFF).contains(scalar.value) { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
