import ClauseGuardRules

/// The risky findings on one clause: a reader sees one entry per clause, with every rule that flagged it as a
/// reason, not the same sentence twice. Machine formats keep one finding per rule (baselines and suppressions are
/// per rule); the human formats group with this.
public struct ClauseFindings: Sendable {
    /// The most severe finding on the clause (findings arrive most severe first).
    public var primary: Finding
    /// The other rules' findings on the same sentence.
    public var others: [Finding]
}

extension ContractReport {
    public var clauseFindings: [ClauseFindings] {
        var groups: [ClauseFindings] = []
        var index: [String: Int] = [:]
        for finding in matchFindings {
            guard let location = finding.location else { groups.append(ClauseFindings(primary: finding, others: [])); continue }
            let key = "\(location.blockIndex):\(location.excerpt)"
            if let i = index[key] { groups[i].others.append(finding) } else {
                index[key] = groups.count
                groups.append(ClauseFindings(primary: finding, others: []))
            }
        }
        return groups
    }
}
