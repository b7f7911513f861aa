import Foundation
import FuzzDriver
import ClauseGuardIngest

/// libFuzzer target: arbitrary bytes as a .pdf (poppler's parser, then line geometry, running lines, paragraphs and
/// clause structure). Few pages and a short time budget, so a slow input shows up as a timeout, not a stall.
func fuzzPDF(_ input: UnsafeBufferPointer<UInt8>) {
    var options = IngestOptions()
    options.maxTotalBytes = 4 << 20
    options.maxPDFPages = 50
    options.maxPDFSeconds = 5
    _ = try? ContractReader(options: options).read(bytes: Array(input), name: "fuzz.pdf")
}

runFuzzer(fuzzPDF)
