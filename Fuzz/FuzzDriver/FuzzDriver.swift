import Foundation

/// Starts libFuzzer with `target` called on every input, and never returns. SwiftPM supplies an executable's
/// entry point itself, so scripts/fuzz.sh links libFuzzer without its `main` and it is started through its driver
/// entry point instead.
public func runFuzzer(_ target: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
    currentTarget = target
    var arguments = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    // A C callback cannot capture: it reaches the target through the global.
    exit(runFuzzerDriver(&arguments, &argv) { data, size in
        currentTarget?(UnsafeBufferPointer(start: data, count: size))
        return 0
    })
}

/// `nonisolated(unsafe)`: set once before libFuzzer starts, then only read, from libFuzzer's one calling thread.
nonisolated(unsafe) private var currentTarget: ((UnsafeBufferPointer<UInt8>) -> Void)?

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                             _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
