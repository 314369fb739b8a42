import Foundation
import Testing
@testable import WorkbookCore
@testable import WorkbookForms

/// forms/ holds, for every bundled workbook, the form a facilitator downloads: exactly what
/// `workbook form workbooks/ID.yaml --kernel KERNEL.wasm` writes. This test keeps everything
/// but the kernel current: it takes the kernel each file carries and renders the form around it
/// again (`RECORD_GOLDENS=1 swift test` rewrites them, keeping their kernel). Whether the kernel
/// is the one the sources build is checked where the kernel is built: `Scripts/make-forms.sh
/// --check`, in `.ci/run`.
struct ReadyFormsTests {
    static let marker = "<script type=\"application/octet-stream\" id=\"workbook-kernel\" data-encoding=\"gzip\">\n"

    /// The gzipped kernel a ready form carries, or nil when there is none.
    static func embeddedKernel(_ html: String) -> [UInt8]? {
        guard let start = html.range(of: marker),
            let end = html.range(of: "\n</script>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return Data(base64Encoded: String(html[start.upperBound..<end.lowerBound]), options: .ignoreUnknownCharacters)
            .map { Array($0) }
    }

    @Test(arguments: BundledWorkbooks.ids)
    func readyFormIsCurrent(_ id: String) throws {
        let path = "forms/\(id).html"
        let url = Fixtures.repository.appendingPathComponent(path)
        let existing = try #require(
            try? String(contentsOf: url, encoding: .utf8), "\(path) is missing: run Scripts/make-forms.sh")
        let kernel = try #require(Self.embeddedKernel(existing), "\(path) carries no kernel: run Scripts/make-forms.sh")
        #expect(kernel.starts(with: [0x1F, 0x8B]), "\(path): the kernel is not gzipped")
        let compiled = try #require(
            WorkbookPipeline.loadWorkbook(try Fixtures.repositoryInput("workbooks/\(id).yaml")).value)
        assertGolden(FormRenderer.render(compiled.workbook, gzippedKernel: kernel), path: path)
    }
}
