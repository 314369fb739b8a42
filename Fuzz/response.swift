// Fuzz target `response`: any bytes as a response file, checked against the bundled
// workbooks; a valid one is scored, its rules run and its report rendered.
// Run with Scripts/fuzz.sh response.

/// libFuzzer's entry: loads the input as a response against the bundled workbooks; when it
/// is valid, scores it, runs its rules and renders its report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResponse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = InputFile(name: "fuzz.yaml", bytes: FuzzSupport.bytes(data, size))
    let loaded = WorkbookPipeline.loadResponse(input, resolver: BundledWorkbooks.resolver)
    FuzzSupport.render(loaded.diagnostics, source: input)
    guard let response = loaded.value, !loaded.diagnostics.containsErrors else { return 0 }
    FuzzSupport.report(response)
    FuzzSupport.report(response, previous: response.response)
    return 0
}

extension FuzzSupport {
    /// Nothing to prepare beyond the bundled workbooks.
    static func warmUp() {}
}
