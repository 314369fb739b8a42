import Testing
@testable import WorkbookCore

/// `compare` streams its output in pieces (docs/performance.md); the pieces must make
/// exactly the text the format's renderer returns whole, in every format, for a comparison large enough to
/// be written in several rounds of parallel pieces and handed on many times.
struct CompareStreamingTests {
    @Test(arguments: ReportFormat.allCases)
    func streamedOutputIsTheRenderedText(format: ReportFormat) throws {
        let workbook = try Fixtures.miniWorkbook()
        var areas: [AreaSummary] = []
        for index in 0..<5000 {
            let scores: [Double?] = [Double(index % 5), nil, Double(index % 3), 1.5]
            let overall = Double(index % 17) / 4
            let coverage: Double = index % 11 == 0 ? 0.3 : 1
            let weak = index % 4 == 0 ? ["access"] : []
            let period = "20\(10 + index % 10)/\(11 + index % 10)"
            areas.append(
                ComparatorTests.area(
                    "Area \(index) \"<&>\"", overall: overall, coverage: coverage, scores: scores, weak: weak,
                    period: period))
        }
        let comparison = Comparator.compare(areas, on: workbook)
        let whole = Array(format.comparisonRenderer.render(comparison, options: RenderOptions()).utf8)
        var pieces = 0
        var streamed: [UInt8] = []
        CompareRenderer.write(
            comparison, as: format,
            to: ByteSink { piece in
                pieces += 1
                streamed.append(contentsOf: piece)
            })
        #expect(streamed == whole)
        #expect(pieces > 1, "a large comparison is handed on in pieces")
    }
}
