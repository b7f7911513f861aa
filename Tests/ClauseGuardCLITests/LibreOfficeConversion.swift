import Foundation
import ClauseGuardTestSupport

/// Converts the sample contracts with LibreOffice (`soffice --headless --convert-to`), once per format per test
/// process: LibreOffice takes seconds to start, so every test of a format shares one conversion.
enum LibreOfficeConversion {
    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice", "/opt/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool { soffice != nil }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var converted: [String: URL] = [:]

    /// The folder holding every sample contract converted to `format` (`odt`, `pdf`), named `NAME.format`.
    static func samples(as format: String) throws -> URL {
        lock.lock()
        defer { lock.unlock() }
        if let done = converted[format] { return done }
        guard let soffice else { throw ConversionError.noLibreOffice }
        let out = try TestFolder.make("soffice-\(format)")
        let profile = try TestFolder.make("soffice-profile")
        let samples = CLIRunner.packageRoot.appendingPathComponent("SampleContracts")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { !$0.hasPrefix(".") }.sorted()
            .map { samples.appendingPathComponent($0).path }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        // Its own profile folder, so a LibreOffice the user runs (or another test process) does not block it.
        process.arguments = ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", format, "--outdir", out.path] + inputs
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        converted[format] = out
        return out
    }

    /// The converted copy of a sample (`01-daiyunying-onesided.docx` → `…/01-daiyunying-onesided.odt`).
    static func converted(_ sample: String, as format: String) throws -> String {
        let base = (sample as NSString).deletingPathExtension
        return try samples(as: format).appendingPathComponent("\(base).\(format)").path
    }

    enum ConversionError: Error { case noLibreOffice }
}
