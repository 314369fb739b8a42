// Shared by every fuzz target. Compiled into the WorkbookCore module together with the
// library's sources and one target file by Scripts/fuzz.sh; never part of a SwiftPM target.
// Each target file defines `LLVMFuzzerTestOneInput` and `FuzzSupport.warmUp()`.

/// Called by libFuzzer once before the first input.
///
/// Fills the process-wide caches (the compiled bundled workbooks) first, so that objects
/// kept for the life of the process are not taken for leaks of the first input that needs
/// them. LeakSanitizer cannot see Swift's tagged pointers into indirect enums, so it would
/// report those cached objects as unreachable.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    for id in BundledWorkbooks.ids {
        let text = "workbook: \(id)\narea: Warm-up\nperiod: 2025/26\nanswers: {}\n"
        _ = WorkbookPipeline.loadResponse(
            InputFile(name: "warm-up.yaml", text: text), resolver: BundledWorkbooks.resolver)
    }
    FuzzSupport.warmUp()
    return 0
}

/// AddressSanitizer's defaults for every fuzz binary, however it is started.
///
/// LeakSanitizer's check at exit would report every process-wide cache (see above), so it is
/// off; libFuzzer's own check after each input that allocates more than it frees stays on.
@_cdecl("__asan_default_options")
public func asanDefaultOptions() -> UnsafePointer<CChar>? {
    let options: StaticString = "leak_check_at_exit=0"
    return UnsafeRawPointer(options.utf8Start).assumingMemoryBound(to: CChar.self)
}

enum FuzzSupport {
    /// The fuzzer's input as a byte array.
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Renders every diagnostic as the command line would, with its source line and caret,
    /// so the renderer meets every position the loaders can produce.
    static func render(_ diagnostics: [Diagnostic], source: InputFile) {
        // The file's lines are indexed once, as Console does: indexing them again for each
        // diagnostic made a file with 180 duplicate keys time out (artifacts-workbook/timeout-7a7e…).
        let lines = SourceLines(source.text ?? String(decoding: source.bytes, as: UTF8.self))
        let renderer = DiagnosticRenderer(colour: true)
        for diagnostic in diagnostics {
            _ = renderer.render(diagnostic, lines: lines)
        }
    }

    /// A response to `workbook` with no answers.
    static func emptyResponse(to workbook: Workbook) -> Response {
        Response(
            workbookID: workbook.id, workbookVersion: workbook.version, area: "Fuzz", period: "2025/26",
            date: nil, facilitator: nil, participants: nil, notes: nil, targets: [], answers: [],
            location: workbook.location)
    }

    /// A response that answers every question: workshop ratings over the whole scale on some,
    /// one rating on others, 'na' on a few.
    static func fullResponse(to workbook: Workbook) -> Response {
        var response = emptyResponse(to: workbook)
        let values = workbook.scale.levels.map(\.value)
        for (index, question) in workbook.questions.enumerated() {
            let value: Answer.Value
            switch index % 4 {
            case 0: value = .ratings(values)
            case 1: value = values.isEmpty ? .blank : .rating(values[index % values.count])
            case 2: value = workbook.scale.allowsNotApplicable ? .notApplicable : .blank
            default: value = .rating(values.last ?? 0)
            }
            response.answers.append(
                Answer(questionID: question.id, value: value, evidence: "e", location: workbook.location))
        }
        return response
    }

    /// Scores a response, runs the rules and renders the report in every format.
    static func report(_ loaded: LoadedResponse, previous: Response? = nil) {
        let report = WorkbookPipeline.report(loaded, previous: previous)
        for format in ReportFormat.allCases {
            _ = format.renderer.render(report, options: RenderOptions(colour: true))
        }
    }
}
