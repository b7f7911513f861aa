import Testing
@testable import ClauseGuardReport

/// The CSV field guard on its own: every formula lead on OWASP's list, line feed and the fullwidth forms get a
/// quote in front; ordinary text is left alone.
@Suite struct CSVQuoteTests {
    private func unquoted(_ field: String) -> String {
        let out = CSVRenderer.quote(field)
        guard out.hasPrefix("\"") else { return out }
        return String(out.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }

    @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)"])
    func formulaLeadsArePrefixed(_ field: String) {
        #expect(unquoted(field).hasPrefix("'"), "\(field.debugDescription)")
    }

    @Test(arguments: ["合同", "a=1", " 1", "1-2", ""])
    func otherFieldsAreUnchanged(_ field: String) {
        #expect(unquoted(field) == field)
    }
}
