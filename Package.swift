// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "workbook",
    products: [
        .executable(name: "workbook", targets: ["workbook"]),
        .library(name: "WorkbookCore", targets: ["WorkbookCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The core's layers, bottom up: each target imports only the ones listed, and
        // Scripts/check-layers.py fails CI on an undeclared or upward import (CONTRIBUTING.md).
        .target(name: "WorkbookSupport"),
        .target(name: "WorkbookDiagnostics", dependencies: ["WorkbookSupport"]),
        .target(name: "WorkbookModel", dependencies: ["WorkbookDiagnostics", "WorkbookSupport"]),
        .target(name: "WorkbookYAML", dependencies: ["CLibYAML", "WorkbookDiagnostics", "WorkbookSupport"]),
        .target(name: "WorkbookFormat", dependencies: ["WorkbookModel", "WorkbookSupport"]),
        .target(name: "WorkbookRules", dependencies: ["WorkbookDiagnostics", "WorkbookModel", "WorkbookSupport"]),
        .target(name: "WorkbookValidation", dependencies: ["WorkbookDiagnostics", "WorkbookModel", "WorkbookSupport"]),
        .target(
            name: "WorkbookLoading",
            dependencies: ["WorkbookDiagnostics", "WorkbookSupport", "WorkbookModel", "WorkbookYAML", "WorkbookFormat"]
        ),
        .target(name: "WorkbookScoring", dependencies: ["WorkbookModel", "WorkbookRules", "WorkbookSupport"]),
        .target(
            name: "WorkbookComparison",
            dependencies: ["WorkbookDiagnostics", "WorkbookModel", "WorkbookScoring", "WorkbookSupport"]
        ),
        // Reporting and Forms keep their pages' CSS and JavaScript as files in Assets/, embedded
        // as Swift constants (`EmbeddedAssets`) by the EmbedAssets plugin (CONTRIBUTING.md).
        .target(
            name: "WorkbookReporting",
            dependencies: [
                "WorkbookDiagnostics", "WorkbookModel", "WorkbookRules", "WorkbookScoring", "WorkbookComparison",
                "WorkbookSupport",
            ],
            plugins: ["EmbedAssets"]
        ),
        .target(
            name: "WorkbookForms",
            dependencies: ["WorkbookModel", "WorkbookFormat", "WorkbookReporting", "WorkbookSupport"],
            plugins: ["EmbedAssets"]
        ),
        .target(
            name: "WorkbookMerge",
            dependencies: ["WorkbookDiagnostics", "WorkbookModel", "WorkbookLoading", "WorkbookSupport"]
        ),
        .target(
            name: "WorkbookMigration",
            dependencies: [
                "WorkbookDiagnostics", "WorkbookModel", "WorkbookYAML", "WorkbookFormat", "WorkbookLoading",
                "WorkbookMerge", "WorkbookReporting", "WorkbookSupport",
            ]
        ),
        // The façade: the pipeline that runs the layers in order, and the bundled workbooks.
        .target(
            name: "WorkbookCore",
            dependencies: [
                "WorkbookDiagnostics", "WorkbookSupport", "WorkbookModel", "WorkbookYAML", "WorkbookFormat",
                "WorkbookRules", "WorkbookValidation", "WorkbookLoading", "WorkbookScoring", "WorkbookComparison",
                "WorkbookReporting", "WorkbookForms", "WorkbookMerge", "WorkbookMigration",
            ]
        ),
        // Style sheets and scripts kept as .css and .js files become string constants at build
        // time (Plugins/EmbedAssets); scripts that call swiftc themselves run the tool directly
        // (Scripts/embed-assets.sh).
        .executableTarget(name: "embed-assets"),
        .plugin(name: "EmbedAssets", capability: .buildTool(), dependencies: ["embed-assets"]),
        // zlib does the deflating; the zip container around it is ours (Zip/), so that the
        // command line keeps linking FoundationEssentials only (docs/spreadsheets.md says why).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // glibc's malloc tuning for the command line (Sources/workbook/Memory.swift says why).
        .systemLibrary(name: "CMalloc"),
        // Excel in and out, at the edge: nothing in WorkbookCore knows about it.
        .target(
            name: "WorkbookOffice",
            dependencies: ["WorkbookCore", "CZlib"]
        ),
        .executableTarget(
            name: "workbook",
            dependencies: [
                "WorkbookCore",
                "WorkbookOffice",
                "WorkbookSupport",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc, for libyaml's
            // 1,400 allocations a file as much as ours: a tenth fewer instructions for
            // `compare` (docs/performance.md). Release only: the sanitizers bring their own.
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], configuration: .release))]
        ),
        .testTarget(
            name: "WorkbookCoreTests",
            dependencies: [
                "WorkbookCore", "WorkbookDiagnostics", "WorkbookSupport", "WorkbookModel", "WorkbookYAML",
                "WorkbookFormat", "WorkbookRules", "WorkbookValidation", "WorkbookLoading", "WorkbookScoring",
                "WorkbookComparison", "WorkbookReporting", "WorkbookForms", "WorkbookMerge", "WorkbookMigration",
            ],
            // The goldens are read from the source tree by path (AssertGolden), not bundled.
            exclude: ["Goldens"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WorkbookOfficeTests",
            dependencies: ["WorkbookCore", "WorkbookOffice"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WorkbookCLITests",
            dependencies: ["workbook"]
        ),
    ]
)

for target in package.targets where [.regular, .executable, .test].contains(target.type) {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
