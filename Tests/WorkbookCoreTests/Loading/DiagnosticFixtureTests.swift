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

/// Every bad file under Fixtures/invalid gives exactly the diagnostics in its `.expected`
/// sidecar: one line each, `line:column severity code message`. One fixture per diagnostic
/// the loader can give; the sidecar keeps the file's own line numbers untouched.
struct DiagnosticFixtureTests {
    static let fixtures = Fixtures.files(in: "invalid")

    @Test(arguments: fixtures)
    func fixtureGivesExactlyItsExpectedDiagnostics(_ path: String) throws {
        let input = try Fixtures.input(path)
        let expectedURL = Fixtures.root.appendingPathComponent(
            path.replacingOccurrences(of: ".yaml", with: ".expected"))
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let (_, diagnostics) = WorkbookPipeline.check(input, resolver: try Fixtures.miniResolver())
        let actual = diagnostics.map { diagnostic in
            let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(place) \(diagnostic.severity.rawValue) \(diagnostic.code.rawValue) \(diagnostic.message)"
        }
        #expect(actual == expected)
        for diagnostic in diagnostics {
            #expect(diagnostic.location?.file == path, "every diagnostic names the file it is about")
        }
    }

    @Test func everyLoaderDiagnosticCodeHasAFixture() throws {
        let codes: [DiagnosticCode] = [
            .yamlSyntax, .yamlTab, .yamlEmpty, .yamlMultipleDocuments, .yamlEncoding, .yamlBinary,
            .yamlDuplicateKey, .yamlAlias, .yamlLimit, .unknownKey, .missingKey, .wrongType, .invalidValue,
            .invalidNumber, .invalidID, .duplicateID, .unknownReference, .bandOrder, .invalidScale,
            .invalidWeight, .ratingOutOfScale, .notApplicableRefused, .workbookMismatch, .versionMismatch,
            .ambiguousAnswer, .invalidDate, .weakLinkThreshold, .yamlRecovered, .unknownRater, .unknownStakeholderGroup,
            .yamlTag, .yamlControlCharacter,
        ]
        var covered = Set<String>()
        for path in Self.fixtures {
            let expectedURL = Fixtures.root.appendingPathComponent(
                path.replacingOccurrences(of: ".yaml", with: ".expected"))
            let text = try String(contentsOf: expectedURL, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ")
                if parts.count > 2 { covered.insert(String(parts[2])) }
            }
        }
        for code in codes {
            #expect(covered.contains(code.rawValue), "no fixture under Fixtures/invalid gives \(code)")
        }
    }
}
