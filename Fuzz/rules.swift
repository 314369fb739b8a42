// Fuzz target `rules`: the input, as UTF-8 text, is the `when:` of a rule and the body of
// `{...}` message templates in a small workbook; the rules are compiled and, when they
// compile, evaluated for every element, group and question of a scored response.
// Run with Scripts/fuzz.sh rules.

/// The workbook the rules are put into: two groups, four elements, a 0-4 scale with 'na'.
private let base: CompiledWorkbook = {
    let yaml = """
        workbook: fuzz
        version: "1"
        title: Fuzz
        scale:
          levels:
            - { value: 0, label: None, description: Nothing. }
            - { value: 1, label: Some, description: Some. }
            - { value: 2, label: Half, description: Half. }
            - { value: 4, label: All, description: All. }
          not_applicable: true
        bands:
          - { id: weak, label: Weak, below: 1.5, colour: "#c0392b" }
          - { id: strong, label: Strong, colour: "#1e8449" }
        layout: chain
        groups:
          - { id: people, title: People, position: left }
          - { id: services, title: Services, position: right }
        elements:
          - id: needs
            group: people
            title: Needs
            questions:
              - { id: needs-data, text: Data? }
              - { id: needs-voice, text: Voice?, weight: 2 }
          - id: targeting
            group: people
            title: Targeting
            weight: 2
            questions:
              - { id: target-deprived, text: Deprived? }
          - id: access
            group: services
            title: Access
            questions:
              - { id: access-hours, text: Hours? }
              - { id: access-travel, text: Travel? }
          - id: evidence
            group: services
            title: Evidence
            questions:
              - { id: evidence-nice, text: NICE? }
        weakest_links: { below: 2.0, show: 3 }
        consensus: { max_spread: 2 }
        """
    let loaded = WorkbookPipeline.loadWorkbook(InputFile(name: "fuzz-base.yaml", text: yaml))
    guard let compiled = loaded.value, !loaded.diagnostics.containsErrors else {
        fatalError("the rules fuzzer's base workbook is invalid: \(loaded.diagnostics)")
    }
    return compiled
}()

/// libFuzzer's entry: puts the input's text into three rules of the base workbook, compiles
/// them and evaluates those that compile.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, size)
    // The first byte picks what the rule runs for; the rest is the expression.
    let subjects: [Rule.Subject?] = [nil, .element, .group, .question]
    let subject = bytes.first.map { subjects[Int($0) % subjects.count] } ?? nil
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    var workbook = base.workbook
    let location = FileLocation(file: "fuzz.yaml", line: 40, column: 11)
    func source(_ text: String, _ style: YAMLNode.Scalar.Style = .plain) -> SourceText {
        SourceText(text: text, location: location, style: style)
    }
    workbook.rules = [
        // The text as a condition.
        Rule(
            id: "when", when: source(text), forEach: subject, severity: .warning,
            message: source("fired", .doubleQuoted), recommendation: nil, location: location),
        // The text inside a message and a recommendation template, raw and in braces.
        Rule(
            id: "message", when: source("overall.score >= 0"), forEach: subject, severity: .info,
            message: source(text, .doubleQuoted), recommendation: source("{\(text)}", .singleQuoted),
            location: location),
        Rule(
            id: "block", when: source(subject == nil ? "true" : "1 < 2"), forEach: subject, severity: .critical,
            message: source("Value: {\(text)} ({\(text)})", .literal), recommendation: nil, location: location),
    ]
    let (rules, diagnostics) = RuleCompiler.compile(workbook)
    _ = diagnostics.map { $0.location?.description ?? "" }
    guard !rules.isEmpty else { return 0 }
    let compiled = CompiledWorkbook(workbook: workbook, rules: rules)
    let empty = FuzzSupport.emptyResponse(to: workbook)
    let full = FuzzSupport.fullResponse(to: workbook)
    // Scored, then the rules run, as `workbook report` does (with and without a previous round).
    for (response, previous) in [(empty, nil), (full, empty), (full, nil)] as [(Response, Response?)] {
        _ = WorkbookPipeline.report(LoadedResponse(response: response, compiled: compiled), previous: previous)
    }
    return 0
}

extension FuzzSupport {
    /// Loads the base workbook before the first input.
    static func warmUp() { _ = base }
}
