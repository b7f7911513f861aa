/// Contracts saved as text from a paginated original (EDGAR filings, PDF exports) break sentences at the page end: a
/// line stops mid-sentence ("…may cancel this Agreement effective on the last day of the Initial Term, or"), a page
/// number follows on a line of its own, and the sentence goes on in lowercase ("any Renewal Term, by serving written
/// notice…"). Read as two blocks, neither half says who may do what on which notice.
///
/// A line joins the next line of text when it stops where no sentence ends (on a letter, a digit or a comma) and the
/// next line starts with a lowercase word; bare page numbers between the halves ("6", "10    11", "- 7 -",
/// "Page 3 of 12") are page furniture and are dropped. Lines of Chinese text never start lowercase, so they are left
/// to `HardWrappedLines`.
enum SentencesAcrossPageBreaks {
    /// At most this many page-number lines between the halves of one sentence.
    private static let pageLinesBetween = 2
    /// A shorter line is a heading or a field, not half of a sentence.
    private static let shortestHalf = 30

    static func join(_ lines: [String]) -> [String] {
        guard lines.count > 1 else { return lines }
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var held: [String] = []
        for line in lines {
            guard let last = out.last, stopsMidSentence(last) else { out.append(line); continue }
            if isPageNumber(line), held.count < pageLinesBetween { held.append(line); continue }
            if startsLowercase(line) {
                out[out.count - 1] += " " + line
            } else {
                out += held
                out.append(line)
            }
            held.removeAll()
        }
        return out + held
    }

    private static func stopsMidSentence(_ line: String) -> Bool {
        guard line.utf8.count >= shortestHalf, let last = line.unicodeScalars.last, last.isASCII else { return false }
        return last.properties.isAlphabetic || ("0"..."9").contains(last) || last == ","
    }

    /// "any Renewal Term…", not a list label ("i. the Customer", "iv) …").
    private static func startsLowercase(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        let label = line.unicodeScalars.prefix { "ivx".unicodeScalars.contains($0) }
        let after = line.unicodeScalars.dropFirst(label.count).first
        return !(label.count > 0 && label.count <= 4 && (after == "." || after == ")"))
    }

    /// "6", "10    11", "- 7 -", "Page 3 of 12", "3 | Page".
    static func isPageNumber(_ line: String) -> Bool {
        guard line.utf8.count <= 20 else { return false }
        var digits = 0
        var rest = line.lowercased()
        for word in ["page", "of"] { rest = rest.replacingOccurrences(of: word, with: " ") }
        for scalar in rest.unicodeScalars {
            if ("0"..."9").contains(scalar) { digits += 1; continue }
            guard " -–—|".unicodeScalars.contains(scalar) else { return false }
        }
        return digits > 0
    }
}
