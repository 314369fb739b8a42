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
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "WorkbookCore",
            dependencies: ["CLibYAML"]
        ),
        // The office formats (Word, Excel): outside the engine's layers, beside the CLI.
        .target(
            name: "WorkbookOffice",
            dependencies: [
                "WorkbookCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
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
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WorkbookOfficeTests",
            dependencies: [
                "WorkbookOffice", "WorkbookCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
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
