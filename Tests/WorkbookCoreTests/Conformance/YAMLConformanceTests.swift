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

/// Runs the YAML specification's official test suite (github.com/yaml/yaml-test-suite, `data`
/// branch, kept at `../shared/yaml-test-suite` next to the repository) through the general parse.
///
/// The contract is libyaml's: our verdict (accept or reject) must be the one libyaml gives with
/// its defaults, except where our input checks are deliberately stricter; and where a case is
/// accepted and has an `in.json`, our node tree, typed by the YAML 1.2 core schema, must equal it.
/// Every case that cannot be held to that is in `skipped`, with its reason, and the test fails
/// when a skipped case starts to pass, so the list stays honest.
struct YAMLConformanceTests {
    /// `../shared/yaml-test-suite`, relative to the repository root (four levels above this file).
    static let suite = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/yaml-test-suite")

    static var suiteIsPresent: Bool {
        FileManager.default.fileExists(atPath: suite.appendingPathComponent("README.md").path)
    }

    // The suite is data kept outside the repository; without it the test is reported as
    // skipped (not passed) by this trait.
    @Test(.enabled(if: suiteIsPresent, "the YAML test suite is not at ../shared/yaml-test-suite"))
    func everyCaseMatchesLibYAMLAndItsJSON() throws {
        let cases = try Self.cases()
        #expect(cases.count > 300, "the suite looks incomplete: \(cases.count) cases")
        var tally = Tally()
        for testCase in cases {
            let outcome = try Self.run(testCase)
            tally.add(testCase, outcome)
            if let skip = Self.skipped[testCase.id] {
                #expect(
                    outcome.failure != nil,
                    "\(testCase.id) (\(testCase.name)) is skipped (\(skip.reason)) but now passes: remove it from `skipped`"
                )
            } else if let failure = outcome.failure {
                Issue.record("\(testCase.id) (\(testCase.name)): \(failure)")
            }
        }
        let unknown = Set(Self.skipped.keys).subtracting(cases.map(\.id))
        #expect(unknown.isEmpty, "skipped cases that are not in the suite: \(unknown.sorted())")
        print(tally.summary(skipped: Self.skipped))
    }

    /// Inputs on which our verdict deliberately differs from libyaml's, or where it might be
    /// thought to: the suite has none of them, so they are checked here.
    struct Difference: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var libYAMLAccepts: Bool
        var code: DiagnosticCode
        var testDescription: String { name }
    }

    static let differences: [Difference] = [
        // libyaml detects UTF-16 from the byte order mark and reads it; we ask for UTF-8.
        Difference(
            name: "UTF-16LE with a byte order mark", bytes: [0xFF, 0xFE] + Array("a: b\n".utf8).flatMap { [$0, 0] },
            libYAMLAccepts: true, code: .yamlEncoding),
        // libyaml refuses these itself; we refuse them first, with a line and column.
        Difference(name: "a NUL byte", bytes: Array("a: b\0\n".utf8), libYAMLAccepts: false, code: .yamlBinary),
        Difference(
            name: "a control character", bytes: Array("a: \u{7}\n".utf8), libYAMLAccepts: false, code: .yamlBinary),
        Difference(
            name: "invalid UTF-8", bytes: Array("a: ".utf8) + [0xC3, 0x28, 0x0A], libYAMLAccepts: false,
            code: .yamlEncoding),
        // Our limits (YAMLLimits.standard): libyaml has none.
        Difference(
            name: "a scalar over 64 KiB", bytes: Array("a: \(String(repeating: "x", count: 70_000))\n".utf8),
            libYAMLAccepts: true, code: .yamlLimit),
        Difference(
            name: "nesting 100 deep",
            bytes: Array((String(repeating: "[", count: 100) + String(repeating: "]", count: 100)).utf8),
            libYAMLAccepts: true, code: .yamlLimit),
        Difference(
            name: "aliases expanding past the node limit",
            bytes: Array(
                ("a: &a [" + String(repeating: "x,", count: 999) + "x]\n"
                    + (1...300).map { "b\($0): *a\n" }.joined())
                    .utf8),
            libYAMLAccepts: true, code: .yamlLimit),
    ]

    @Test(arguments: differences)
    func deliberateDifferencesFromLibYAML(_ difference: Difference) {
        #expect(YAMLParser.libYAMLAccepts(difference.bytes) == difference.libYAMLAccepts)
        let result = YAMLParser.parse(InputFile(name: "in.yaml", bytes: difference.bytes), policy: .general)
        #expect(result.diagnostics.map(\.code) == [difference.code])
    }

    // MARK: - The cases that are not held to the contract, and why

    /// Why a case is not checked.
    enum SkipReason: String, CaseIterable, CustomStringConvertible {
        /// Our input checks refuse what libyaml would read (a control character, a UTF-16 file).
        case stricterInput = "our input checks are stricter than libyaml (control character, UTF-16, invalid UTF-8)"
        /// A mapping or a sequence used as a key has no JSON form.
        case complexKey = "a mapping or sequence is used as a key: there is no JSON form to compare"
        /// libyaml accepts the case but reads something else than the suite's `in.json`.
        case libYAMLData = "libyaml accepts it but reads different data from the suite's in.json (a libyaml 0.2.5 bug)"

        var description: String { rawValue }
    }

    /// Every case not held to the contract, with its reason and what exactly goes wrong (checked
    /// against libyaml 0.2.5's own events). Each entry fails the test when its case starts to pass.
    static let skipped: [String: (reason: SkipReason, detail: String)] = [
        "652Z": (
            .libYAMLData,
            "reads the flow key '?foo' as an explicit key 'foo' ('?' indicator) instead of the text '?foo'"
        ),
        "DK95/01": (
            .libYAMLData,
            "folds the tab-indented continuation line into the quoted text ('bar baz'); the suite rejects the case"
        ),
        "HM87/01": (
            .libYAMLData, "reads '[?x]' as a one-pair mapping {x: null} inside the list instead of the text '?x'"
        ),
        "JEF9/02": (
            .libYAMLData,
            "drops the kept trailing line of spaces of a '|+' block scalar (reads '' instead of a line break)"
        ),
        "L24T/01": (
            .libYAMLData, "keeps a line of spaces after a '|' block scalar as content ('x\\n \\n' instead of 'x\\n')"
        ),
        "Y2GN": (.libYAMLData, "ends the anchor '&an:chor' at the ':' and reads ':chor value' as the value"),
    ]

    // MARK: - Running one case

    struct Case {
        /// The folder, relative to the suite: `229Q` or `2G84/01`.
        var id: String
        var name: String
        var yaml: [UInt8]
        var json: [UInt8]?
        var suiteRejects: Bool
    }

    struct Outcome {
        var ours: Bool
        var libYAML: Bool
        var suite: Bool
        /// Compared with the suite's in.json: nil when there is none or the case is rejected.
        var dataMatches: Bool?
        /// Why the case fails the contract, or nil when it meets it.
        var failure: String?
    }

    static func cases() throws -> [Case] {
        let manager = FileManager.default
        var found: [Case] = []
        for top in try manager.contentsOfDirectory(atPath: suite.path).sorted() {
            let folder = suite.appendingPathComponent(top)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            if manager.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                found.append(try load(folder, id: top))
            } else {
                for sub in try manager.contentsOfDirectory(atPath: folder.path).sorted() {
                    let subfolder = folder.appendingPathComponent(sub)
                    if manager.fileExists(atPath: subfolder.appendingPathComponent("in.yaml").path) {
                        found.append(try load(subfolder, id: "\(top)/\(sub)"))
                    }
                }
            }
        }
        return found
    }

    static func load(_ folder: URL, id: String) throws -> Case {
        let manager = FileManager.default
        let name = (try? String(contentsOf: folder.appendingPathComponent("==="), encoding: .utf8)) ?? ""
        let json = manager.contents(atPath: folder.appendingPathComponent("in.json").path).map { [UInt8]($0) }
        return Case(
            id: id, name: name.trimmingCharacters(in: .whitespacesAndNewlines),
            yaml: [UInt8](try Data(contentsOf: folder.appendingPathComponent("in.yaml"))), json: json,
            suiteRejects: manager.fileExists(atPath: folder.appendingPathComponent("error").path))
    }

    static func run(_ testCase: Case) throws -> Outcome {
        let result = YAMLParser.parse(InputFile(name: "\(testCase.id)/in.yaml", bytes: testCase.yaml), policy: .general)
        let ours = !result.diagnostics.containsErrors
        let libYAML = YAMLParser.libYAMLAccepts(testCase.yaml)
        var outcome = Outcome(ours: ours, libYAML: libYAML, suite: !testCase.suiteRejects)
        if ours != libYAML {
            let first = result.diagnostics.first.map { "\($0.code.rawValue): \($0.message)" } ?? "no diagnostic"
            outcome.failure =
                "we \(ours ? "accept" : "reject") it, libyaml \(libYAML ? "accepts" : "rejects") it (\(first))"
            return outcome
        }
        guard ours, let jsonBytes = testCase.json else { return outcome }
        let expected = try JSON.stream(jsonBytes)
        let actual: [JSON]
        do {
            actual = try result.documents.map(JSON.init(node:))
        } catch {
            outcome.failure = "\(error)"
            return outcome
        }
        outcome.dataMatches = actual == expected
        if actual != expected {
            outcome.failure = "the data differs from in.json:\n  ours:     \(actual)\n  in.json:  \(expected)"
        }
        return outcome
    }

    // MARK: - Counting

    struct Tally {
        var total = 0
        var passed = 0
        var skippedByReason: [SkipReason: Int] = [:]
        var failed = 0
        var dataCompared = 0
        var verdictOnly = 0
        var libYAMLMatchesSuite = 0
        var libYAMLAcceptsSuiteRejects: [String] = []
        var libYAMLRejectsSuiteAccepts: [String] = []
        var oursDiffersFromLibYAML: [String] = []

        mutating func add(_ testCase: Case, _ outcome: Outcome) {
            total += 1
            if let skip = YAMLConformanceTests.skipped[testCase.id] {
                skippedByReason[skip.reason, default: 0] += 1
            } else if outcome.failure == nil {
                passed += 1
                if outcome.dataMatches == true {
                    dataCompared += 1
                } else if outcome.ours {
                    verdictOnly += 1
                }
            } else {
                failed += 1
            }
            if outcome.libYAML == outcome.suite {
                libYAMLMatchesSuite += 1
            } else if outcome.libYAML {
                libYAMLAcceptsSuiteRejects.append(testCase.id)
            } else {
                libYAMLRejectsSuiteAccepts.append(testCase.id)
            }
            if outcome.ours != outcome.libYAML { oursDiffersFromLibYAML.append(testCase.id) }
        }

        func summary(skipped: [String: (reason: SkipReason, detail: String)]) -> String {
            var lines = [
                "YAML test suite: \(total) cases, \(passed) passed, \(skipped.count) skipped, \(failed) failed",
                "  passed: \(dataCompared) accepted and equal to in.json, \(verdictOnly) accepted with no in.json, "
                    + "\(passed - dataCompared - verdictOnly) rejected",
            ]
            for reason in SkipReason.allCases {
                lines.append("  skipped, \(reason): \(skippedByReason[reason, default: 0])")
            }
            lines.append(
                "  our verdict differs from libyaml's: \(oursDiffersFromLibYAML.count) \(oursDiffersFromLibYAML)")
            lines.append("  libyaml's verdict equals the suite's: \(libYAMLMatchesSuite) of \(total)")
            lines.append(
                "  libyaml accepts, the suite rejects: \(libYAMLAcceptsSuiteRejects.count) \(libYAMLAcceptsSuiteRejects)"
            )
            lines.append(
                "  libyaml rejects, the suite accepts: \(libYAMLRejectsSuiteAccepts.count) \(libYAMLRejectsSuiteAccepts)"
            )
            return lines.joined(separator: "\n")
        }
    }
}

// MARK: - JSON

/// A JSON value, compared structurally (object key order does not matter; numbers as Double).
enum JSON: Equatable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])

    struct Unrepresentable: Error, CustomStringConvertible {
        var description: String
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let items): "[\(items.map(\.description).joined(separator: ", "))]"
        case .object(let members):
            "{\(members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", "))}"
        }
    }

    /// A stream of JSON values, one per YAML document, as in.json holds them.
    static func stream(_ bytes: [UInt8]) throws -> [JSON] {
        try splitStream(bytes).map { try JSONDecoder().decode(JSON.self, from: Data($0)) }
    }

    /// Splits concatenated JSON texts at the end of each top-level value.
    static func splitStream(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        var values: [ArraySlice<UInt8>] = []
        var index = 0
        while true {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return values }
            let start = index
            if [UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "{")].contains(bytes[start]) {
                // A string, array or object: it ends where its nesting returns to zero.
                var depth = 0
                var inString = false
                repeat {
                    let byte = bytes[index]
                    if inString {
                        if byte == UInt8(ascii: "\\") {
                            index += 1
                        } else if byte == UInt8(ascii: "\"") {
                            inString = false
                        }
                    } else if byte == UInt8(ascii: "\"") {
                        inString = true
                    } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                        depth += 1
                    } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                        depth -= 1
                    }
                    index += 1
                } while index < bytes.count && (depth > 0 || inString)
            } else {
                // A number or a bare word: it ends at white space.
                while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
            }
            values.append(bytes[start..<min(index, bytes.count)])
        }
    }

    /// Our node tree as JSON, scalars typed by the YAML 1.2 core schema.
    init(node: YAMLNode) throws {
        switch node.content {
        case .scalar(let scalar):
            self = try Self.scalar(scalar)
        case .sequence(let items):
            self = .array(try items.map(JSON.init(node:)))
        case .mapping(let pairs):
            var members: [String: JSON] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar else {
                    throw Unrepresentable(description: "a \(pair.key.kindDescription) is used as a key")
                }
                let name: String
                switch try Self.scalar(key) {
                case .null: name = ""
                case .string(let text): name = text
                default: name = key.text
                }
                members[name] = try JSON(node: pair.value)
            }
            self = .object(members)
        }
    }

    private static let coreTag = "tag:yaml.org,2002:"

    /// A scalar typed by the YAML 1.2 core schema: plain scalars are resolved, quoted and
    /// block scalars and `!!str` are strings, `!!int` and the like are what they say.
    static func scalar(_ scalar: YAMLNode.Scalar) throws -> JSON {
        let text = scalar.text
        if let tag = scalar.tag {
            switch tag {
            case coreTag + "null": return .null
            case coreTag + "bool": return resolvePlain(text).isBool ? resolvePlain(text) : .string(text)
            case coreTag + "int", coreTag + "float":
                if case .number = resolvePlain(text) { return resolvePlain(text) }
                throw Unrepresentable(description: "the \(tag) scalar '\(text)' is not a number")
            default: return .string(text)
            }
        }
        return scalar.style == .plain ? resolvePlain(text) : .string(text)
    }

    private var isBool: Bool {
        if case .bool = self { return true }
        return false
    }

    /// The core schema's resolution of a plain scalar.
    static func resolvePlain(_ text: String) -> JSON {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        default: break
        }
        if text.wholeMatch(of: /[-+]?[0-9]+/) != nil, let value = Double(text) { return .number(value) }
        if let digits = text.wholeMatch(of: /0o([0-7]+)/)?.1, let value = Int(digits, radix: 8) {
            return .number(Double(value))
        }
        if let digits = text.wholeMatch(of: /0x([0-9a-fA-F]+)/)?.1, let value = Int(digits, radix: 16) {
            return .number(Double(value))
        }
        if text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil, let value = Double(text) {
            return .number(value)
        }
        return .string(text)
    }
}
