import Foundation
import Testing
@testable import WorkbookCore
@testable import WorkbookModel
@testable import WorkbookSupport

/// The model's JSON, which carries a workbook and a response into the wasm kernel: written
/// and read back, every bundled workbook and every example is the same value again, so the
/// kernel scores exactly what the native build loaded (Scripts/check-wasm.sh then compares
/// the reports themselves).
struct ModelJSONTests {
    @Test(arguments: BundledWorkbooks.ids)
    func everyBundledWorkbookReadsBackTheSame(id: String) throws {
        let workbook = try #require(BundledWorkbooks.resolver.resolve(id)?.workbook)
        let text = ModelJSON.json(workbook).serialized(escapingHTML: true)
        #expect(try ModelJSON.workbook(from: try JSONValue.parse(text)) == workbook)
    }

    @Test(arguments: BundledWorkbooksTests.exampleFiles())
    func everyExampleReadsBackTheSame(_ path: String) throws {
        let loaded = try #require(
            WorkbookPipeline.loadResponse(try Fixtures.repositoryInput(path), resolver: BundledWorkbooks.resolver).value
        )
        let text = ModelJSON.json(loaded.response).serialized()
        #expect(try ModelJSON.response(from: try JSONValue.parse(text)) == loaded.response)
    }

    @Test func aWrongValueIsNamedByItsPath() throws {
        let workbook = try #require(BundledWorkbooks.resolver.resolve("pots")?.workbook)
        let text = ModelJSON.json(workbook).serialized()
            .replacingFirst("\"weight\": 1,", with: "\"weight\": \"heavy\",")
        #expect(throws: ModelJSON.ReadError(path: "elements[0].weight", message: "not a number")) {
            try ModelJSON.workbook(from: try JSONValue.parse(text))
        }
        #expect(throws: ModelJSON.ReadError(path: "modelJSON", message: "not version 1 of the model's JSON")) {
            try ModelJSON.workbook(from: .object([]))
        }
    }
}

/// The JSON reader: what `serialized()` writes reads back as the same value, numbers to the
/// bit, and malformed text fails with where.
struct JSONParsingTests {
    @Test func whatIsWrittenReadsBack() throws {
        let value = JSONValue.object([
            ("text", .string("a \"quote\", a \\ and\na line\u{2028}, <b>&</b>, Zoë, 日本, 🎉")),
            (
                "numbers",
                .array([0, -0.5, 1 / 3, 2.5e-300, 1.7976931348623157e308, 123_456_789_012_345].map { .number($0) })
            ),
            ("none", .null), ("yes", .bool(true)), ("no", .bool(false)), ("empty", .array([])),
            ("nothing", .object([])),
        ])
        for escapingHTML in [false, true] {
            #expect(try JSONValue.parse(value.serialized(escapingHTML: escapingHTML)) == value)
        }
        #expect(try JSONValue.parse(#"["\ud83c\udf89", "\u00e9\/"]"#) == .array([.string("🎉"), .string("é/")]))
    }

    @Test(arguments: [
        ("", "a value was expected at byte 0"), ("[1,]", "a value was expected at byte 3"),
        ("{\"a\" 1}", "':' was expected at byte 5"), ("01", "a number with a leading zero at byte 2"),
        ("\"\\ud800\"", "a lone surrogate in a string at byte 7"), ("1 2", "text after the JSON value at byte 2"),
        ("[\"\n\"]", "a control character in a string at byte 2"), ("1e999", "a number out of range at byte 0"),
    ])
    func malformedTextFailsWithWhere(_ text: String, _ message: String) {
        #expect(throws: (any Error).self) { try JSONValue.parse(text) }
        do {
            _ = try JSONValue.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func deepNestingIsRefused() {
        let text =
            String(repeating: "[", count: JSONValue.maxDepth + 1)
            + String(repeating: "]", count: JSONValue.maxDepth + 1)
        #expect(throws: (any Error).self) { try JSONValue.parse(text) }
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
