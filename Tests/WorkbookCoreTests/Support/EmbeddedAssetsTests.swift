import Foundation
import Testing
@testable import WorkbookCore

/// The pages' CSS and JavaScript are embedded from their files byte for byte (the EmbedAssets
/// plugin, `embed-assets`), and the pages use them.
struct EmbeddedAssetsTests {
    static let assets: [(path: String, embedded: String)] = [
        ("Forms/Assets/form.css", EmbeddedAssets.formCSS),
        ("Forms/Assets/form.js", EmbeddedAssets.formJS),
        ("Forms/Assets/pack.css", EmbeddedAssets.packCSS),
        ("Reporting/Assets/compare.css", EmbeddedAssets.compareCSS),
        ("Reporting/Assets/page.css", EmbeddedAssets.pageCSS),
        ("Reporting/Assets/report.css", EmbeddedAssets.reportCSS),
        ("Reporting/Assets/trend.css", EmbeddedAssets.trendCSS),
    ]

    static let folder = "Sources/WorkbookCore/"

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
        #expect(form.contains("<style>\n\(EmbeddedAssets.formCSS)</style>"))
        #expect(form.contains("<script>\n\(EmbeddedAssets.formJS)</script>"))
        #expect(WorkshopPackRenderer.render(workbook).contains("<style>\n\(EmbeddedAssets.packCSS)</style>"))
    }
}
