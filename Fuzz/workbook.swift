// Fuzz target `workbook`: any bytes as a workbook file; a valid one is then scored (with no
// answers and with every question answered), its rules run and its report rendered.
// Run with Scripts/fuzz.sh workbook.

/// libFuzzer's entry: loads the input as a workbook; when it is valid, scores it, runs its
/// rules and renders its report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = InputFile(name: "fuzz.yaml", bytes: FuzzSupport.bytes(data, size))
    let loaded = WorkbookPipeline.loadWorkbook(input)
    FuzzSupport.render(loaded.diagnostics, source: input)
    guard let compiled = loaded.value, !loaded.diagnostics.containsErrors else { return 0 }
    let empty = FuzzSupport.emptyResponse(to: compiled.workbook)
    FuzzSupport.report(LoadedResponse(response: empty, compiled: compiled))
    let full = FuzzSupport.fullResponse(to: compiled.workbook)
    FuzzSupport.report(LoadedResponse(response: full, compiled: compiled), previous: empty)
    _ = OutlineRenderer.render(compiled.workbook)
    return 0
}

extension FuzzSupport {
    /// Nothing to prepare beyond the bundled workbooks.
    static func warmUp() {}
}
