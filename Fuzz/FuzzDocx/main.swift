import Foundation
import ClauseGuardIngest

/// libFuzzer target: arbitrary bytes as a .docx package (zip layer, part lookup, every XML part).
/// Limits are small so the fuzzer spends its time on structure, not on legal-but-huge inputs.
func fuzzDocx(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var options = IngestOptions()
    options.maxPartBytes = 4 << 20
    options.maxTotalBytes = 16 << 20
    options.ratioCheckMinimumBytes = 64 << 10
    options.maxEntries = 500
    _ = try? DocxReader(options: options).read(bytes: Array(UnsafeBufferPointer(start: data, count: size)),
                                              name: "fuzz.docx", format: .docx)
    return 0
}

// SwiftPM links an executable's entry point itself, so start libFuzzer through its driver entry point.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var arguments = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&arguments, &argv) { data, size in fuzzDocx(data ?? UnsafePointer(bitPattern: 1)!, size) })
