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

/// Two hand-made rounds of the mini workbook, loaded, scored and trended as `trend` does, with
/// one action for each verdict. Scores worked by hand from the answers (each question's weight
/// is 1 except needs-voice, 2; every answer here is a single rating).
struct ActionReviewTests {
    static let first = """
        workbook: mini
        area: Testshire
        period: 2024/25
        date: 2024-11-01
        actions:
          - { id: a-improved, element: needs, what: Map the gaps, due: 2025-06-30 }
          - { id: a-no-change, element: targeting, what: Target deprived wards, owner: Lead, due: 2025-06-30 }
          - { id: a-overdue, element: evidence, what: Review the evidence, due: 2025-06-30, status: in-progress }
          - { id: a-not-done, element: evidence, what: Evaluate the service, due: 2026-06-30 }
          - { id: a-dropped, elements: [needs, targeting], what: A community panel, due: 2025-06-30 }
          - { id: a-forgotten, element: needs, what: Not listed next round, due: 2025-06-30 }
          - { id: a-closed, element: access, what: Already done this round, status: done }
        answers:
          needs-data: 1
          needs-voice: 1
          needs-gaps: 1
          target-deprived: 1
          target-groups: 1
          access-hours: 1
          access-travel: 1
          evidence-nice: 3
        """

    static let second = """
        workbook: mini
        area: Testshire
        period: 2025/26
        date: 2025-11-01
        actions:
          - { id: a-improved, element: needs, what: Map the gaps, status: done }
          - { id: a-no-change, element: targeting, what: Target deprived wards, status: done }
          - { id: a-overdue, element: evidence, what: Review the evidence, status: in-progress }
          - { id: a-not-done, element: evidence, what: Evaluate the service, status: planned }
          - { id: a-dropped, elements: [needs, targeting], what: A community panel, status: dropped }
          - { id: a-closed, element: access, what: Already done this round, status: done }
        answers:
          needs-data: 2
          needs-voice: 2
          needs-gaps: 2
          target-deprived: 1
          target-groups: 1
          access-hours: 2
          access-travel: 2
          evidence-nice: 3
        """

    static func summary(_ text: String) throws -> AreaSummary {
        let result = ResponseLoader.load(.yaml(text), resolver: try Fixtures.miniResolver())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return AreaSummary(try #require(result.value), file: "test.yaml")
    }

    @Test func eachVerdictFromTwoHandMadeRounds() throws {
        let trend = try TrendBuilder.trend(
            [try Self.summary(Self.second), try Self.summary(Self.first)], area: "Testshire",
            workbook: try Fixtures.miniWorkbook())
        let review = try #require(trend.actionReviews.first)
        #expect(trend.actionReviews.count == 1)
        #expect(review.fromPeriod == "2024/25" && review.toPeriod == "2025/26")
        // a-closed was done in the first round's own file: judged then, not again.
        let verdicts = Dictionary(uniqueKeysWithValues: review.items.map { ($0.action.id, $0.verdict) })
        #expect(
            verdicts == [
                "a-improved": .improved,  // needs 1.0 → 2.0: +1.0, at least 0.5
                "a-no-change": .noChange,  // targeting 1.0 → 1.0
                "a-overdue": .overdue,  // in progress, due 2025-06-30, before 2025-11-01
                "a-not-done": .notDone,  // planned, due 2026-06-30: not due yet
                "a-dropped": .dropped,
                "a-forgotten": .overdue,  // not listed in 2025/26: still planned, as agreed, and past due
            ])
        #expect(
            review.items.map(\.action.id) == [
                "a-improved", "a-no-change", "a-overdue", "a-not-done", "a-dropped", "a-forgotten",
            ])
        #expect(review.items.first { $0.action.id == "a-forgotten" }?.updated == false)
        #expect(review.items.first { $0.action.id == "a-improved" }?.elements.map(\.change) == [1.0])
        // Weak links of 2024/25 (below 2.0): needs, targeting and access, all 1.0. Access's only
        // action was already closed, so no open action addressed it.
        #expect(review.weakLinksWithoutAction == ["access"])
    }

    @Test func improvedMeansHalfAScaleStepOnEveryElementAddressed() throws {
        var scale = try Fixtures.miniWorkbook().scale
        #expect(ActionReview.improvement(on: scale) == 0.5)
        scale.levels = [0, 25, 50, 75, 100]
            .map { Scale.Level(value: $0, label: "l", description: "d", location: scale.levels[0].location) }
        #expect(ActionReview.improvement(on: scale) == 12.5)
        func change(_ from: Double?, _ to: Double?) -> ActionReview.ElementChange {
            .init(element: "e", from: from, to: to)
        }
        // 1.75 → 2.25 is exactly half a level, computed in floating point.
        #expect(
            ActionReview.verdict(.done, due: nil, date: nil, changes: [change(1.75, 2.25)], threshold: 0.5) == .improved
        )
        #expect(
            ActionReview.verdict(.done, due: nil, date: nil, changes: [change(1.75, 2.2)], threshold: 0.5) == .noChange)
        // Several elements: every one scored in both rounds must rise.
        #expect(
            ActionReview.verdict(.done, due: nil, date: nil, changes: [change(1, 2), change(1, 1)], threshold: 0.5)
                == .noChange)
        #expect(
            ActionReview.verdict(.done, due: nil, date: nil, changes: [change(1, 2), change(nil, 1)], threshold: 0.5)
                == .improved)
        #expect(
            ActionReview.verdict(.done, due: nil, date: nil, changes: [change(nil, 2)], threshold: 0.5) == .notJudged)
        // Due on the round's own date is not overdue; no date, or no due date, is never overdue.
        #expect(
            ActionReview.verdict(.planned, due: "2025-11-01", date: "2025-11-01", changes: [], threshold: 0.5)
                == .notDone)
        #expect(
            ActionReview.verdict(.planned, due: "2025-10-31", date: "2025-11-01", changes: [], threshold: 0.5)
                == .overdue)
        #expect(
            ActionReview.verdict(.inProgress, due: "2025-10-31", date: nil, changes: [], threshold: 0.5) == .notDone)
    }

    @Test func anAreaWithoutActionPlansIsNotToldItHasNone() throws {
        let strip = { (text: String) in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("  - {") && $0 != "actions:" }.joined(separator: "\n")
        }
        let trend = try TrendBuilder.trend(
            [try Self.summary(strip(Self.first)), try Self.summary(strip(Self.second))], area: "Testshire",
            workbook: try Fixtures.miniWorkbook())
        #expect(trend.actionReviews.isEmpty)
    }

    @Test func aReportSaysWhichWeakLinksHaveAnOpenAction() throws {
        let loaded = try #require(ResponseLoader.load(.yaml(Self.first), resolver: try Fixtures.miniResolver()).value)
        let plan = ActionPlan(Scorer.assess(loaded.workbook, loaded.response))
        // All three score 1.0; targeting (weight 2) comes first among equals.
        #expect(plan.weakLinks.map(\.element) == ["targeting", "needs", "access"])
        #expect(
            plan.weakLinks.map { $0.actions.map(\.id) } == [
                ["a-no-change", "a-dropped"], ["a-improved", "a-dropped", "a-forgotten"], [],
            ])
        #expect(plan.withoutAction == ["access"])
        #expect(plan.otherActions.map(\.id) == ["a-overdue", "a-not-done"])
        #expect(plan.closed.map(\.id) == ["a-closed"])
        let text = TextReport().render(WorkbookPipeline.report(loaded), options: RenderOptions())
        #expect(text.contains("  Accessibility: no action agreed, a weakest link\n"))
        let csv = CSVReport().render(WorkbookPipeline.report(loaded), options: RenderOptions())
        #expect(csv.contains("action,,access,services,\"no action agreed, a weakest link\",,,,,,,,,,,none,"))
        #expect(
            csv.contains("action,a-no-change,targeting,people,Target deprived wards,,,,,,,,,Lead,2025-06-30,planned,"))
    }

    @Test func actionsLoadWithTheirDefaults() throws {
        let loaded = try #require(ResponseLoader.load(.yaml(Self.first), resolver: try Fixtures.miniResolver()).value)
        let actions = loaded.response.actions
        #expect(actions.count == 7)
        #expect(
            actions[0]
                == Action(
                    id: "a-improved", elements: ["needs"], what: "Map the gaps", due: "2025-06-30",
                    location: actions[0].location))
        #expect(actions[0].status == .planned)
        #expect(actions[4].elements == ["needs", "targeting"])
        #expect(actions[2].status == .inProgress)
        #expect(actions[0].location.line == 6)
    }

    @Test func reportWithThePreviousRoundJudgesItsActionsAsTrendDoes() throws {
        let resolver = try Fixtures.miniResolver()
        let first = try #require(ResponseLoader.load(.yaml(Self.first), resolver: resolver).value)
        let second = try #require(ResponseLoader.load(.yaml(Self.second), resolver: resolver).value)
        let report = WorkbookPipeline.report(second, previous: first.response)
        let trend = try TrendBuilder.trend(
            [AreaSummary(first, file: "test.yaml"), AreaSummary(second, file: "test.yaml")], area: "Testshire",
            workbook: first.workbook)
        #expect(report.actionReview == trend.actionReviews.first)
        #expect(report.actionReview?.items.count == 6)
        #expect(WorkbookPipeline.report(second).actionReview == nil, "no previous round, no review")
        let text = TextReport().render(report, options: RenderOptions())
        #expect(
            text.contains(
                "Actions agreed in 2024/25, judged at 2025/26\n  6 actions: 1 done and improved; 1 done, no change; 1 not done; 2 overdue; 1\n  dropped."
            ))
    }
}
