// The wasm kernel's entry points: the scoring side of workbook, compiled with Embedded Swift
// (Scripts/build-wasm.sh), called from the offline form and from the differential test
// (Scripts/check-wasm.sh). Nothing here scores or renders: it reads the model's JSON
// (`ModelJSON`, written by the native build), compiles the rules with `RuleCompiler`, and asks
// `Report.scoring` and the renderers, the same code `workbook report` runs.
//
// The host's side of the protocol: `wb_alloc(n)` gives a buffer of n bytes in the kernel's
// memory; the host writes UTF-8 into it and passes it to a call, which frees it. Every call
// returns 0 on success and 1 on failure, and leaves its result (or the message of a failure)
// in the output buffer, read through `wb_output()` and `wb_output_count()` until the next call.

import WorkbookDiagnostics
import WorkbookModel
import WorkbookReporting
import WorkbookRules
import WorkbookSupport

/// The output of the last call.
nonisolated(unsafe) private var output: [UInt8] = []
/// The workbook `wb_load_workbook` compiled, kept for the reports that follow.
nonisolated(unsafe) private var loaded: (workbook: Workbook, rules: [CompiledRule])?

/// The report formats the kernel writes, by number.
private enum KernelFormat: Int32 {
    case json = 0
    case html = 1
    /// The framework drawing alone (`HTMLReport.drawing`), for the form's live panel.
    case drawing = 2
}

/// A buffer of `count` bytes for the next call's input, which that call frees.
@_expose(wasm, "wb_alloc")
@_cdecl("wb_alloc")
public func wbAlloc(_ count: Int32) -> UnsafeMutableRawPointer? {
    UnsafeMutableRawPointer.allocate(byteCount: Int(max(count, 1)), alignment: 16)
}

/// Where the last call's output starts.
@_expose(wasm, "wb_output")
@_cdecl("wb_output")
public func wbOutput() -> UnsafeRawPointer? {
    output.withUnsafeBytes { $0.baseAddress }
}

/// How many bytes the last call's output has.
@_expose(wasm, "wb_output_count")
@_cdecl("wb_output_count")
public func wbOutputCount() -> Int32 {
    Int32(output.count)
}

/// Reads the workbook (ModelJSON) and compiles its rules; later reports score against it.
@_expose(wasm, "wb_load_workbook")
@_cdecl("wb_load_workbook")
public func wbLoadWorkbook(_ bytes: UnsafeMutableRawPointer?, _ count: Int32) -> Int32 {
    let json = take(bytes, count)
    loaded = nil
    let workbook: Workbook
    do {
        workbook = try ModelJSON.workbook(from: try parse(json))
    } catch {
        return fail("the workbook: \(error.description)")
    }
    let (rules, diagnostics) = RuleCompiler.compile(workbook)
    if let error = diagnostics.first(where: { $0.severity == .error }) {
        return fail("the workbook's rule \(error.location?.description ?? ""): \(error.message)")
    }
    loaded = (workbook, rules)
    output = Array("{\"workbook\": \"\(workbook.id)\"}\n".utf8)
    return 0
}

/// Scores a response (ModelJSON) against the loaded workbook and writes its report, in JSON
/// (`format` 0) or HTML (1): the bytes `workbook report --format json|html` prints; or (2) the
/// framework drawing alone, coloured by band, for the form's live panel.
@_expose(wasm, "wb_report")
@_cdecl("wb_report")
public func wbReport(_ bytes: UnsafeMutableRawPointer?, _ count: Int32, _ format: Int32) -> Int32 {
    let json = take(bytes, count)
    guard let (workbook, rules) = loaded else { return fail("no workbook is loaded") }
    guard let format = KernelFormat(rawValue: format) else { return fail("no report format \(format)") }
    let response: Response
    do {
        response = try ModelJSON.response(from: try parse(json))
    } catch {
        return fail("the response: \(error.description)")
    }
    guard response.workbookID == workbook.id else {
        return fail("the response answers '\(response.workbookID)', but the workbook loaded is '\(workbook.id)'")
    }
    let report = Report.scoring(response, of: workbook, rules: rules)
    let text: String
    switch format {
    case .json: text = JSONReport().render(report, options: RenderOptions())
    case .html: text = HTMLReport().render(report, options: RenderOptions())
    case .drawing: text = HTMLReport().drawing(report)
    }
    output = Array(text.utf8)
    return 0
}

/// The host's bytes, copied out and freed.
private func take(_ bytes: UnsafeMutableRawPointer?, _ count: Int32) -> [UInt8] {
    guard let bytes else { return [] }
    let copy = Array(UnsafeRawBufferPointer(start: bytes, count: Int(max(count, 0))))
    bytes.deallocate()
    return copy
}

private func parse(_ bytes: [UInt8]) throws(ModelJSON.ReadError) -> JSONValue {
    do {
        return try JSONValue.parse(bytes)
    } catch {
        throw ModelJSON.ReadError(path: "", message: "not JSON: \(error.description)")
    }
}

private func fail(_ message: String) -> Int32 {
    output = Array("error: \(message)\n".utf8)
    return 1
}
