import Foundation
import Testing
@testable import WorkbookCore
@testable import WorkbookComparison
@testable import WorkbookDiagnostics
@testable import WorkbookFormat
@testable import WorkbookForms
@testable import WorkbookLoading
@testable import WorkbookMerge
@testable import WorkbookMigration
@testable import WorkbookModel
@testable import WorkbookReporting
@testable import WorkbookRules
@testable import WorkbookScoring
@testable import WorkbookSupport
@testable import WorkbookValidation
@testable import WorkbookYAML

/// reports/ holds, for every example response, exactly what `workbook report
/// examples/NAME.yaml --format F` prints, in every format. These double as the renderers'
/// golden files: `RECORD_GOLDENS=1 swift test` regenerates them; review the diff.
struct ReportsFolderTests {
    static let examples: [String] = BundledWorkbooksTests.exampleFiles().filter { !$0.dropFirst(9).contains("/") }

    static func report(for path: String) throws -> Report {
        let loaded = try #require(
            WorkbookPipeline.loadResponse(try Fixtures.repositoryInput(path), resolver: BundledWorkbooks.resolver).value
        )
        return WorkbookPipeline.report(loaded)
    }

    @Test(arguments: examples)
    func reportsFolderIsCurrent(_ path: String) throws {
        let report = try Self.report(for: path)
        let name = String(path.dropFirst("examples/".count).dropLast(".yaml".count))
        for format in ReportFormat.allCases {
            let text = format.renderer.render(report, options: RenderOptions())
            assertGolden(text, path: "reports/\(name).\(format.fileExtension)")
        }
    }

    /// Every response in a folder, loaded and summarised as `compare` and `trend` do.
    static func summaries(in folder: String) throws -> (summaries: [AreaSummary], workbook: Workbook) {
        var summaries: [AreaSummary] = []
        var workbook: Workbook?
        for path in BundledWorkbooksTests.exampleFiles() where path.hasPrefix("examples/\(folder)/") {
            let loaded = try #require(
                WorkbookPipeline.loadResponse(try Fixtures.repositoryInput(path), resolver: BundledWorkbooks.resolver)
                    .value)
            summaries.append(AreaSummary(loaded, file: path))
            workbook = loaded.workbook
        }
        return (summaries, try #require(workbook))
    }

    @Test func compareAndTrendReportsAreCurrent() throws {
        let (areas, workbook) = try Self.summaries(in: "areas")
        #expect(areas.count >= 12)
        let comparison = Comparator.compare(areas, on: workbook)
        let (rounds, roundsWorkbook) = try Self.summaries(in: "rounds")
        let trend = try TrendBuilder.trend(rounds, area: "Harrowgate Moor", workbook: roundsWorkbook)
        #expect(trend.rounds.count == 3)
        for format in ReportFormat.allCases {
            assertGolden(format.comparisonRenderer.render(comparison), path: "reports/compare.\(format.fileExtension)")
            assertGolden(format.trendRenderer.render(trend), path: "reports/trend.\(format.fileExtension)")
        }
    }

    /// examples/plans: one area's delivery plans side by side, and one plan over two rounds.
    @Test func plansCompareAndTrendReportsAreCurrent() throws {
        let (plans, workbook) = try Self.summaries(in: "plans")
        let latest = plans.filter { !$0.file.contains("/earlier/") && $0.period == "2009/10" }
        #expect(latest.count == 3)
        #expect(Set(latest.map(\.area)) == ["Eastbridge"])
        let comparison = Comparator.compare(latest, on: workbook)
        let tobacco = plans.filter { $0.plan == "Tobacco control" }
        let trend = try TrendBuilder.trend(tobacco, area: "Eastbridge", plan: "Tobacco control", workbook: workbook)
        #expect(trend.rounds.map(\.period) == ["2008/09", "2009/10"])
        for format in ReportFormat.allCases {
            assertGolden(
                format.comparisonRenderer.render(comparison), path: "reports/compare-plans.\(format.fileExtension)")
            assertGolden(format.trendRenderer.render(trend), path: "reports/trend-plan.\(format.fileExtension)")
        }
        #expect(ReportFormat.text.comparisonRenderer.render(comparison).contains("Eastbridge – Infant mortality"))
        #expect(ReportFormat.json.trendRenderer.render(trend).contains("\"plan\": \"Tobacco control\""))
        // A single plan's report names the plan after the area, in every heading.
        let report = try Self.report(for: "examples/plans/eastbridge-tobacco-control.yaml")
        #expect(
            TextReport().render(report, options: RenderOptions()).contains("Eastbridge – Tobacco control · 2009/10"))
        #expect(
            MarkdownReport().render(report, options: RenderOptions())
                .contains(": Eastbridge – Tobacco control, 2009/10\n"))
        #expect(
            JSONReport().render(report, options: RenderOptions())
                .contains("\"area\": \"Eastbridge\",\n  \"plan\": \"Tobacco control\""))
    }

    @Test func theWorkedExampleInDocsScoringIsWhatTheToolPrints() throws {
        let workbook = try #require(
            WorkbookPipeline.loadWorkbook(try Fixtures.repositoryInput("docs/examples/mini.yaml")).value)
        let loaded = try #require(
            WorkbookPipeline.loadResponse(
                try Fixtures.repositoryInput("docs/examples/mini-response.yaml"), resolver: .only(workbook)
            )
            .value)
        let text = TextReport().render(WorkbookPipeline.report(loaded), options: RenderOptions())
        let url = Fixtures.repository.appendingPathComponent("docs/scoring.md")
        let doc = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- report:begin -->\n```\n"
        let end = "```\n<!-- report:end -->"
        let start = try #require(doc.range(of: begin))
        let finish = try #require(doc.range(of: end))
        let expected = String(doc[start.upperBound..<finish.lowerBound])
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1", expected != text {
            try (doc[..<start.upperBound] + text + doc[finish.lowerBound...])
                .write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded the report in docs/scoring.md: review the diff")
            return
        }
        #expect(expected == text, "docs/scoring.md is stale:\n\(lineDiff(expected, text))")
        // The docs' fixtures are the tests' fixtures.
        #expect(
            try Fixtures.repositoryInput("docs/examples/mini.yaml").bytes == Fixtures.input("valid/mini.yaml").bytes)
    }

    @Test func csvNeutralisesFormulasButKeepsNumbers() {
        #expect("=HYPERLINK(\"http://x\")".csvTextField == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect("+1 more".csvTextField == "'+1 more")
        #expect("-".csvTextField == "'-")
        #expect("@SUM(A1)".csvTextField == "'@SUM(A1)")
        #expect("\tx".csvTextField == "'\tx")
        #expect("plain, with comma".csvTextField == "\"plain, with comma\"")
        #expect(CSVReport.Cell.number(-1.5).field == "-1.5")
        #expect(CSVReport.Cell.number(3).field == "3")
        #expect(CSVReport.Cell.number(1.7899999999999998).field == "1.79")
    }

    @Test func markdownEscapesTablesAndLinks() {
        #expect("a | b".markdownEscaped == "a \\| b")
        #expect("[x](javascript:y)".markdownEscaped == "\\[x\\](javascript:y)")
        #expect("<b>\nnext".markdownEscaped == "&lt;b&gt; next")
    }

    @Test func jsonUsesNullForUnscoredAndFullPrecision() throws {
        let workbook = try Fixtures.miniWorkbook()
        let loaded = try #require(
            WorkbookPipeline.loadResponse(
                try Fixtures.input("valid/mini-response.yaml"),
                resolver: .only(CompiledWorkbook(workbook: workbook, rules: []))
            )
            .value)
        let json = JSONReport().render(WorkbookPipeline.report(loaded), options: RenderOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let elements = try #require(object["elements"] as? [[String: Any]])
        let evidence = try #require(elements.first { $0["id"] as? String == "evidence" })
        #expect(evidence["score"] is NSNull)
        #expect(evidence["band"] is NSNull)
        let overall = try #require(object["overall"] as? [String: Any])
        #expect(overall["score"] as? Double == 103.0 / 48.0)
        #expect(json.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"workbook\""))
    }
}
