// swift-tools-version:6.0
import PackageDescription

// Pipeline stages, one target each; a stage uses only the stages above it (checked by scripts/check_layers.sh):
//   Model ← Text ← Ingest (libzip, libxml2, poppler)
//   Model, Text ← Understanding (Yams: lexicons; parties, roles, clause frames, key terms)
//   Model, Text, Understanding ← Rules (Yams; never Ingest: rules analyse a ContractDocument however it was read)
//   Rules ← Report (renderers only)
//   Ingest, Rules, Report ← Pipeline (batch scanning, suppressions, rule examples and eval) ← clauseguard (the CLI)
let package = Package(
    name: "ClauseGuard",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "clauseguard", targets: ["clauseguard"]),
        // Rules alone analyse a ContractDocument without linking the Word reader; the pipeline adds reading and scanning.
        .library(name: "ClauseGuardRules", targets: ["ClauseGuardRules"]),
        .library(name: "ClauseGuardPipeline", targets: ["ClauseGuardPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    ],
    targets: [
        // Native libraries, found through pkg-config (Debian: libzip-dev, libxml2-dev, libpcre2-dev, pkg-config;
        // macOS: brew install libzip libxml2 pcre2 pkg-config).
        .systemLibrary(name: "CZip", path: "Sources/CZip",
                       pkgConfig: "libzip", providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2",
                       pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CPCRE2", path: "Sources/CPCRE2",
                       pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]),
        // OpenCC: Traditional Chinese read as Simplified for matching (libopencc-dev, with its t2s dictionaries).
        .systemLibrary(name: "COpenCC", path: "Sources/COpenCC",
                       pkgConfig: "opencc", providers: [.apt(["libopencc-dev"]), .brew(["opencc"])]),
        // PDF text through poppler's GLib API, opened with dlopen on the first PDF (its library tree was a fifth of
        // every scan's start-up): needs libpoppler-glib8 (Debian) or poppler (Homebrew) at run time, and poppler-data
        // for the non-embedded Chinese fonts (STSong-Light…); nothing at build time.
        .target(name: "CPoppler", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),

        // A fast substring search (libc memmem): the rules' literal prefilters and every exact substring test.
        .target(name: "CByteSearch"),
        // Temporary output files removed on SIGINT/SIGTERM (the handler must stay async-signal-safe, hence C).
        .target(name: "CTempFiles"),
        // The document model every stage shares.
        .target(name: "ClauseGuardModel"),
        // Text utilities: PCRE2 regex, normalisation with offset maps, typed values (numbers, money, durations…).
        .target(name: "ClauseGuardText", dependencies: ["CPCRE2", "COpenCC", "CByteSearch"]),
        // Ingest: finds the contract files in the given paths (Discover) and reads them: .docx/.docm/.dotx/.dotm and
        // .odt/.ott via libzip + libxml2, .pdf via poppler, .txt/.md with encoding detection.
        .target(name: "ClauseGuardIngest", dependencies: ["ClauseGuardModel", "ClauseGuardText", "CZip", "CLibXML2", "CPoppler", "CByteSearch"]),
        // Understand: who is who (parties and roles), what each sentence lets whom do (clause frames), and the key
        // terms of the four mission families, read with the lexicons in Rules/lexicon/.
        .target(name: "ClauseGuardUnderstanding", dependencies: [
            "ClauseGuardModel", "ClauseGuardText", "CByteSearch", .product(name: "Yams", package: "Yams"),
        ]),
        // Analyze: rule files, matching, conditions, findings, lint and explain; works on a ContractDocument only.
        .target(name: "ClauseGuardRules", dependencies: [
            "ClauseGuardModel", "ClauseGuardText", "ClauseGuardUnderstanding", "CByteSearch",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Report: per-contract and batch reports, one renderer per format; never reads a document.
        .target(name: "ClauseGuardReport", dependencies: ["ClauseGuardModel", "ClauseGuardText", "ClauseGuardUnderstanding", "ClauseGuardRules", "Rainbow"]),
        // Pipeline: read → analyse → suppress over many files in parallel (BatchScanner), baseline, ignore file and
        // Word-comment suppressions, and the rule checks that read documents (rule examples, eval on labelled contracts).
        .target(name: "ClauseGuardPipeline", dependencies: [
            "ClauseGuardModel", "ClauseGuardText", "ClauseGuardIngest", "ClauseGuardUnderstanding", "ClauseGuardRules",
            "ClauseGuardReport", .product(name: "Yams", package: "Yams"),
        ]),
        // The built-in pack: Rules/**/*.yml compiled in as source (not a resource bundle, which on Linux sits beside the
        // binary), so a lone copied binary keeps its rules.
        .executableTarget(name: "EmbedRulesGenerator", dependencies: ["ClauseGuardRules"]),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["EmbedRulesGenerator"]),
        .target(name: "ClauseGuardBuiltinRules", plugins: ["EmbedRules"]),
        // CLI: argument parsing, configuration and output files around the pipeline.
        .executableTarget(name: "clauseguard", dependencies: [
            "ClauseGuardModel", "ClauseGuardText", "ClauseGuardIngest", "ClauseGuardUnderstanding", "ClauseGuardRules", "ClauseGuardReport",
            "ClauseGuardPipeline", "CTempFiles",
            "ClauseGuardBuiltinRules",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            "Rainbow",
        ]),

        .testTarget(name: "ClauseGuardTextTests", dependencies: ["ClauseGuardText"]),
        .testTarget(name: "ClauseGuardUnderstandingTests", dependencies: ["ClauseGuardUnderstanding", "ClauseGuardIngest", "ClauseGuardModel", "ClauseGuardText", "ClauseGuardTestSupport"]),
        // Generates Word packages and hostile zips for the tests (fixtures are made, not committed).
        .target(name: "ClauseGuardTestSupport", dependencies: ["CZip"], path: "Tests/ClauseGuardTestSupport"),
        .testTarget(name: "ClauseGuardIngestTests", dependencies: ["ClauseGuardIngest", "ClauseGuardModel", "ClauseGuardTestSupport"]),
        .testTarget(name: "ClauseGuardRulesTests", dependencies: ["ClauseGuardRules", "ClauseGuardIngest", "ClauseGuardModel", "ClauseGuardText", "ClauseGuardTestSupport",
                                                            "ClauseGuardUnderstanding", "ClauseGuardBuiltinRules"],
                    resources: []),
        .testTarget(name: "ClauseGuardReportTests", dependencies: ["ClauseGuardReport", "ClauseGuardPipeline", "ClauseGuardRules", "ClauseGuardIngest", "ClauseGuardModel", "ClauseGuardText", "ClauseGuardTestSupport"]),
        // Runs the built binary as a user would; depends on it so `swift test` builds it first.
        .testTarget(name: "ClauseGuardCLITests", dependencies: ["clauseguard", "ClauseGuardReport", "ClauseGuardTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets, added only when scripts/fuzz.sh builds them (CLAUSEGUARD_FUZZ=1, with -sanitize=fuzzer):
// a normal build and `swift test` never see them.
if Context.environment["CLAUSEGUARD_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"),
        .executableTarget(name: "FuzzDocx", dependencies: ["FuzzDriver", "ClauseGuardIngest"], path: "Fuzz/FuzzDocx"),
        .executableTarget(name: "FuzzWordML", dependencies: ["FuzzDriver", "ClauseGuardIngest", "CZip"], path: "Fuzz/FuzzWordML"),
        .executableTarget(name: "FuzzODT", dependencies: ["FuzzDriver", "ClauseGuardIngest"], path: "Fuzz/FuzzODT"),
        .executableTarget(name: "FuzzPDF", dependencies: ["FuzzDriver", "ClauseGuardIngest"], path: "Fuzz/FuzzPDF"),
        .executableTarget(name: "FuzzText", dependencies: ["FuzzDriver", "ClauseGuardIngest", "ClauseGuardRules"], path: "Fuzz/FuzzText"),
        .executableTarget(name: "FuzzRules", dependencies: ["FuzzDriver", "ClauseGuardModel", "ClauseGuardIngest", "ClauseGuardRules"], path: "Fuzz/FuzzRules"),
    ]
}
