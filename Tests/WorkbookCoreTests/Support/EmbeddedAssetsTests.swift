import Foundation
import Testing
@testable import WorkbookCore
@testable import WorkbookForms
@testable import WorkbookModel
@testable import WorkbookReporting

/// The pages' CSS and JavaScript are embedded from their files byte for byte (the EmbedAssets
/// plugin, `embed-assets`), and the pages use them.
struct EmbeddedAssetsTests {
    static let assets: [(path: String, embedded: String)] = [
        ("WorkbookForms/Assets/form-kernel.css", WorkbookForms.EmbeddedAssets.formKernelCSS),
        ("WorkbookForms/Assets/form-kernel.js", WorkbookForms.EmbeddedAssets.formKernelJS),
        ("WorkbookForms/Assets/form.css", WorkbookForms.EmbeddedAssets.formCSS),
        ("WorkbookForms/Assets/form.js", WorkbookForms.EmbeddedAssets.formJS),
        ("WorkbookForms/Assets/pack.css", WorkbookForms.EmbeddedAssets.packCSS),
        ("WorkbookReporting/Assets/compare.css", WorkbookReporting.EmbeddedAssets.compareCSS),
        ("WorkbookReporting/Assets/page.css", WorkbookReporting.EmbeddedAssets.pageCSS),
        ("WorkbookReporting/Assets/report.css", WorkbookReporting.EmbeddedAssets.reportCSS),
        ("WorkbookReporting/Assets/trend.css", WorkbookReporting.EmbeddedAssets.trendCSS),
    ]

    static let folder = "Sources/"

    @Test func eachConstantIsItsFileByteForByte() throws {
        for asset in Self.assets {
            let file = try Fixtures.repositoryInput(Self.folder + asset.path)
            let same = file.bytes.elementsEqual(asset.embedded.utf8)
            #expect(same, "\(asset.path) differs from what was embedded")
        }
    }

    @Test func everyAssetFileIsListedHere() throws {
        let root = Fixtures.repository.appendingPathComponent(Self.folder)
        let walker = try #require(FileManager.default.enumerator(atPath: root.path))
        var found: [String] = []
        for case let path as String in walker where path.hasSuffix(".css") || path.hasSuffix(".js") {
            found.append(path)
        }
        #expect(found.sorted() == Self.assets.map(\.path))
    }

    @Test func thePagesCarryTheirStyleSheetsAndScript() throws {
        let workbook = try Fixtures.miniWorkbook()
        let form = FormRenderer.render(workbook)
        #expect(form.contains("<style>\n\(WorkbookForms.EmbeddedAssets.formCSS)</style>"))
        #expect(form.contains("<script>\n\(WorkbookForms.EmbeddedAssets.formJS)</script>"))
        let pack = WorkshopPackRenderer.render(workbook)
        #expect(pack.contains("<style>\n\(WorkbookForms.EmbeddedAssets.packCSS)</style>"))
    }
}
