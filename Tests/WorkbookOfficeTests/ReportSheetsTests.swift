import Foundation
import Testing
import WorkbookCore
@testable import WorkbookOffice

/// The xlsx reports: scores are numbers in their band's colour, and they read back.
struct ReportSheetsTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")

    static func report(_ name: String) throws -> Report {
        let bytes = try [UInt8](Data(contentsOf: examples.appendingPathComponent(name)))
        let loaded = try #require(
            WorkbookPipeline.loadResponse(InputFile(name: name, bytes: bytes), resolver: BundledWorkbooks.resolver)
                .value)
        return WorkbookPipeline.report(loaded)
    }

    @Test func theReportsElementScoresAreNumbersInBandColours() throws {
        let report = try Self.report("pots-northmoor.yaml")
        let bytes = ReportSheets.report(report)
        #expect(bytes == ReportSheets.report(report), "the same report, the same bytes")
        var reader = try SpreadsheetReader(bytes)
        #expect(reader.sheetNames == ["Summary", "Elements", "Questions"])
        let elements = try reader.sheet("Elements")
        for (index, element) in report.assessment.elements.enumerated() {
            #expect(elements[index + 2, 1] == .text(element.id))
            if let score = element.score {
                guard case .number(let value, _)? = elements[index + 2, 4] else {
                    Issue.record("\(element.id)'s score is not a number")
                    continue
                }
                #expect(value == score)
            }
        }
        var zip = try ZipReader(bytes)
        let styles = String(decoding: try zip.read("xl/styles.xml") ?? [], as: UTF8.self)
        for band in report.assessment.workbook.bands {
            if let colour = band.colour { #expect(styles.contains("FF" + colour.dropFirst().uppercased())) }
        }
    }
}
