import Foundation
import Testing
@testable import WorkbookCore
@testable import WorkbookDiagnostics
@testable import WorkbookLoading
@testable import WorkbookModel
@testable import WorkbookYAML

/// The scanner is a first try: where it reads a file, the result must be the tree's, with
/// nothing the tree would report; everywhere else it must give up.
struct ResponseScannerTests {
    /// What the scanner and the tree make of one file, compared.
    private static func agree(_ input: InputFile, resolver: WorkbookResolver) -> (scanned: Bool, agrees: Bool) {
        let tree = ResponseLoader.loadThroughTree(input, resolver: resolver)
        guard let scanned = ResponseScanner.read(input, resolver: resolver) else { return (false, true) }
        return (true, tree.diagnostics.isEmpty && tree.value == scanned)
    }

    /// Every response the repository holds: the examples, the docs' and the fixtures.
    private static func repositoryFiles() -> [String] {
        let folders = [
            "examples", "examples/areas", "examples/plans", "examples/plans/earlier", "examples/rounds",
            "examples/workshop", "docs/examples", "Tests/WorkbookCoreTests/Fixtures/valid",
            "Tests/WorkbookCoreTests/Fixtures/invalid", "Tests/WorkbookCoreTests/Fixtures/migration",
        ]
        return folders.flatMap { folder in
            let path = Fixtures.repository.appendingPathComponent(folder).path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    @Test func whereTheScannerReadsAFileItGivesWhatTheTreeGives() throws {
        let resolvers = [BundledWorkbooks.resolver, try Fixtures.miniResolver()]
        var scanned: [String] = []
        for path in Self.repositoryFiles() {
            let input = try Fixtures.repositoryInput(path)
            for resolver in resolvers {
                let outcome = Self.agree(input, resolver: resolver)
                #expect(outcome.agrees, "\(path)")
                if outcome.scanned { scanned.append(path) }
            }
        }
        // The examples of the common shape are read by the scanner (so this test can fail
        // if it gives up on everything), the invalid fixtures never are.
        #expect(scanned.contains("examples/pots-northmoor.yaml"))
        #expect(scanned.contains("Tests/WorkbookCoreTests/Fixtures/valid/mini-response.yaml"))
        let areas = Self.repositoryFiles().filter { $0.hasPrefix("examples/areas/") }
        #expect(areas.count == 12)
        #expect(areas.filter { !scanned.contains($0) } == [])
        #expect(!scanned.contains { $0.contains("Fixtures/invalid/") })
    }

    static let base = """
        workbook: mini
        version: "1.0"
        area: Testshire
        period: 2025/26
        date: 2025-11-14
        participants: 12
        answers:
          needs-data: 3
          needs-voice:
            ratings: [1, 2, 4, 2]
            evidence: Tables disagreed about the community panel.
          needs-gaps: na
          target-deprived: 1
          access-travel:
            score: 2
          evidence-nice:

        """

    /// One line of the base response changed, added or taken out, and whether the scanner
    /// should read the result (nil: either is right, so long as it agrees with the tree).
    static let edits: [(from: String, to: String, read: Bool?)] = [
        ("", "", true),
        ("participants: 12", "participants: the whole board", true),
        ("participants: 12", "participants: 12.5", false),
        ("participants: 12", "participants: -1", false),
        ("participants: 12", "participants:", true),
        ("participants: 12", "participants: [Ann, Bob]", true),
        ("participants: 12", "participants:\n  - Ann\n  -\n  - Bob", true),
        ("participants: 12", "participants: [Ann, [Bob]]", false),
        ("participants: 12", "participants: []", true),
        ("participants: 12", "participants: {count: 3}", false),
        ("date: 2025-11-14", "date: 14/11/2025", false),
        ("date: 2025-11-14", "date:", true),
        ("date: 2025-11-14", "date: 2025-11-14\nplan: Tobacco control", true),
        ("date: 2025-11-14", "date: 2025-11-14\nplan: \"\"", true),
        ("date: 2025-11-14", "date: 2025-11-14\nplan:", true),
        ("date: 2025-11-14", "date: 2025-11-14\nfacilitator: Sam\nnotes: |\n  Two lines\n  of notes.", true),
        ("date: 2025-11-14", "date: 2025-11-14\nnotes: [a]", false),
        ("area: Testshire", "area: \"  \"", false),
        ("area: Testshire", "area:", false),
        ("area: Testshire", "", false),
        ("area: Testshire", "area: Testshire\narea: Again", false),
        ("area: Testshire", "\"area\": 'Testshire'", true),
        ("area: Testshire", "area: Café Ünterseeborough", true),
        ("version: \"1.0\"", "version: \"0.9\"", false),
        ("version: \"1.0\"", "version:", false),
        ("version: \"1.0\"", "", true),
        ("workbook: mini", "workbook: maxi", false),
        ("workbook: mini\n", "", false),
        ("period: 2025/26", "period: 2025/26\nraters: {table-1: {group: nhs}}", false),
        ("period: 2025/26", "period: 2025/26\nrater: Table 1", false),
        ("period: 2025/26", "period: 2025/26\ncolour: blue", false),
        ("period: 2025/26", "period: 2025/26\nactions: []", false),
        ("period: 2025/26", "period: 2025/26\ntargets: {needs: 3, access: 2.5}", true),
        ("period: 2025/26", "period: 2025/26\ntargets:", true),
        ("period: 2025/26", "period: 2025/26\ntargets: {needs: 9}", false),
        ("period: 2025/26", "period: 2025/26\ntargets: {nodes: 3}", false),
        ("period: 2025/26", "period: 2025/26\ntargets: {needs: 3, needs: 2}", false),
        ("period: 2025/26", "period: 2025/26\ntargets: {needs: high}", false),
        ("period: 2025/26", "period: 2025/26\ntargets: [needs]", false),
        ("needs-data: 3", "needs-data: 5", false),
        ("needs-data: 3", "needs-data: \"3\"", true),
        ("needs-data: 3", "needs-data: 3.0", true),
        ("needs-data: 3", "needs-data: 2.5", false),
        ("needs-data: 3", "needs-data: three", false),
        ("needs-data: 3", "needs-data: N/A", true),
        ("needs-data: 3", "needs-data: ~", true),
        ("needs-data: 3", "needs-data: ''", false),
        ("needs-data: 3", "needs-data: [3]", false),
        ("needs-data: 3", "needs-data: 3\nneeds-data: 2", false),
        ("needs-data: 3", "needs-dta: 3", false),
        ("needs-data: 3", "\"needs-data\": 3", true),
        ("needs-data: 3", "evidence-nice: 3", false),
        ("needs-data: 3", "needs-data: !!int 3", false),
        ("needs-data: 3", "needs-data: &a 3", false),
        ("needs-data: 3", "needs-data: {score: 3, colour: red}", false),
        ("needs-data: 3", "needs-data: {score: 3, ratings: [3]}", false),
        ("needs-data: 3", "needs-data: {score: 3, score: 2}", false),
        ("needs-data: 3", "needs-data: {score: na, evidence: \"Not ours\"}", true),
        ("needs-data: 3", "needs-data: {score: ~, evidence: Soon}", true),
        ("needs-data: 3", "needs-data: {evidence: [a]}", false),
        ("needs-data: 3", "needs-data: {}", true),
        ("needs-data: 3", "needs-data: {ratings: []}", true),
        ("needs-data: 3", "needs-data: {ratings: ~}", true),
        ("needs-data: 3", "needs-data: {ratings: 3}", false),
        ("needs-data: 3", "needs-data: {ratings: [1, na]}", false),
        ("needs-data: 3", "needs-data: {ratings: [1, 7]}", false),
        ("needs-data: 3", "needs-data: {ratings: [1, [2]]}", false),
        ("needs-data: 3", "needs-data: {ratings: {table-1: 2}}", false),
        ("needs-data: 3", "needs-data:\n    ratings:\n      - 1\n      - 2", true),
        ("needs-data: 3", "needs-data: {evidence: \"tab\\there\"}", true),
        ("needs-data: 3", "needs-data: {evidence: \"bell\\a\"}", false),
        ("needs-data: 3", "needs-data: {evidence: *a}", false),
        ("needs-data: 3", "needs-data: 3\n  access-hours: 4\n  target-groups: 2", true),
        ("evidence-nice:\n", "evidence-nice:\n---\nworkbook: mini\n", false),
        ("evidence-nice:\n", "evidence-nice: [\n", false),
        ("answers:", "answers: []", false),
    ]

    @Test(arguments: 0..<edits.count) func anEditedResponseIsReadAsTheTreeReadsIt(_ index: Int) throws {
        let edit = Self.edits[index]
        let text = edit.from.isEmpty ? Self.base : Self.base.replacingOccurrences(of: edit.from, with: edit.to)
        #expect(text != Self.base || edit.from.isEmpty, "the edit \(edit.from) finds nothing to change")
        let outcome = Self.agree(.yaml(text), resolver: try Fixtures.miniResolver())
        #expect(outcome.agrees, "\(edit.to)")
        if let read = edit.read { #expect(outcome.scanned == read, "\(edit.to)") }
    }

    @Test func lineEndingsAndAByteOrderMarkAreReadAsTheTreeReadsThem() throws {
        let resolver = try Fixtures.miniResolver()
        let crlf = Self.base.replacingOccurrences(of: "\n", with: "\r\n")
        let marked = InputFile(name: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.base.utf8))
        for input in [InputFile.yaml(crlf), marked, .yaml("---\n" + Self.base + "...\n")] {
            let outcome = Self.agree(input, resolver: resolver)
            #expect(outcome.scanned && outcome.agrees)
        }
    }

    @Test func bytesNoTextFileHoldsAreLeftToTheTree() throws {
        let resolver = try Fixtures.miniResolver()
        let text = Array(Self.base.utf8)
        let evidence = try #require(text.firstIndex(of: UInt8(ascii: "T")))
        var inputs: [InputFile] = []
        for bad: [UInt8] in [[0x00], [0x7F], [0x1B], [0xFF], [0xC3]] {
            var bytes = text
            bytes.insert(contentsOf: bad, at: evidence)
            inputs.append(InputFile(name: "bad.yaml", bytes: bytes))
        }
        inputs.append(
            InputFile(
                name: "utf16.yaml",
                bytes: [0xFF, 0xFE] + Self.base.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        inputs.append(InputFile(name: "empty.yaml", bytes: []))
        inputs.append(.yaml("# only a comment\n"))
        for input in inputs {
            let outcome = Self.agree(input, resolver: resolver)
            #expect(!outcome.scanned && outcome.agrees, "\(input.bytes.prefix(12))")
            #expect(!ResponseLoader.load(input, resolver: resolver).diagnostics.isEmpty)
        }
    }

    @Test func theControlCharacterCheckWithoutLinesFindsWhatTheIndexedOneFinds() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0xC2, 0xFF]
        for length in 0..<200 {
            let bytes = (0..<length)
                .map { _ in
                    Int.random(in: 0..<20, using: &generator) == 0
                        ? alphabet.randomElement(using: &generator) ?? 0 : 0x61
                }
            #expect(
                TextPosition.firstControlCharacter(in: bytes)
                    == TextPosition(file: "f", bytes: bytes).firstControlCharacter, "\(bytes)")
        }
    }

    @Test func aFileTheScannerCannotReadIsStillReportedInFull() throws {
        // Through `load`: the scanner gives up and the tree says what is wrong, where.
        let text = Self.base.replacingOccurrences(of: "needs-data: 3", with: "needs-data: 7")
        let result = ResponseLoader.load(.yaml(text), resolver: try Fixtures.miniResolver())
        #expect(result.value == nil)
        #expect(result.diagnostics.map(\.code) == [.ratingOutOfScale])
        #expect(result.diagnostics.first?.location?.line == 8)
    }
}
