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
@testable import WorkbookYAML

/// "Did you mean" gives the same answers as a full edit distance, in bounded work.
struct SuggestionTests {
    /// The textbook optimal-string-alignment distance over the whole table: the reference.
    static func fullDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    @Test func theBandedDistanceAgreesWithTheFullTableWithinItsLimit() {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let letters = Array("abcab".unicodeScalars)
        for _ in 0..<5_000 {
            let a = (0..<next(9)).map { _ in letters[next(letters.count)] }
            var b = a
            for _ in 0..<next(5) {
                switch next(4) {
                case 0 where !b.isEmpty: b.remove(at: next(b.count))
                case 1: b.insert(letters[next(letters.count)], at: next(b.count + 1))
                case 2 where b.count > 1:
                    let at = next(b.count - 1)
                    b.swapAt(at, at + 1)
                default: if !b.isEmpty { b[next(b.count)] = letters[next(letters.count)] }
                }
            }
            let full = Self.fullDistance(a, b)
            for limit in 0...4 {
                let banded = Suggestions.editDistance(a, b, limit: limit)
                #expect(
                    banded == (full <= limit ? full : nil),
                    "\(a) \(b) limit \(limit): \(String(describing: banded)) vs \(full)")
            }
        }
    }

    @Test func suggestionsAreUnchanged() {
        #expect(Suggestions.closest(to: "wieght", in: ["id", "weight", "title"]) == "weight")
        #expect(Suggestions.closest(to: "Weight", in: ["weight"]) == "weight")
        #expect(Suggestions.closest(to: "evidnce", in: ["evidence", "evidenc"]) == "evidence")
        // Ties go to the candidate listed first, whatever its length.
        #expect(Suggestions.closest(to: "abcd", in: ["abcde", "abc"]) == "abcde")
        #expect(Suggestions.closest(to: "abcd", in: ["abc", "abcde"]) == "abc")
        #expect(
            Suggestions.closest(to: String(repeating: "a", count: 101), in: [String(repeating: "a", count: 100)]) == nil
        )
    }
}

/// The growth tests run in the serialized timing suite, so that other timing tests do not
/// load the machine while they measure.
extension FuzzRegressionTests {
    /// A response with `count` unknown keys, against a workbook of `count` questions, all of
    /// the same length (the worst case for the length filter).
    static func unknownKeys(_ count: Int) throws -> (InputFile, CompiledWorkbook) {
        let (yaml, _) = FuzzRegressionTests.generatedWorkbook(id: "keys", title: "Keys", elements: count, rest: "")
        let padded = yaml.replacing(/q(\d+)/) {
            "q" + String(repeating: "0", count: 6 - $0.output.1.count) + $0.output.1
        }
        let compiled = try #require(WorkbookPipeline.loadWorkbook(InputFile(name: "keys.yaml", text: padded)).value)
        var response = "workbook: keys\nversion: \"1\"\narea: A\nperiod: P\nanswers:\n"
        for index in 0..<count { response += "  x\(String(index + 1_000_000).dropFirst()): 4\n" }
        return (InputFile(name: "r.yaml", text: response), compiled)
    }

    @Test func thousandsOfUnknownKeysAreCheckedInLinearTime() throws {
        // Found by the issue-14 tester: every unknown key ran a full edit distance against
        // every question id, so a response with thousands of unknown keys took seconds to
        // minutes. Both sizes are over `maxCompared`, so the lookup's work is bounded.
        let small = try Self.unknownKeys(300)
        let large = try Self.unknownKeys(1200)
        let check = WorkbookPipeline.loadResponse(small.0, resolver: .only(small.1))
        #expect(check.diagnostics.count == 300)
        let growth = FuzzRegressionTests.growth(from: 300, to: 1200) { count in
            let (input, compiled) = count == 300 ? small : large
            _ = WorkbookPipeline.loadResponse(input, resolver: .only(compiled))
        }
        #expect(growth < FuzzRegressionTests.linearBound, "4x the unknown keys took \(growth)x the time")
    }

    @Test func manyUnknownIdsInRulesAreCheckedInLinearTime() {
        // Rules naming element ids that do not exist: each used to be checked by scanning the
        // ids, and then compared with every id for a hint. Every id has 7 characters, so each
        // lookup meets more than `maxCompared` candidates of its length at both sizes.
        func workbook(_ count: Int) -> InputFile {
            var rules = "rules:\n"
            for index in 0..<count {
                rules +=
                    "  - id: r\(index)\n    when: \"element.f\(index + 100_000).score < 1\"\n    severity: info\n    message: m\n"
            }
            let (yaml, _) = FuzzRegressionTests.generatedWorkbook(id: "ids", title: "Ids", elements: count, rest: rules)
            let padded = yaml.replacing(/\be(\d+)\b/) {
                "e" + String(repeating: "0", count: 6 - $0.output.1.count) + $0.output.1
            }
            return InputFile(name: "ids.yaml", text: padded)
        }
        let small = workbook(300)
        let large = workbook(1200)
        #expect(WorkbookPipeline.loadWorkbook(small).diagnostics.filter { $0.code == .ruleUnknownID }.count == 300)
        let growth = FuzzRegressionTests.growth(from: 300, to: 1200) { count in
            _ = WorkbookPipeline.loadWorkbook(count == 300 ? small : large)
        }
        #expect(growth < FuzzRegressionTests.linearBound, "4x the unknown ids took \(growth)x the time")
    }
}
