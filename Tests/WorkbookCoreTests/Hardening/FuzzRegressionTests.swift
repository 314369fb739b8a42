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

/// Inputs found while fuzzing and hardening (docs/fuzzing.md), each run through the stage that
/// failed on it, stating what must happen instead.
///
/// The limits (docs/limits.md) promise that no file can make the tool use unbounded time: a
/// file within them (8 MiB, 200,000 values) must be handled in about linear time. The tests
/// below build their input in code (a generated file of a few hundred kilobytes is clearer as a
/// loop than as bytes) and compare two timings on the same machine, so that they hold on a
/// slow or loaded machine and under the sanitizers: most measure how the time grows when the
/// input grows fourfold (linear work grows about 4 times, quadratic work 16 times). The suite
/// runs its tests one at a time so that they do not load the machine for each other.
@Suite(.serialized)
struct FuzzRegressionTests {
    // MARK: - Growth measurement

    /// How much longer `work(large)` takes than `work(small)`.
    ///
    /// Both sizes are repeated as often as the small one needs to take 20 ms, so that a fast
    /// (fixed) implementation is measured as reliably as a slow one. Each size is then timed
    /// five times, alternating, and the fastest time of each counts: other work on the machine
    /// (parallel tests, other builds) only ever adds time, so the minimum is the best estimate,
    /// and alternating keeps a burst of load from falling on one size.
    static func growth(from small: Int, to large: Int, _ work: (Int) -> Void) -> Double {
        let clock = ContinuousClock()
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }
        let first = seconds(clock.measure { work(small) })
        let repeats = max(1, min(10_000, Int((0.02 / max(first, 1e-7)).rounded(.up))))
        var best = (small: Duration.seconds(Int.max), large: Duration.seconds(Int.max))
        for _ in 0..<5 {
            best.small = min(best.small, clock.measure { for _ in 0..<repeats { work(small) } })
            best.large = min(best.large, clock.measure { for _ in 0..<repeats { work(large) } })
        }
        return seconds(best.large) / max(seconds(best.small), 1e-9)
    }

    /// Fourfold input, at most this much more time: well above linear (4), well below quadratic (16).
    /// 8 proved too tight on a loaded two-core machine (8.0 to 10.4 seen for linear code while
    /// other builds ran: cache and allocator effects grow with the input too); 11 still fails
    /// any quadratic cost, which gives 16.
    static let linearBound = 11.0

    // MARK: - YAML: one long mapping or list

    /// `k0: v`, `k1: v`, … one key per line.
    static func flatMapping(_ count: Int) -> InputFile {
        InputFile(name: "flat.yaml", text: (0..<count).map { "k\($0): v\n" }.joined())
    }

    /// `- v0`, `- v1`, … one item per line.
    static func flatSequence(_ count: Int) -> InputFile {
        InputFile(name: "list.yaml", text: (0..<count).map { "- v\($0)\n" }.joined())
    }

    @Test func aLongMappingIsReadInLinearTime() {
        // Found by hand after fuzzing: a 1 MB file of 100,000 'kN: v' lines (within every limit)
        // took about 6 minutes in a release build of `workbook check`, because TreeBuilder
        // copied a mapping's pairs on every key (copy-on-write of the popped frame). Fixed in
        // 6521b74 (frames mutated in place); this keeps it fixed.
        let input = Self.flatMapping(10_000)
        let result = YAMLParser.parse(input, policy: .general)
        #expect(result.diagnostics.isEmpty)
        #expect(result.documents.first?.pairs?.count == 10_000)
        let growth = Self.growth(from: 2_500, to: 10_000) {
            _ = YAMLParser.parse(Self.flatMapping($0), policy: .general)
        }
        #expect(growth < Self.linearBound, "4x the keys took \(growth)x the time: reading a mapping is not linear")
    }

    @Test func aLongListIsReadInLinearTime() {
        // As above, for a list's items: 20,000 '- vN' lines took 4.6 s (release) before 6521b74.
        let growth = Self.growth(from: 2_500, to: 10_000) {
            _ = YAMLParser.parse(Self.flatSequence($0), policy: .general)
        }
        #expect(growth < Self.linearBound, "4x the items took \(growth)x the time: reading a list is not linear")
    }

    // MARK: - A byte order mark before a line-start indicator

    /// The UTF-8 byte order mark that Windows editors write at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func aByteOrderMarkDoesNotHideTheDocumentEndMarker() {
        // Found by `Scripts/fuzz.sh yaml` (artifacts-yaml/crash-a9e7ed4c0d799982b09ce6c155248efbe38ff148):
        // "we accept a file libyaml rejects". runLibYAML (Loading/YAMLParser.swift) forces
        // `yaml_parser_set_encoding(YAML_UTF8_ENCODING)`; with the encoding forced, libyaml's
        // reader does not consume the byte order mark, its scanner skips it as a character, and
        // the rest of line 1 starts at column 1. Indicators that only count at column 0 are then
        // not seen: here '...' (document end) is read as the text "\u{FEFF}...".
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x2E, 0x2E, 0x2E, 0x0A, 0x0A]  // BOM "...\n\n"
        #expect(!YAMLParser.libYAMLAccepts(bytes))
        let result = YAMLParser.parse(InputFile(name: "bom.yaml", bytes: bytes), policy: .general)
        #expect(result.diagnostics.containsErrors, "accepted as \(result.documents)")
    }

    @Test func aByteOrderMarkBeforeADocumentStartIsAccepted() throws {
        // The same bug, as a facilitator meets it: a workbook saved as "UTF-8 with BOM" that
        // starts with '---' fails with "a ':' here would start a new key" on line 2, because
        // '---' at column 1 is plain text, not the start of the document. libyaml itself, left
        // to detect the encoding, reads it. (Let libyaml detect the encoding: checkInput already
        // refuses UTF-16 and invalid UTF-8; TextPosition's one-column shift for the mark on
        // line 1 must then go too.)
        let input = InputFile(name: "bom.yaml", bytes: Self.byteOrderMark + Array("---\nworkbook: mini\n".utf8))
        #expect(YAMLParser.libYAMLAccepts(input.bytes))
        let (root, diagnostics) = YAMLParser.parseDocument(input)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(root?.pairs?.first?.key.text == "workbook")
        #expect(root?.pairs?.first?.key.location == FileLocation(file: "bom.yaml", line: 2, column: 1))
    }

    @Test func aByteOrderMarkBeforeADirectiveIsAccepted() {
        // As above, for a '%YAML 1.1' directive on line 1: "this character cannot start a value".
        let bytes = Self.byteOrderMark + Array("%YAML 1.1\n---\na: 1\n".utf8)
        #expect(YAMLParser.libYAMLAccepts(bytes))
        let result = YAMLParser.parse(InputFile(name: "bom.yaml", bytes: bytes), policy: .strict)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        #expect(result.documents.first?.pairs?.first?.key.text == "a")
    }

    @Test func aByteOrderMarkKeepsFirstLineColumns() throws {
        // Whatever the fix, columns on line 1 after the mark stay the ones a person sees: the
        // mark is not a character in any editor.
        let error = InputFile(name: "bom.yaml", bytes: Self.byteOrderMark + Array("a: b: c\n".utf8))
        let result = YAMLParser.parse(error, policy: .strict)
        #expect(result.diagnostics.first?.location == FileLocation(file: "bom.yaml", line: 1, column: 5))
        let clean = InputFile(name: "bom.yaml", bytes: Self.byteOrderMark + Array("ab: 1\n".utf8))
        let (root, _) = YAMLParser.parseDocument(clean)
        #expect(root?.pairs?.first?.key.location == FileLocation(file: "bom.yaml", line: 1, column: 1))
        #expect(root?.pairs?.first?.value.location == FileLocation(file: "bom.yaml", line: 1, column: 5))
    }

    // MARK: - Scoring many elements

    /// A workbook `id` of `count` elements of one question each, in 20 groups, followed by
    /// `rest` (more top-level keys, as YAML), and a response answering every question.
    static func generatedWorkbook(id: String, title: String, elements count: Int, rest: String) -> (
        workbook: String, response: String
    ) {
        var yaml = """
            workbook: \(id)
            version: "1"
            title: \(title)
            scale:
              levels:
                - { value: 0, label: None, description: Nothing. }
                - { value: 4, label: All, description: All. }
            bands:
              - { id: weak, label: Weak, below: 2, colour: "#c0392b" }
              - { id: strong, label: Strong, colour: "#1e8449" }
            layout: chain
            groups:

            """
        for group in 0..<20 { yaml += "  - { id: g\(group), title: G\(group), position: centre }\n" }
        yaml += "elements:\n"
        var answers = "workbook: \(id)\nversion: \"1\"\narea: A\nperiod: P\nanswers:\n"
        for index in 0..<count {
            yaml +=
                "  - { id: e\(index), group: g\(index % 20), title: E\(index), questions: [{ id: q\(index), text: Q? }] }\n"
            answers += "  q\(index): \(index % 2 == 0 ? 0 : 4)\n"
        }
        return (yaml + rest, answers)
    }

    /// A workbook of `count` elements of one question each, and a response answering all.
    static func manyElements(_ count: Int) throws -> (Workbook, Response) {
        let (yaml, answers) = generatedWorkbook(
            id: "many", title: "Many elements", elements: count,
            rest: "weakest_links: { below: 2, show: 3 }\nconsensus: { max_spread: 2 }\n")
        let workbook = try #require(WorkbookPipeline.validatedWorkbook(InputFile(name: "many.yaml", text: yaml)).value)
        let compiled = CompiledWorkbook(workbook: workbook, rules: [])
        let loaded = try #require(
            WorkbookPipeline.loadResponse(InputFile(name: "r.yaml", text: answers), resolver: .only(compiled)).value)
        return (workbook, loaded.response)
    }

    @Test func whereToActFirstIsLinearInTheNumberOfElements() throws {
        // Found by hand after fuzzing: Scorer.leverage (Scoring/Scorer.swift), behind
        // `Assessment.leverage`, copies the whole `elements` array and recomputes the overall
        // weighted mean and the chain minimum once per element, O(E²): 4,000 elements took
        // 4.9 s in a release build, a workbook within the limits can have over 10,000, and
        // every report format that shows "where to act first" computes it again. Raising one
        // element changes one term of the mean and can only raise the minimum, so each gain is
        // O(1) from the totals (the sum of weights and weighted scores, the two lowest scores).
        let small = try Self.manyElements(200)
        let large = try Self.manyElements(800)
        let assessments = [200: Scorer.assess(small.0, small.1), 800: Scorer.assess(large.0, large.1)]
        #expect(assessments[800]?.leverage.count == 800)
        let growth = Self.growth(from: 200, to: 800) { count in _ = assessments[count]?.leverage }
        #expect(
            growth < Self.linearBound, "4x the elements took \(growth)x the time: 'where to act first' is not linear")
    }

    // MARK: - Rules: the total work

    /// A workbook of `count` elements in 20 groups and one rule with `condition`, once or for each group.
    static func ruleWorkbook(elements count: Int, condition: String, forEachGroup: Bool) throws -> LoadedResponse {
        let rules = """
            rules:
              - id: costly
            \(forEachGroup ? "    for_each: group\n" : "")    when: \(condition)
                severity: info
                message: "costly"

            """
        let (yaml, answers) = generatedWorkbook(id: "costly", title: "Costly rules", elements: count, rest: rules)
        let loaded = WorkbookPipeline.loadWorkbook(InputFile(name: "costly.yaml", text: yaml))
        let compiled = try #require(loaded.value, "\(loaded.diagnostics)")
        try #require(compiled.rules.count == 1, "\(loaded.diagnostics)")
        return try #require(
            WorkbookPipeline.loadResponse(InputFile(name: "r.yaml", text: answers), resolver: .only(compiled)).value)
    }

    @Test func aWorkbooksRulesCannotTakeMoreThanAFewStepBudgets() throws {
        // Found by hand after fuzzing (the `rules` target's workbook has only four elements):
        // the evaluator's step budget (`Limits.steps`, 1,000,000) is per rule *instance*, and
        // nothing bounds the total. `count` nested three deep over 100 elements needs 100³ steps,
        // so each instance runs to the budget, and `for_each` runs it once per item: rules ×
        // items × 1,000,000 steps. In a release build a 19 KB workbook (200 elements,
        // 10 such rules) took 27 s to report and an 84 KB one (1,000 elements, 1 rule) 118 s;
        // 100 rules would take minutes. Every instance after a budget for the whole evaluation
        // (a few `Limits.steps`) is spent should be not evaluated, with that reason.
        let condition =
            "count(elements, a, count(elements, b, count(elements, c, a.score < c.score) > 0) > 0) > 0"
        let once = try Self.ruleWorkbook(elements: 100, condition: condition, forEachGroup: false)
        let perGroup = try Self.ruleWorkbook(elements: 100, condition: condition, forEachGroup: true)
        // One instance that spends the whole budget is the unit; 20 of them (one per group) must
        // not cost 20 units.
        let clock = ContinuousClock()
        var outcome: Report?
        let unit = clock.measure { outcome = WorkbookPipeline.report(once) }
        let reasons = outcome?.notEvaluated.map(\.reason) ?? []
        #expect(!reasons.isEmpty && reasons.allSatisfy { $0.contains("steps") }, "\(reasons)")
        let total = clock.measure { _ = WorkbookPipeline.report(perGroup) }
        let ratio = total / unit
        #expect(ratio < 10, "one rule for each of 20 groups cost \(ratio) times one instance at the step budget")
    }

    // MARK: - Checking answers

    @Test func checkingAnswersIsLinearInTheirNumber() throws {
        // Found by hand after fuzzing: NodeDecoder.decodeAnswers (Loading/ResponseLoader.swift)
        // looked each answer's id up in an array of question ids, O(answers × questions); it
        // is a Set now, and this keeps it so. Timed on the parsed tree, so that reading the
        // YAML does not count.
        func parsed(_ count: Int) throws -> (YAMLNode, WorkbookResolver) {
            let (workbook, _) = try Self.manyElements(count)
            var text = "workbook: many\nversion: \"1\"\narea: A\nperiod: P\nanswers:\n"
            for index in 0..<count { text += "  q\(index): 4\n" }
            let root = try #require(YAMLParser.parseDocument(InputFile(name: "r.yaml", text: text)).root)
            return (root, .only(CompiledWorkbook(workbook: workbook, rules: [])))
        }
        let small = try parsed(1_000)
        let large = try parsed(4_000)
        let growth = Self.growth(from: 1_000, to: 4_000) { count in
            let (root, resolver) = count == 1_000 ? small : large
            var decoder = NodeDecoder()
            _ = decoder.response(root, resolver: resolver)
        }
        #expect(growth < Self.linearBound, "4x the answers took \(growth)x the time: checking answers is not linear")
    }

    // MARK: - Rendering many diagnostics

    @Test func renderingEveryDiagnosticOfAFileIsLinear() {
        // Found by hand after fuzzing: DiagnosticRenderer.line(_:of:) (Diagnostics/) scans the
        // source from its first character for every diagnostic, and Console.print renders each
        // diagnostic with the whole file's text, so a file with one mistake per line costs
        // O(lines × size): a response with 20,000 unknown answer ids renders 20,000 source lines.
        // A table of line starts, built once per file, makes each line O(1).
        func diagnostics(_ count: Int) -> (String, [Diagnostic]) {
            // Long lines, so that scanning the text, not building each message, is what is timed.
            let text = (0..<count).map { "  unknown-\($0): 3  # \(String(repeating: "x", count: 60))\n" }.joined()
            let found = (0..<count)
                .map {
                    Diagnostic.error(
                        .unknownReference, "unknown", at: FileLocation(file: "r.yaml", line: $0 + 1, column: 3))
                }
            return (text, found)
        }
        let small = diagnostics(250)
        let large = diagnostics(1_000)
        let renderer = DiagnosticRenderer()
        let growth = Self.growth(from: 250, to: 1_000) { count in
            let (source, found) = count == 250 ? small : large
            // As the command line does: the file's lines are indexed once, then every
            // diagnostic is rendered against the index.
            let lines = SourceLines(source)
            for diagnostic in found { _ = renderer.render(diagnostic, lines: lines) }
        }
        #expect(growth < Self.linearBound, "4x the diagnostics took \(growth)x the time: rendering is not linear")
    }

    // MARK: - Rule messages

    /// A one-element workbook whose one rule has `message`.
    static func workbook(message: String) -> InputFile {
        InputFile(
            name: "message.yaml",
            text: """
                workbook: message
                version: "1"
                title: A long message
                scale:
                  levels:
                    - { value: 0, label: None, description: Nothing. }
                    - { value: 4, label: All, description: All. }
                bands:
                  - { id: weak, label: Weak, below: 2, colour: "#c0392b" }
                  - { id: strong, label: Strong, colour: "#1e8449" }
                layout: chain
                elements:
                  - { id: e, title: E, questions: [{ id: q, text: Q? }] }
                weakest_links: { below: 2, show: 3 }
                consensus: { max_spread: 2 }
                rules:
                  - id: long
                    when: "true"
                    severity: info
                    message: "\(message)"

                """)
    }

    @Test func aMessageWithThousandsOfBadValuesIsOneErrorAtTheLimit() {
        // Found by `Scripts/fuzz.sh rules` (artifacts-rules/timeout-80f20d28…): a 62 KB message
        // of a few thousand '{...}' that each fail to compile gave a diagnostic for each, and
        // locating each one walked the message from its start, O(values × length): more than
        // 10 s under the fuzzer. A message may now hold 100 '{...}' (Limits.templateExpressions);
        // past that the text is refused with one error at the 101st.
        let loaded = WorkbookPipeline.loadWorkbook(Self.workbook(message: String(repeating: "{nope} ", count: 5_000)))
        let codes = loaded.diagnostics.map(\.code)
        #expect(codes == [.ruleTooComplex], "\(loaded.diagnostics)")
        // The message's text starts in column 15 (after `    message: "`); the 101st '{' is 700 further.
        #expect(loaded.diagnostics.first?.location?.column == 15 + 7 * 100)
        // Within the limit, every bad value is still reported, each at its place.
        let within = WorkbookPipeline.loadWorkbook(Self.workbook(message: String(repeating: "{nope} ", count: 100)))
        #expect(within.diagnostics.count == 100)
        #expect(within.diagnostics.allSatisfy { $0.code == .ruleUnknownName })
    }
}
