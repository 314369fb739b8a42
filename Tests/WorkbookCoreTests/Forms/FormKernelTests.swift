import Foundation
import Testing
@testable import WorkbookForms
@testable import WorkbookModel
@testable import WorkbookSupport

/// `workbook form --kernel`: the kernel and the workbook's model JSON are embedded only when
/// asked for, the policy then adds `'wasm-unsafe-eval'` and nothing else, and the base64 is
/// standard.
struct FormKernelTests {
    @Test func withoutTheKernelTheFormHasNoWasmAndTheStrictPolicy() throws {
        let html = FormRenderer.render(try Fixtures.miniWorkbook())
        #expect(!html.contains("wasm-unsafe-eval"))
        #expect(!html.contains("workbook-kernel"))
        #expect(!html.contains("live-report"))
    }

    @Test func withTheKernelTheFormCarriesItTheModelJSONAndTheLivePanel() throws {
        let workbook = try Fixtures.miniWorkbook()
        let kernel: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        let html = FormRenderer.render(workbook, gzippedKernel: kernel)
        let strict = FormHTML.contentSecurityPolicy.markup
        let relaxed = strict.replacingOccurrences(
            of: "script-src 'unsafe-inline'", with: "script-src 'unsafe-inline' 'wasm-unsafe-eval'")
        #expect(html.contains("content=\"\(relaxed)\""))
        #expect(
            html.contains(
                "<script type=\"application/octet-stream\" id=\"workbook-kernel\" data-encoding=\"gzip\">\nAGFzbQEAAAA=\n</script>"
            ))
        #expect(html.contains("<script type=\"application/json\" id=\"workbook-model\">"))
        #expect(html.contains("id=\"live-summary\" role=\"status\" aria-live=\"polite\""))
        #expect(FormRenderer.render(workbook, gzippedKernel: kernel) == html)
    }

    @Test func base64IsStandardWithPaddingAndLinesOf76() {
        #expect(FormRenderer.base64([]) == "")
        #expect(FormRenderer.base64(Array("f".utf8)) == "Zg==")
        #expect(FormRenderer.base64(Array("fo".utf8)) == "Zm8=")
        #expect(FormRenderer.base64(Array("foobar".utf8)) == "Zm9vYmFy")
        let long = [UInt8](repeating: 0xFF, count: 120)
        let encoded = FormRenderer.base64(long)
        #expect(
            encoded
                == Data(long).base64EncodedString(options: .lineLength76Characters)
                .replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
