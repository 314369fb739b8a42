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

/// One test per limit that a file can reach (docs/limits.md lists them).
struct LimitTests {
    @Test func aFortyMegabyteResponseIsRefusedBeforeItIsParsed() {
        var bytes = Array("workbook: mini\narea: A\nperiod: \"1\"\nanswers:\n  needs-data:\n    evidence: ".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 40 * 1024 * 1024)
        let result = YAMLParser.parse(InputFile(name: "big.yaml", bytes: bytes))
        #expect(result.diagnostics.map(\.code) == [.yamlLimit])
        #expect(result.diagnostics.first?.message == "the file is 40.0 MiB; the limit for one file is 8.0 MiB")
    }

    @Test func moreRatingsThanTheLimitAreRefused() throws {
        let ratings = Array(repeating: "1", count: FileFormat.maxRatings + 1).joined(separator: ", ")
        let yaml = "workbook: mini\narea: A\nperiod: \"1\"\nanswers:\n  needs-data:\n    ratings: [\(ratings)]\n"
        let result = ResponseLoader.load(.yaml(yaml), resolver: try Fixtures.miniResolver())
        #expect(result.diagnostics.map(\.code) == [.invalidValue])
        #expect(result.diagnostics.first?.message == "'needs-data' has 201 ratings; the limit is 200 for one question")
        #expect(result.diagnostics.first?.location?.line == 6)
    }

    @Test func exactlyTheLimitIsAccepted() throws {
        let ratings = Array(repeating: "2", count: FileFormat.maxRatings).joined(separator: ", ")
        let yaml = "workbook: mini\narea: A\nperiod: \"1\"\nanswers:\n  needs-data:\n    ratings: [\(ratings)]\n"
        #expect(ResponseLoader.load(.yaml(yaml), resolver: try Fixtures.miniResolver()).diagnostics.isEmpty)
    }

    @Test func theStandardLimitsAreTheDocumentedOnes() {
        #expect(
            YAMLLimits.standard
                == YAMLLimits(maxBytes: 8 * 1024 * 1024, maxDepth: 64, maxNodes: 200_000, maxScalarBytes: 64 * 1024))
    }
}
