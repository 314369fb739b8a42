import Foundation
@testable import WorkbookCore
@testable import WorkbookComparison
@testable import WorkbookDiagnostics
@testable import WorkbookFormat
@testable import WorkbookForms
@testable import WorkbookLoading
@testable import WorkbookMerge
@testable import WorkbookMigration
@testable import WorkbookModel
@testable import WorkbookReporting
@testable import WorkbookRules
@testable import WorkbookScoring
@testable import WorkbookSupport
@testable import WorkbookYAML

/// Test fixtures, read from the source tree so a failing test names the file to open.
enum Fixtures {
    /// `Tests/WorkbookCoreTests/Fixtures`.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture file as an input named by its path under Fixtures/ (e.g. "invalid/tab.yaml").
    static func input(_ relativePath: String) throws -> InputFile {
        let data = try Data(contentsOf: root.appendingPathComponent(relativePath))
        return InputFile(name: relativePath, bytes: [UInt8](data))
    }

    /// The names of the fixture files in a folder, sorted.
    static func files(in folder: String) -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    /// A file of the repository as an input named by its repository path.
    static func repositoryInput(_ relativePath: String) throws -> InputFile {
        let data = try Data(contentsOf: repository.appendingPathComponent(relativePath))
        return InputFile(name: relativePath, bytes: [UInt8](data))
    }

    /// The mini workbook (Fixtures/valid/mini.yaml), loaded; its figures are worked by hand in docs/scoring.md.
    static func miniWorkbook() throws -> Workbook {
        let result = WorkbookPipeline.validatedWorkbook(try input("valid/mini.yaml"))
        guard let workbook = result.value else {
            throw FixtureError(description: "mini.yaml is invalid: \(result.diagnostics)")
        }
        return workbook
    }

    /// A resolver that knows the mini workbook.
    static func miniResolver() throws -> WorkbookResolver {
        .only(CompiledWorkbook(workbook: try miniWorkbook(), rules: []))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
}

extension InputFile {
    /// A YAML snippet for inline tests.
    static func yaml(_ text: String, name: String = "test.yaml") -> InputFile {
        InputFile(name: name, text: text)
    }
}
