import Foundation
import Testing
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
@testable import WorkbookValidation
@testable import WorkbookYAML

/// The workbooks in workbooks/ are compiled into the binary as Swift source; this keeps the
/// two identical (`RECORD_GOLDENS=1 swift test` regenerates the Swift file), and checks that
/// every bundled workbook and every example is valid.
struct BundledWorkbooksTests {
    static let generatedPath = "Sources/WorkbookCore/Bundled/BundledWorkbooks+Generated.swift"

    /// The ids of the YAML files in workbooks/, in a fixed order.
    static func workbookFiles() -> [String] {
        let folder = Fixtures.repository.appendingPathComponent("workbooks").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func generatedSource() throws -> String {
        var out = """
            // swift-format-ignore-file
            // Generated from workbooks/*.yaml by BundledWorkbooksTests (RECORD_GOLDENS=1 swift test). Do not edit.

            extension BundledWorkbooks {
                static let generatedSources: [(id: String, text: String)] = [

            """
        for id in workbookFiles() {
            let text = try String(
                contentsOf: Fixtures.repository.appendingPathComponent("workbooks/\(id).yaml"), encoding: .utf8)
            var hashes = "#"
            while text.contains("\"\"\"\(hashes)") || text.contains("\"\(hashes)") { hashes += "#" }
            out += "        (id: \"\(id)\", text: \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    @Test func theBinaryCarriesExactlyTheFilesInWorkbooks() throws {
        assertGolden(try Self.generatedSource(), path: Self.generatedPath)
        #expect(BundledWorkbooks.ids == Self.workbookFiles())
    }

    @Test func theSixFrameworksAreBundled() {
        for id in [
            "pots", "christmas-tree", "place-based-planning", "inclusion-health", "community-engagement",
            "delivery-plan",
        ] {
            #expect(BundledWorkbooks.ids.contains(id), "workbooks/\(id).yaml is missing")
        }
    }

    @Test(arguments: workbookFiles())
    func everyBundledWorkbookIsValidWithoutWarnings(_ id: String) throws {
        let input = try Fixtures.repositoryInput("workbooks/\(id).yaml")
        let result = WorkbookPipeline.loadWorkbook(input)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let workbook = try #require(result.value?.workbook)
        #expect(workbook.id == id, "a bundled workbook's file is named after its id")
        for element in workbook.elements {
            #expect((3...6).contains(element.questions.count), "\(element.id) has \(element.questions.count) questions")
            #expect(element.description != nil, "\(element.id) has no description")
        }
        for level in workbook.scale.levels { #expect(!level.description.isEmpty) }
        #expect(!workbook.sources.isEmpty)
    }

    static func exampleFiles() -> [String] {
        let folder = Fixtures.repository.appendingPathComponent("examples")
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") }.sorted().map { "examples/\($0)" }
    }

    @Test(arguments: exampleFiles())
    func everyExampleIsAValidResponseToABundledWorkbook(_ path: String) throws {
        let result = WorkbookPipeline.loadResponse(
            try Fixtures.repositoryInput(path), resolver: BundledWorkbooks.resolver)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.value != nil)
    }
}
