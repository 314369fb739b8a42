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

/// The editors' JSON Schemas: current in schemas/, and in agreement with the loaders.
///
/// Scripts/check-schemas.py validates every bundled workbook and example against them with a
/// real JSON Schema validator; these tests check what Swift can check on its own.
struct SchemaTests {
    @Test func theSchemasInTheRepositoryAreCurrent() {
        assertGolden(JSONSchemaGenerator.workbook(), path: "schemas/workbook.schema.json")
        assertGolden(JSONSchemaGenerator.response(), path: "schemas/response.schema.json")
        assertGolden(JSONSchemaGenerator.migration(), path: "schemas/migration.schema.json")
    }

    /// Each mapping the loaders check, with the path to its schema and the keys the loader accepts.
    static let loaderKeySets: [(schema: String, path: [String], keys: KeySet)] = [
        ("workbook", [], WorkbookLoader.rootKeys),
        ("workbook", ["definitions", "source"], WorkbookLoader.sourceKeys),
        ("workbook", ["definitions", "scale"], WorkbookLoader.scaleKeys),
        ("workbook", ["definitions", "level"], WorkbookLoader.levelKeys),
        ("workbook", ["definitions", "band"], WorkbookLoader.bandKeys),
        ("workbook", ["definitions", "group"], WorkbookLoader.groupKeys),
        ("workbook", ["definitions", "element"], WorkbookLoader.elementKeys),
        ("workbook", ["definitions", "question"], WorkbookLoader.questionKeys),
        ("workbook", ["definitions", "weakest_links"], WorkbookLoader.weakestLinksKeys),
        ("workbook", ["definitions", "consensus"], WorkbookLoader.consensusKeys),
        ("workbook", ["definitions", "rule"], WorkbookLoader.ruleKeys),
        ("response", [], ResponseLoader.rootKeys),
        ("response", ["definitions", "answer"], ResponseLoader.answerKeys),
        ("response", ["definitions", "participants"], ResponseLoader.participantsKeys),
        ("response", ["definitions", "action"], NodeDecoder.actionKeys),
        ("response", ["definitions", "rater"], NodeDecoder.raterKeys),
    ]

    static func parsedSchema(_ name: String) throws -> [String: Any] {
        let text = name == "workbook" ? JSONSchemaGenerator.workbook() : JSONSchemaGenerator.response()
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func everyMappingInTheSchemaHasExactlyTheKeysTheLoaderAccepts() throws {
        let schemas = ["workbook": try Self.parsedSchema("workbook"), "response": try Self.parsedSchema("response")]
        for (name, path, keys) in Self.loaderKeySets {
            var node: Any? = schemas[name]
            for step in path { node = (node as? [String: Any])?[step] }
            let mapping = try #require(node as? [String: Any], "\(name) schema has no \(path.joined(separator: "/"))")
            let where_ = "\(name) \(path.last ?? "root")"
            let properties = try #require(mapping["properties"] as? [String: Any], "\(where_): no properties")
            #expect(Set(properties.keys) == Set(keys.all), "\(where_)")
            #expect(Set(mapping["required"] as? [String] ?? []) == Set(keys.required), "\(where_)")
            #expect(mapping["additionalProperties"] as? Bool == false, "\(where_): unknown keys must be refused")
            for (key, value) in properties {
                let description = (value as? [String: Any])?["description"] as? String
                #expect(description?.isEmpty == false, "\(where_).\(key) has no description")
            }
        }
        // And no mapping in the schemas is one the loaders do not check.
        let defs = Set(schemas.values.flatMap { ($0["definitions"] as? [String: Any] ?? [:]).keys })
        #expect(defs == Set(Self.loaderKeySets.compactMap { $0.path.last }))
    }

    @Test func theEnumsAreTheModelsCases() throws {
        let workbook = try Self.parsedSchema("workbook")
        let defs = try #require(workbook["definitions"] as? [String: Any])
        func choices(_ mapping: [String: Any]?, _ key: String) -> [String]? {
            ((mapping?["properties"] as? [String: Any])?[key] as? [String: Any])?["enum"] as? [String]
        }
        #expect(choices(workbook, "layout") == Workbook.Layout.allCases.map(\.rawValue))
        #expect(choices(workbook, "aggregate") == Workbook.Aggregate.allCases.map(\.rawValue))
        #expect(choices(defs["group"] as? [String: Any], "position") == Group.Position.allCases.map(\.rawValue))
        #expect(choices(defs["rule"] as? [String: Any], "severity") == Rule.Severity.allCases.map(\.rawValue))
        #expect(choices(defs["rule"] as? [String: Any], "for_each") == Rule.Subject.allCases.map(\.rawValue))
    }

    @Test func everyKeyIsDescribedInOneSentenceAndDocumented() throws {
        let formats = try String(
            contentsOf: Fixtures.repository.appendingPathComponent("docs/formats.md"), encoding: .utf8)
        for mapping in FileFormat.mappings(from: FileFormat.workbook) + FileFormat.mappings(from: FileFormat.response) {
            #expect(mapping.description.hasSuffix("."), "\(mapping.name)")
            for key in mapping.keys {
                #expect(key.description.hasSuffix("."), "\(mapping.name).\(key.name): end the sentence with '.'")
                #expect(!key.description.contains("\n"))
                #expect(key.description.count <= 140, "\(mapping.name).\(key.name): keep hover text to one sentence")
                #expect(
                    formats.contains("`\(key.name)`") || formats.contains("[].\(key.name)`")
                        || formats.contains("{ \(key.name): ") || formats.contains(", \(key.name): "),
                    "\(mapping.name).\(key.name) is not in docs/formats.md")
            }
        }
    }

    // The schemas' patterns against the loaders' own checks, on the cases that matter.

    static func matches(_ pattern: String, _ text: String) throws -> Bool {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test func theIdPatternAgreesWithTheLoader() throws {
        let samples = [
            "pots", "evidence-nice", "q1", "a", "a-b-c", "x9", "Pots", "1st", "-a", "a-", "a_b", "a b", "", "é",
            "needs--data", String(repeating: "a", count: 64), String(repeating: "a", count: 65),
        ]
        for sample in samples {
            let schema =
                try Self.matches(JSONSchemaGenerator.Pattern.identifier, sample)
                && sample.count <= FileFormat.maxIdentifierLength
            #expect(schema == Identifier.isValid(sample), "'\(sample)'")
        }
    }

    @Test func theNumberPatternAgreesWithTheLoader() throws {
        for sample in ["0", "4", "-1", "+2", "2.5", "10.25", ".5", "1.", "1e3", "0x1F", "1_000", "two", "1.2.3", ""] {
            let schema = try Self.matches(JSONSchemaGenerator.Pattern.decimal, sample)
            #expect(schema == (NumberSyntax.parse(sample) != nil), "'\(sample)'")
        }
    }

    @Test func theNotApplicablePatternAgreesWithTheLoader() throws {
        for sample in ["na", "NA", "Na", "n/a", "N/A", "n/A", "nan", "n.a.", "none", "", " na"] {
            let schema = try Self.matches(JSONSchemaGenerator.Pattern.notApplicable, sample)
            #expect(schema == ResponseLoader.isNotApplicable(sample), "'\(sample)'")
        }
    }

    @Test func theDatePatternAcceptsEveryDateTheLoaderDoes() throws {
        for sample in ["2025-11-14", "2024-02-29", "2025-01-01", "2025-12-31"] {
            #expect(DateSyntax.isValid(sample))
            #expect(try Self.matches(JSONSchemaGenerator.Pattern.date, sample), "'\(sample)'")
        }
        // The schema cannot know the calendar (2025-02-30); the loader does. Shapes it refuses:
        let shapes = [
            "14/11/2025", "2025-1-4", "2025-13-01", "2025-00-10", "2025-11-32", "25-11-14", "2025-11-14T10:00",
        ]
        for sample in shapes {
            #expect(!DateSyntax.isValid(sample))
            #expect(try !Self.matches(JSONSchemaGenerator.Pattern.date, sample), "'\(sample)'")
        }
        // The calendar, and digits written any way but ASCII.
        for sample in [
            "2025-02-29", "1900-02-29", "2025-04-31", "２０２５-11-14", "2025-11-1٤", "2025-11-14 ", "+025-11-14", "",
        ] {
            #expect(!DateSyntax.isValid(sample), "'\(sample)'")
        }
        #expect(DateSyntax.isValid("2000-02-29"))
    }

    @Test func theColourPatternAgreesWithTheLoader() throws {
        for sample in ["#c0392b", "#C0392B", "#000000", "c0392b", "#c0392", "#c0392bb", "red", "#gggggg"] {
            let schema = try Self.matches(JSONSchemaGenerator.Pattern.colour, sample)
            #expect(schema == NodeDecoder.isHexColour(sample), "'\(sample)'")
        }
    }

    /// Every bundled workbook and example names its schema on its first line, by a path
    /// relative to itself, so an editor checks it as soon as it is opened.
    @Test func everyBundledFileNamesItsSchemaOnItsFirstLine() throws {
        var files = BundledWorkbooksTests.workbookFiles().map { ("workbooks/\($0).yaml", "workbook") }
        files += BundledWorkbooksTests.exampleFiles().map { ($0, "response") }
        #expect(files.count >= 6)
        for (path, kind) in files {
            let depth = path.split(separator: "/").count - 1
            let relative = String(repeating: "../", count: depth) + "schemas/\(kind).schema.json"
            let expected = "# yaml-language-server: $schema=" + relative
            let text = try String(contentsOf: Fixtures.repository.appendingPathComponent(path), encoding: .utf8)
            #expect(text.split(separator: "\n", maxSplits: 1).first.map(String.init) == expected, "\(path)")
        }
    }

    @Test func theRatingsLimitIsTheLoaders() throws {
        let response = try Self.parsedSchema("response")
        let answer = (response["definitions"] as? [String: Any])?["answer"] as? [String: Any]
        let ratings = (answer?["properties"] as? [String: Any])?["ratings"] as? [String: Any]
        let list = (ratings?["anyOf"] as? [[String: Any]])?.first { $0["type"] as? String == "array" }
        #expect((list?["maxItems"] as? Int) == FileFormat.maxRatings)
    }
}
