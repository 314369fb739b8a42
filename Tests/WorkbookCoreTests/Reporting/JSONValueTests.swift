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

/// The one JSON serializer: its layout, its escapes, and that a large array written in
/// pieces on several cores gives the same bytes as one written item by item.
struct JSONValueTests {
    @Test func layoutAndEscapes() {
        let value = JSONValue.object([
            ("text", .string("a \"quote\", a \\ and\na line\u{2028}")), ("whole", .number(3)), ("part", .number(2.5)),
            ("none", .null), ("yes", .bool(true)), ("empty", .array([])),
            ("list", .array([.number(1), .string("<b>")])),
        ])
        #expect(
            value.serialized() == """
                {
                  "text": "a \\"quote\\", a \\\\ and\\na line\\u2028",
                  "whole": 3,
                  "part": 2.5,
                  "none": null,
                  "yes": true,
                  "empty": [],
                  "list": [
                    1,
                    "<b>"
                  ]
                }

                """)
        #expect(JSONValue.string("<b>&").serialized(escapingHTML: true) == "\"\\u003cb\\u003e\\u0026\"\n")
    }

    @Test func numbersAreWrittenAsFormatWritesThem() {
        let values: [Double] = [
            0, -0.0, 1, -1, 7, 10, 42, -42, 100, 2.5, -0.125, 1.0 / 3, 3.6666666666666665, 999_999_999_999_999,
            -999_999_999_999_999, 1e15, 1e16, .infinity, .nan, 1e-7,
        ]
        for value in values {
            #expect(JSONValue.number(value).serialized() == JSONValue.format(value) + "\n", "\(value)")
        }
        #expect(JSONValue.number(-0.0).serialized() == "0\n")
        #expect(JSONValue.string("no escape: Café").serialized() == "\"no escape: Café\"\n")
    }

    @Test(arguments: [JSONValue.parallelItems - 1, JSONValue.parallelItems, 5_000])
    func aLargeArrayIsTheSameWrittenInPieces(count: Int) {
        let items = (0..<count)
            .map { index in
                JSONValue.object([
                    ("area", .string("Area \(index)")), ("score", .number(Double(index) / 7)),
                    ("elements", .object([("a", .number(1)), ("b", .null)])),
                    ("links", .array([.string("x\(index % 3)")])),
                ])
            }
        // Each item as the only item of an array is written at the same depth, without a comma.
        let bodies = items.map { item in
            let single = JSONValue.array([item]).serialized()
            return String(single.dropFirst(2).dropLast(3))
        }
        #expect(JSONValue.array(items).serialized() == "[\n" + bodies.joined(separator: ",\n") + "\n]\n")
        // Made as written, the same items give the same bytes, and equal the plain array.
        let generated = JSONValue.generated(count: count) { items[$0] }
        #expect(generated.serialized() == JSONValue.array(items).serialized())
        #expect(generated == .array(items))
        #expect(JSONValue.generated(count: 0) { _ in .null }.serialized() == "[]\n")
    }
}
