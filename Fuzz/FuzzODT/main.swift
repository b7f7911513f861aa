import Foundation
import FuzzDriver
import ClauseGuardIngest

/// libFuzzer target: arbitrary bytes as an .odt package (zip layer, mimetype and manifest, styles.xml, content.xml).
/// Limits are small so the fuzzer spends its time on structure, not on legal-but-huge inputs.
func fuzzODT(_ input: UnsafeBufferPointer<UInt8>) {
    var options = IngestOptions()
    options.maxPartBytes = 4 << 20
    options.maxTotalBytes = 16 << 20
    options.ratioCheckMinimumBytes = 64 << 10
    options.maxEntries = 500
    _ = try? ContractReader(options: options).read(bytes: Array(input), name: "fuzz.odt")
}

runFuzzer(fuzzODT)
