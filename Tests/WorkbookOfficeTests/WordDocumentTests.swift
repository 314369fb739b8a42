import Foundation
import Testing
import WorkbookCore

@testable import WorkbookOffice

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The Word documents: a complete package whose every part is well-formed XML, Word's own
/// heading styles, real tables with band shading and the band written in the cell, user text
/// escaped, and the same bytes for the same report.
struct WordDocumentTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func example(_ name: String, previous: String? = nil) throws -> Report {
        func load(_ name: String) throws -> LoadedResponse {
            let data = try Data(contentsOf: Self.repository.appendingPathComponent("examples/\(name).yaml"))
            let input = InputFile(name: name, bytes: [UInt8](data))
            return try #require(WorkbookPipeline.loadResponse(input, resolver: BundledWorkbooks.resolver).value)
        }
        return WorkbookPipeline.report(try load(name), previous: try previous.map { try load($0).response })
    }

    /// The package's parts by path, as text.
    private func parts(_ bytes: [UInt8]) throws -> [String: String] {
        var reader = try ZipReader(bytes)
        var parts: [String: String] = [:]
        for entry in reader.entries {
            parts[entry.name] = String(decoding: try reader.read(entry.name) ?? [], as: UTF8.self)
        }
        return parts
    }

    private func wellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test func theReportIsACompleteWellFormedPackage() throws {
        let bytes = try ReportDocument.render(try example("pots-northmoor", previous: "pots-northmoor-2024"))
        let parts = try parts(bytes)
        #expect(
            Set(parts.keys) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
                "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
            ])
        for (path, xml) in parts { #expect(wellFormed(xml), "\(path) is not well-formed") }
        let document = try #require(parts["word/document.xml"])
        #expect(
            document.contains(
                "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">At a glance</w:t>"))
        #expect(document.contains("Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">What matters most"))
        // The first page ends where the framework opens a new page.
        #expect(
            document.contains(
                "<w:pStyle w:val=\"Heading1\"/><w:pageBreakBefore/></w:pPr><w:r><w:t xml:space=\"preserve\">The framework"
            ))
        // Service volumes is a weak link (1.3): shaded in the Weak link band's colour, with the label written.
        #expect(
            document.contains(
                "w:fill=\"C0392B\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr><w:r><w:rPr><w:color w:val=\"FFFFFF\"/></w:rPr><w:t xml:space=\"preserve\">Service volumes</w:t><w:br/><w:t xml:space=\"preserve\">1.3 Weak link</w:t></w:r>"
            ))
        #expect(parts["docProps/core.xml"]?.contains("<dc:language>en-GB</dc:language>") == true)
        #expect(parts["word/styles.xml"]?.contains("<w:lang w:val=\"en-GB\"") == true)
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        let report = try example("christmas-tree-eastbridge")
        #expect(try ReportDocument.render(report) == ReportDocument.render(report))
    }

    @Test func userTextIsEscapedAndCharactersXMLCannotHoldAreDropped() {
        #expect(
            WordXML.escaped("<b>A & \"B\"</b>\u{1}\u{7}ok\tend") == "&lt;b&gt;A &amp; &quot;B&quot;&lt;/b&gt;ok\tend")
        let run = WordXML.run(WordRun("one\ntwo"))
        #expect(run == "<w:r><w:t xml:space=\"preserve\">one</w:t><w:br/><w:t xml:space=\"preserve\">two</w:t></w:r>")
    }

    @Test func compareAndTrendAreWellFormedLandscapeDocuments() throws {
        let summaries = try ["ashbrook", "askerby", "ravensholme"]
            .map { name in
                let data = try Data(contentsOf: Self.repository.appendingPathComponent("examples/areas/\(name).yaml"))
                let loaded = try #require(
                    WorkbookPipeline.loadResponse(
                        InputFile(name: name, bytes: [UInt8](data)), resolver: BundledWorkbooks.resolver
                    )
                    .value)
                return AreaSummary(loaded, file: name)
            }
        let input = try #require(BundledWorkbooks.input("pots"))
        let workbook = try #require(WorkbookPipeline.loadWorkbook(input).value?.workbook)
        let comparison = Comparator.compare(summaries, on: workbook)
        let parts = try parts(try CompareDocument.render(comparison))
        let document = try #require(parts["word/document.xml"])
        #expect(wellFormed(document))
        #expect(document.contains("w:orient=\"landscape\""))
        #expect(document.contains("<w:tblHeader/>"))
        // Ravensholme answered too little to be ranked, and its unscored elements are hatched.
        #expect(document.contains("not ranked (low coverage)"))
        #expect(document.contains("w:val=\"thinDiagStripe\""))
    }
}
