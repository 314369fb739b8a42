// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "workbook",
    products: [
        .executable(name: "workbook", targets: ["workbook"]),
        .library(name: "WorkbookCore", targets: ["WorkbookCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "WorkbookCore",
            dependencies: ["CLibYAML"],
            // The pages' CSS and JavaScript: embedded as Swift constants by the plugin, not resources.
            plugins: ["EmbedAssets"]
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
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "WorkbookCoreTests",
            dependencies: ["WorkbookCore"],
            // The goldens are read from the source tree by path (AssertGolden), not bundled.
            exclude: ["Goldens"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WorkbookOfficeTests",
            dependencies: ["WorkbookOffice"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WorkbookCLITests",
            dependencies: ["workbook"]
        ),
    ]
)

for target in package.targets where [.regular, .executable, .test].contains(target.type) {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
